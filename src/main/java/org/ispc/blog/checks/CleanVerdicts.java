package org.ispc.blog.checks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.ispc.blog.cache.CodeDigest;
import org.ispc.blog.content.Digest;
import org.ispc.blog.content.FileTree;
import org.ispc.blog.diag.Finding;

/**
 * Remembers, under target/cache, which texts a check found nothing wrong with. A clean text stays clean as
 * long as neither it nor what the check judges it against (the salt: data/clinic.yml, today's date, ...,
 * and always the build's code, {@link CodeDigest}) changes, so a rebuild reads again only what changed. Only clean verdicts are kept: a text
 * with findings is checked again, so its findings always name the current lines.
 *
 * <p>The verdicts of one salt are one file, read once and written once by {@link #save}: thousands of texts
 * cost a build two file operations, not one each.
 *
 * <p>A text judged in parts (the search index, entry by entry) is remembered with its parts' verdicts: while the
 * whole is found clean and its parts are not asked about, they are kept, so that once the whole changes, only the
 * parts that changed are judged again.
 */
public final class CleanVerdicts {

    private static final String PREFIX = "clean-";

    private final Path dir;
    private final Path file;
    private final Set<String> known;
    /** The parts of each text judged in parts, by the text's key: from the file, and found clean in this run. */
    private final Map<String, List<String>> parts = new ConcurrentHashMap<>();
    /** The texts of this run found clean, before or now. */
    private final Set<String> clean = ConcurrentHashMap.newKeySet();

    /**
     * @param dir where the verdicts are kept
     * @param salt everything besides the text and the build's code that the check's verdict depends on
     */
    public CleanVerdicts(Path dir, String salt) {
        this(dir, salt, CodeDigest.ofRunningBuild());
    }

    /** @param code the digest of the code that judges the texts: other code, other verdicts */
    CleanVerdicts(Path dir, String salt, String code) {
        this.dir = dir;
        this.file = dir.resolve(PREFIX + Digest.of(code + "\0" + salt) + ".txt");
        this.known = read(file, parts);
    }

    /** The verdict on one text: whether it was found clean before, and how to remember that it is. */
    public Verdict verdict(String kind, String path, String... texts) {
        byte[][] fed = new byte[texts.length + 2][];
        fed[0] = kind.getBytes(StandardCharsets.UTF_8);
        fed[1] = path.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < texts.length; i++) {
            fed[i + 2] = texts[i].getBytes(StandardCharsets.UTF_8); // each on its own: no copy of them all joined
        }
        return new Verdict(this, Digest.of(fed));
    }

    /**
     * What {@code check} finds in a text, or nothing without running it when the text was found clean before;
     * a text it finds clean now is remembered as clean.
     */
    public List<Finding> findings(String kind, String path, Supplier<List<Finding>> check, String... texts) {
        Verdict verdict = verdict(kind, path, texts);
        if (verdict.isClean()) {
            return List.of();
        }
        List<Finding> found = check.get();
        if (found.isEmpty()) {
            verdict.rememberClean();
        }
        return found;
    }

    /** The cache entry of one text, worked out once for the question and the answer. */
    public record Verdict(CleanVerdicts verdicts, String key) {
        public boolean isClean() {
            boolean wasClean = verdicts.known.contains(key);
            if (wasClean) {
                verdicts.clean.add(key);
                verdicts.clean.addAll(verdicts.parts.getOrDefault(key, List.of()));
            }
            return wasClean;
        }

        public void rememberClean() {
            verdicts.clean.add(key);
        }

        /** Remembers the text as clean, and with it the verdicts of the parts it was judged in. */
        public void rememberClean(List<Verdict> judgedIn) {
            verdicts.parts.put(key, judgedIn.stream().map(Verdict::key).toList());
            verdicts.clean.add(key);
        }
    }

    /**
     * Writes the verdicts back, if they changed, and removes those of other salts (an older clinic.yml, an
     * earlier day), which can no longer be asked for.
     *
     * @param everything whether this run asked about every text: then the texts it did not ask about are
     *     gone, and so are their verdicts
     */
    public void save(boolean everything) {
        Set<String> entries = new TreeSet<>(everything ? Set.of() : known);
        entries.addAll(clean);
        try {
            if (!entries.equals(known)) {
                StringBuilder out = new StringBuilder();
                for (String key : entries) {
                    out.append(key);
                    List<String> judgedIn = parts.get(key);
                    if (judgedIn != null) {
                        judgedIn.forEach(part -> out.append(' ').append(part));
                    }
                    out.append('\n');
                }
                FileTree.replace(file, out.toString().getBytes(StandardCharsets.UTF_8));
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path other : files.toList()) {
                    String name = other.getFileName().toString();
                    if (!other.equals(file) && (name.startsWith(PREFIX) || name.length() == 2)) {
                        FileTree.deleteTree(other); // another salt's verdicts, or this class's older layout
                    }
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // the cache only saves time
        }
    }

    /** The keys of the texts found clean, each line's first; the keys after it are the verdicts of its parts. */
    private static Set<String> read(Path file, Map<String, List<String>> parts) {
        if (!Files.isRegularFile(file)) {
            return Set.of();
        }
        try {
            Set<String> keys = new HashSet<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] words = line.split(" ");
                keys.add(words[0]);
                if (words.length > 1) {
                    parts.put(words[0], List.of(words).subList(1, words.length));
                }
            }
            return Set.copyOf(keys);
        } catch (IOException e) {
            parts.clear();
            return Set.of(); // a damaged file: every text is checked again
        }
    }
}
