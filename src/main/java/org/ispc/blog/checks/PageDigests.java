package org.ispc.blog.checks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ispc.blog.content.Digest;

/**
 * The digest of each generated page's bytes, worked out once per build. The facts check, the link check and the
 * HTML validator all keep what they found by the page's digest; digesting a page once instead of once per check
 * takes a third of the work on a rebuild where nothing else is left to do. A build's pages do not change once
 * its checks begin: each build (a preview's partial ones too) has its own.
 */
public final class PageDigests {

    private final Map<Path, String> known = new ConcurrentHashMap<>();

    /** The digest of the page's bytes ({@link Digest}). */
    public String of(Path page) {
        String digest = known.get(page);
        if (digest == null) {
            try {
                digest = Digest.of(Files.readAllBytes(page));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            known.put(page, digest); // two threads asking at once both digest it: the same answer, no lock held
        }
        return digest;
    }
}
