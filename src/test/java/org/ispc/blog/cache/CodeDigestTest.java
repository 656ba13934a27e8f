package org.ispc.blog.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ispc.blog.content.FileTree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeDigestTest {

    @TempDir
    Path dir;

    /** A copy of the build's real compiled classes, to change as a developer would. */
    private Path copyOfOurClasses() throws Exception {
        Path classes = Path.of(CodeDigest.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        Path copy = dir.resolve("classes");
        for (Path file : FileTree.files(classes)) {
            Path target = copy.resolve(classes.relativize(file).toString());
            Files.createDirectories(target.getParent());
            Files.copy(file, target);
        }
        return copy;
    }

    @Test
    void aRuleAddedOrChangedOrALibraryUpgradedGivesAnotherDigest() throws Exception {
        Path classes = copyOfOurClasses();
        Path asciidoctorj = Files.write(dir.resolve("asciidoctorj-2.5.7.jar"), new byte[] {1, 2, 3});
        String before = CodeDigest.of(classes, List.of(asciidoctorj, classes));
        assertEquals(before, CodeDigest.of(classes, List.of(asciidoctorj, classes)), "the same code, the same digest");

        Path lint = classes.resolve("org/ispc/blog/lint");
        Files.copy(lint.resolve("ContentLint.class"), lint.resolve("NewRule.class"));
        String withRule = CodeDigest.of(classes, List.of(asciidoctorj, classes));
        assertNotEquals(before, withRule, "a new rule's class");

        byte[] changed = Files.readAllBytes(lint.resolve("NewRule.class"));
        changed[changed.length - 1] ^= 1;
        Files.write(lint.resolve("NewRule.class"), changed);
        assertNotEquals(withRule, CodeDigest.of(classes, List.of(asciidoctorj, classes)), "a rule changed");

        String ours = CodeDigest.of(classes, List.of(asciidoctorj, classes));
        Path upgraded = Files.move(asciidoctorj, dir.resolve("asciidoctorj-2.5.8.jar"));
        assertNotEquals(ours, CodeDigest.of(classes, List.of(upgraded, classes)), "a library upgraded");
    }

    @Test
    void theRunningBuildsDigestIsWorkedOutOnceAndNamesTheOnlyFolderKeptInACache() throws Exception {
        assertEquals(CodeDigest.ofRunningBuild(), CodeDigest.ofRunningBuild());
        Path cache = dir.resolve("cache/images");
        Files.createDirectories(cache.resolve("older-code"));
        Path folder = CodeDigest.folderIn(cache);
        assertEquals(cache.resolve(CodeDigest.ofRunningBuild()), folder);
        assertFalse(Files.exists(cache.resolve("older-code")), "what older code made is never asked for again");
        Files.createDirectories(folder);
        assertEquals(folder, CodeDigest.folderIn(cache));
        assertTrue(Files.isDirectory(folder), "this code's own folder stays");
    }
}
