package org.ispc.blog.facts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ispc.blog.content.Digest;

/**
 * Remembers, under target/cache, which texts were found free of stale facts. A clean text stays clean as
 * long as neither it nor data/clinic.yml changes, so a rebuild scans only what changed. Only clean verdicts are
 * kept: a text with findings is scanned again, so its findings always name the current lines.
 */
final class CleanVerdicts {

    /** Changes whenever the check could judge the same text differently. */
    private static final String VERSION = "facts-check-1";

    private final Path dir;
    private final String factsDigest;

    CleanVerdicts(Path dir, String clinicYml) {
        this.dir = dir;
        this.factsDigest = digest(VERSION + "\0" + clinicYml);
    }

    /** The verdict on one text: whether it was found clean before, and how to remember that it is. */
    Verdict verdict(String kind, String path, String text) {
        return new Verdict(marker(kind, path, text));
    }

    /** The cache entry of one text, worked out once for the question and the answer. */
    record Verdict(Path marker) {
        boolean isClean() {
            return Files.exists(marker);
        }

        void rememberClean() {
            try {
                Files.createDirectories(marker.getParent());
                Files.write(marker, new byte[0]);
            } catch (IOException e) {
                // the cache only saves time
            }
        }
    }

    private Path marker(String kind, String path, String text) {
        String key = digest(factsDigest + "\0" + kind + "\0" + path + "\0" + text);
        return dir.resolve(key.substring(0, 2)).resolve(key);
    }

    private static String digest(String text) {
        return Digest.sha256(text);
    }
}
