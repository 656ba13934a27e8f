package org.ispc.blog.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lock between two builds of one checkout within one JVM (the preview's rebuild and a content report, say): the
 * operating system's lock cannot tell them apart, so the second waits on the JVM's own record of it.
 */
class BuildLockTest {

    @TempDir
    Path root;

    @Test
    void aSecondBuildSaysWhoIsBuildingWaitsAndRunsOnceTheFirstHasFinished() throws Exception {
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        CountDownLatch secondHasIt = new CountDownLatch(1);
        Thread second;
        try (BuildLock first = BuildLock.take(root, "mvn package", new PrintStream(new ByteArrayOutputStream()))) {
            second = new Thread(() -> {
                try (BuildLock lock =
                        BuildLock.take(root, "the preview (mvn -Ppreview)", new PrintStream(said, true))) {
                    secondHasIt.countDown();
                }
            });
            second.start();
            assertFalse(secondHasIt.await(1, TimeUnit.SECONDS), "the second build waits");
            String waiting = said.toString(StandardCharsets.UTF_8);
            assertTrue(
                    waiting.matches("another build of this project is running \\(mvn package, started"
                            + " \\d\\d:\\d\\d:\\d\\d, pid "
                            + ProcessHandle.current().pid()
                            + "\\); waiting for it to finish\\.\\.\\.\\R"),
                    waiting);
        }
        assertTrue(secondHasIt.await(10, TimeUnit.SECONDS), "the second build runs once the first has finished");
        second.join();
        assertTrue(said.toString(StandardCharsets.UTF_8)
                .endsWith("the other build has finished; building now" + System.lineSeparator()));

        // and nothing is left that keeps a third from starting at once
        ByteArrayOutputStream third = new ByteArrayOutputStream();
        try (BuildLock lock = BuildLock.take(root, "mvn -Pfacts", new PrintStream(third))) {
            assertEquals("", third.toString(StandardCharsets.UTF_8));
        }
    }
}
