package org.ispc.blog.asciidoc;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Converted articles kept under target/ between builds, one file per result, named by the digest of
 * everything the conversion depends on. Unchanged articles are then never converted again, and a result is
 * byte-for-byte what a fresh conversion gives (tests compare both).
 */
public final class ConversionCache {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;

    public ConversionCache(Path dir) {
        this.dir = dir;
    }

    /** Whether nothing was ever kept here (a fresh checkout, or target/ cleaned). */
    public boolean isEmpty() {
        try (java.util.stream.Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return true;
        }
    }

    Optional<Converted> get(String key) {
        Path file = file(key);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Converted kept = JSON.readValue(file.toFile(), Converted.class);
            // an entry cut short
            return kept.reading() == null || kept.includes() == null ? Optional.empty() : Optional.of(kept);
        } catch (IOException e) {
            return Optional.empty(); // a damaged entry is converted again, and overwritten
        }
    }

    void put(String key, Converted converted) {
        Path file = file(key);
        try {
            org.ispc.blog.content.FileTree.replace(file, JSON.writeValueAsBytes(converted));
        } catch (IOException e) {
            // the cache only saves time: a build without it is still correct
        }
    }

    private Path file(String key) {
        return dir.resolve(key.substring(0, 2)).resolve(key + ".json");
    }
}
