package org.ispc.blog.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FailureMarkerTest {

    @TempDir
    Path dir;

    @Test
    void underMavenAFailureIsAFileAndTheExitCodeStaysZero() throws Exception {
        Path file = dir.resolve("target/preview-failed.txt");
        FailureMarker marker = FailureMarker.in(new String[] {"root", "8820", "--failure-marker=" + file});

        assertEquals(0, marker.failed("The preview cannot use port 8820", 2));
        assertEquals("The preview cannot use port 8820\n", Files.readString(file));

        assertEquals(0, marker.passed());
        assertFalse(Files.exists(file), "a success removes the marker of the failure before it");
    }

    @Test
    void withoutAMarkerTheExitCodeSaysIt() {
        FailureMarker marker = FailureMarker.in(new String[] {"root", "8820"});

        assertEquals(2, marker.failed("The preview cannot use port 8820", 2));
        assertEquals(0, marker.passed());
    }
}
