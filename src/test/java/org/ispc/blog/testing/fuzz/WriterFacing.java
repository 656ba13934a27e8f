package org.ispc.blog.testing.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ispc.blog.diag.Finding;

/**
 * What the build says to writers, held to the promises the README makes: messages, never a stack trace; every
 * error at a file and a line.
 */
public final class WriterFacing {

    /** What a stack trace, an exception's name or a Java object printed as text looks like. */
    private static final Pattern PROGRAMMERS_TEXT = Pattern.compile(
            "Exception|Caused by:|^\\s+at [\\w$.]+\\(|\\tat |\\b(java|javax|jdk|sun|org\\.jruby|org\\.yaml|freemarker"
                    + "|org\\.jbake|org\\.ispc)\\.[a-z]+\\.[\\w$.]*[A-Z]\\w*|@[0-9a-f]{6,}\\b|<org\\.",
            Pattern.MULTILINE);

    private WriterFacing() {}

    /** The printed output and the value of a step that printed it, System.out and System.err both. */
    public record Transcript<T>(T value, String printed) {}

    /**
     * Runs {@code step} with System.out and System.err captured (the libraries' logging goes there too), so that
     * what a writer would see in the terminal can be checked.
     */
    public static synchronized <T> Transcript<T> capture(Supplier<T> step) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream both = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        System.setOut(both);
        System.setErr(both);
        try {
            T value = step.get();
            both.flush();
            return new Transcript<>(value, buffer.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    /** Fails when the text holds a stack trace, an exception or a Java object's name. */
    public static void assertNoProgrammersText(String text) {
        var m = PROGRAMMERS_TEXT.matcher(text);
        if (m.find()) {
            int from = text.lastIndexOf('\n', m.start()) + 1;
            int to = text.indexOf('\n', m.end());
            throw new AssertionError("a writer would read programmers' text: "
                    + text.substring(from, to < 0 ? text.length() : to) + "\n--- all of it ---\n" + text);
        }
    }

    /**
     * Every finding worded for writers and placed: the path one of the project's files ({@code known}), and every
     * error at a line of it (the {@code path:line: error:} form), within the file's lines.
     *
     * @param lines how many lines a file has, for the paths whose text is known; 0 when unknown
     */
    public static void assertPlaced(List<Finding> findings, Predicate<String> known, Map<String, Integer> lines) {
        for (Finding f : findings) {
            assertNoProgrammersText(f.format());
            if (f.format().contains("\n") || f.format().contains("\r")) {
                throw new AssertionError("a finding is one line: " + f.format());
            }
            if (!known.test(f.at().path())) {
                throw new AssertionError("the finding names no file of the project: " + f.format());
            }
            if (f.isError() && f.at().line() < 1) {
                throw new AssertionError("the error names no line: " + f.format());
            }
            int count = lines.getOrDefault(f.at().path(), 0);
            if (count > 0 && f.at().line() > count + 1) {
                throw new AssertionError(
                        "the finding names line " + f.at().line() + " of a file of " + count + " lines: " + f.format());
            }
        }
    }

    /** How many lines a writer's editor shows for the text. */
    public static int lineCount(String text) {
        return (int) text.chars().filter(c -> c == '\n').count() + 1;
    }

    /** A digest of every file under a folder, by relative path: equal digests, byte-identical folders. */
    public static Map<String, String> digest(Path folder) {
        Map<String, String> out = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                out.put(
                        folder.relativize(p).toString().replace('\\', '/'),
                        HexFormat.of().formatHex(sha.digest(Files.readAllBytes(p))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }
}
