package org.ispc.blog.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.asciidoctor.Asciidoctor;
import org.ispc.blog.pipeline.SiteBuild;

/**
 * A fixture site to bake in a test: the project's real templates, assets and jbake.properties, with one or
 * more fixture layers from src/test/resources/sites/ copied over them (later layers win).
 */
public final class TestSite {

    /** The day every test bakes on, so that "future" articles stay in the future. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T15:00:00Z"), ZoneOffset.UTC);

    private static final Path PROJECT =
            Path.of(System.getProperty("project.root", ".")).toAbsolutePath();

    private final Path root;

    private TestSite(Path root) {
        this.root = root;
    }

    /** Lays out a site in {@code dir} from the named fixture layers, e.g. "basic", "drafts". */
    public static TestSite create(Path dir, String... layers) {
        copyTree(PROJECT.resolve("templates"), dir.resolve("templates"));
        copyTree(PROJECT.resolve("assets"), dir.resolve("assets"));
        copy(PROJECT.resolve("jbake.properties"), dir.resolve("jbake.properties"));
        for (String layer : layers) {
            copyTree(PROJECT.resolve("src/test/resources/sites").resolve(layer), dir);
        }
        return new TestSite(dir);
    }

    public Path root() {
        return root;
    }

    public Path www() {
        return root.resolve(SiteBuild.WWW);
    }

    public SiteBuild.Outcome build() {
        return SiteBuild.standard(SharedAsciidoctor.get(), CLOCK).run(root, false);
    }

    public SiteBuild.Outcome preview() {
        return SiteBuild.standard(SharedAsciidoctor.get(), CLOCK).run(root, true);
    }

    /** Writes (or replaces) a file of the site, relative to its root. */
    public TestSite write(String path, String text) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            // as an editor saves it: a lone surrogate (half an emoji) becomes '?' instead of an exception
            Files.write(file, text.getBytes(StandardCharsets.UTF_8));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Adds {@code text} at the end of a file of the site.
     *
     * @return the line number the added text starts at, for tests that expect findings on it
     */
    public int append(String path, String text) {
        String before = read(path);
        write(path, before + text);
        return (int) before.lines().count() + 1;
    }

    /** The line number of the first line of a file of the site that holds {@code text}. */
    public int lineOf(String path, String text) {
        String content = read(path);
        int at = content.indexOf(text);
        if (at < 0) {
            throw new IllegalArgumentException(path + " does not hold " + text);
        }
        return (int) content.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    public String read(String path) {
        try {
            return Files.readString(root.resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file under a folder, by relative path, as text. */
    public static Map<String, String> files(Path folder) {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.filter(Files::isRegularFile).toList()) {
                out.put(
                        folder.relativize(p).toString().replace('\\', '/'),
                        Files.readString(p, StandardCharsets.ISO_8859_1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Copies every file under {@code from} to the same place under {@code to}; nothing when it does not exist. */
    public static void copyTree(Path from, Path to) {
        if (!Files.exists(from)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.filter(Files::isRegularFile).toList()) {
                copy(p, to.resolve(from.relativize(p).toString()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(Path from, Path to) {
        try {
            Files.createDirectories(to.getParent());
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One Asciidoctor for the whole test run: starting JRuby takes seconds. */
    public static final class SharedAsciidoctor {
        private static final Asciidoctor INSTANCE = Asciidoctor.Factory.create();

        private SharedAsciidoctor() {}

        public static Asciidoctor get() {
            return INSTANCE;
        }
    }
}
