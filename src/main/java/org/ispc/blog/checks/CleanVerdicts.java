package org.ispc.blog.checks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ispc.blog.content.Digest;

/**
 * Remembers, under target/cache, which texts a check found nothing wrong with. A clean text stays clean as
 * long as neither it nor what the check judges it against (the salt: the check's version, data/clinic.yml,
 * today's date, ...) changes, so a rebuild reads again only what changed. Only clean verdicts are kept: a text
 * with findings is checked again, so its findings always name the current lines.
 */
public final class CleanVerdicts {

    private final Path dir;
    private final String saltDigest;

    /**
     * @param dir where the verdicts are kept
     * @param salt everything besides the text that the check's verdict depends on, its own version included
     */
    public CleanVerdicts(Path dir, String salt) {
        this.dir = dir;
        this.saltDigest = digest(salt);
    }

    /** The verdict on one text: whether it was found clean before, and how to remember that it is. */
    public Verdict verdict(String kind, String path, String text) {
        return new Verdict(marker(kind, path, text));
    }

    /** The cache entry of one text, worked out once for the question and the answer. */
    public record Verdict(Path marker) {
        public boolean isClean() {
            return Files.exists(marker);
        }

        public void rememberClean() {
            try {
                Files.createDirectories(marker.getParent());
                Files.write(marker, new byte[0]);
            } catch (IOException e) {
                // the cache only saves time
            }
        }
    }

    private Path marker(String kind, String path, String text) {
        String key = digest(saltDigest + "\0" + kind + "\0" + path + "\0" + text);
        return dir.resolve(key.substring(0, 2)).resolve(key);
    }

    private static String digest(String text) {
        return Digest.sha256(text);
    }
}
