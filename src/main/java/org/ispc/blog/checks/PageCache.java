package org.ispc.blog.checks;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.ispc.blog.cache.CodeDigest;
import org.ispc.blog.content.Digest;
import org.ispc.blog.content.FileTree;

/**
 * What a check read from each page, kept in one file under target/cache by the digest of the page's bytes:
 * a page a rebuild wrote again with the same bytes is not read again. One file, read once and written
 * once, costs a build that reads every page for the first time next to nothing; the file's name holds the
 * digest of the build's code ({@link CodeDigest}), so that a reader that changes never gets the old reader's
 * results.
 *
 * @param <T> what is read from a page, as JSON
 */
public final class PageCache<T> {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    /** What the names of this cache's files, of any code, start with. */
    private final String prefix;

    private final JavaType entriesType;
    private final Map<String, T> kept;
    private final Map<String, T> used = new ConcurrentHashMap<>();
    private final PageDigests digests;

    /**
     * Reads what was kept in {@code file} by the same code.
     *
     * @param type the class of the results, for reading them back
     * @param digests the build's page digests, shared with its other checks
     */
    public PageCache(Path file, Class<T> type, PageDigests digests) {
        this(file, CodeDigest.ofRunningBuild(), type, digests);
    }

    /**
     * Reads what was kept in {@code file} by the same code reading pages against the same {@code setting}.
     *
     * @param setting what the reader's results depend on besides the page and the code (a site setting)
     */
    public static <T> PageCache<T> withSetting(Path file, String setting, Class<T> type, PageDigests digests) {
        return new PageCache<>(file, Digest.of(CodeDigest.ofRunningBuild() + "\0" + setting), type, digests);
    }

    /** @param code the digest of the code that reads the pages */
    PageCache(Path file, String code, Class<T> type, PageDigests digests) {
        this.digests = digests;
        this.prefix = file.getFileName() + "-";
        this.file = file.resolveSibling(prefix + code + ".json");
        this.entriesType = JSON.getTypeFactory().constructMapType(TreeMap.class, String.class, type);
        this.kept = read(this.file, entriesType);
    }

    /** What {@code read} gives for the page, from the cache when the same bytes were read before. */
    public T of(Path page, Function<Path, T> read) {
        String digest = digests.of(page);
        T result = kept.get(digest);
        if (result == null) {
            result = read.apply(page);
        }
        used.put(digest, result);
        return result;
    }

    /**
     * Writes the cache back, if it changed.
     *
     * @param everyPage whether this run asked for every page of the site: then the pages it did not ask for
     *     are gone, and so are their entries
     */
    public void save(boolean everyPage) {
        Map<String, T> entries = new TreeMap<>(everyPage ? Map.of() : kept);
        entries.putAll(used);
        if (entries.equals(kept)) {
            return;
        }
        try {
            FileTree.replace(file, JSON.writeValueAsBytes(entries));
            try (java.util.stream.Stream<Path> siblings = Files.list(file.getParent())) {
                for (Path other : siblings.toList()) {
                    String name = other.getFileName().toString();
                    if (!other.equals(file) && name.startsWith(prefix) && name.endsWith(".json")) {
                        Files.deleteIfExists(other); // what older code read: never asked for again
                    }
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // the cache only saves time
        }
    }

    private static <T> Map<String, T> read(Path file, JavaType type) {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try {
            return JSON.readValue(file.toFile(), type);
        } catch (IOException e) {
            return Map.of(); // a damaged cache: every page is read again, and the cache written anew
        }
    }
}
