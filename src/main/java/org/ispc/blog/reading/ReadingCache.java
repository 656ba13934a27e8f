package org.ispc.blog.reading;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.ispc.blog.content.Digest;
import org.ispc.blog.content.FileTree;

/**
 * What the readers found in each published file, kept under target/cache by the digest of the file's bytes, in a
 * folder named by the digest of the build's code ({@link org.ispc.blog.cache.CodeDigest}): an unchanged file is read once, however many builds and preview saves follow (a 100-page
 * PDF takes seconds to read). Each reading is a file of its own, opened only when it is asked for.
 *
 * <p>Digesting a 50 MB file takes longer than reading its verdict, so a large file's digest is kept with its size
 * and modification time, as git and rsync do: the build copies assets with their times, and a file whose size and
 * time are unchanged is taken to be unchanged. Small files, most of them written anew by every build, are always
 * digested.
 */
public final class ReadingCache {

    /** From this size on, a file's digest is kept with its size and time. */
    static final long STAMPED_SIZE = 1 << 20;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STAMPS = "stamps.tsv";

    private final Path dir;
    private final Map<String, Stamp> stamps;
    private final Map<String, Stamp> seen = new ConcurrentHashMap<>();
    private final Set<String> used = ConcurrentHashMap.newKeySet();

    private record Stamp(long size, long modifiedNanos, String digest) {}

    /** @param cache the folder of this cache; the code's own folder is made in it */
    public ReadingCache(Path cache) {
        this.dir = org.ispc.blog.cache.CodeDigest.folderIn(cache);
        this.stamps = readStamps(dir.resolve(STAMPS));
    }

    /** The digest of the file's bytes, named {@code name} in the site. */
    public String digest(Path file, String name) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            long size = attributes.size();
            long modified = attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
            if (size < STAMPED_SIZE) {
                return Digest.of(Files.readAllBytes(file));
            }
            Stamp known = stamps.get(name);
            String digest = known != null && known.size() == size && known.modifiedNanos() == modified
                    ? known.digest()
                    : Digest.of(Files.readAllBytes(file));
            seen.put(name, new Stamp(size, modified, digest));
            return digest;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What {@code reader} finds in the file of that digest: kept from an earlier build, or read now and kept. */
    public Reading reading(Path file, String digest, PublishedFileReader reader) {
        Path kept = keep(digest, reader);
        if (Files.isRegularFile(kept)) {
            try {
                return JSON.readValue(kept.toFile(), Reading.class);
            } catch (IOException e) {
                // a damaged entry: read the file again
            }
        }
        Reading reading;
        try {
            reading = reader.read(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            FileTree.replace(kept, JSON.writeValueAsBytes(reading));
        } catch (IOException e) {
            // the cache only saves time
        }
        return reading;
    }

    /**
     * Marks the reading of that digest as still wanted, though it is not asked for in this build (its file was
     * found clean without reading it): {@link #save} keeps it.
     *
     * @return where it is kept
     */
    public Path keep(String digest, PublishedFileReader reader) {
        String name = reader.kind().replace(' ', '-') + "-" + digest + ".json";
        used.add(name);
        return dir.resolve(name);
    }

    /**
     * Writes the stamps back and removes the readings of files no longer published.
     *
     * @param everything whether this build asked about every file of the site
     */
    public void save(boolean everything) {
        try {
            Files.createDirectories(dir);
            Map<String, Stamp> all = new TreeMap<>(everything ? Map.of() : stamps);
            all.putAll(seen);
            if (!all.equals(new TreeMap<>(stamps))) {
                StringBuilder out = new StringBuilder();
                all.forEach((name, s) -> out.append(name)
                        .append('\t')
                        .append(s.size())
                        .append('\t')
                        .append(s.modifiedNanos())
                        .append('\t')
                        .append(s.digest())
                        .append('\n'));
                FileTree.replace(dir.resolve(STAMPS), out.toString().getBytes(StandardCharsets.UTF_8));
            }
            if (everything) {
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path other : files.toList()) {
                        String name = other.getFileName().toString();
                        if (name.endsWith(".json") && !used.contains(name)) {
                            Files.deleteIfExists(other);
                        }
                    }
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // the cache only saves time
        }
    }

    private static Map<String, Stamp> readStamps(Path file) {
        Map<String, Stamp> out = new ConcurrentHashMap<>();
        if (!Files.isRegularFile(file)) {
            return out;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t");
                if (f.length == 4) {
                    out.put(f[0], new Stamp(Long.parseLong(f[1]), Long.parseLong(f[2]), f[3]));
                }
            }
        } catch (IOException | NumberFormatException e) {
            out.clear(); // a damaged file: every large file is digested again
        }
        return out;
    }
}
