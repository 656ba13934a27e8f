package org.ispc.blog.related;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads the fixture articles in {@code src/test/resources/related/<folder>/}: one {@code <id>.txt} each, with
 * {@code key: value} header lines (title, date, tags, summary, pinned), a {@code ---} line, then the body.
 */
final class FixtureCorpus {

    private FixtureCorpus() {}

    static List<Candidate> load(String folder) {
        try (Stream<Path> files = Files.list(
                Path.of(FixtureCorpus.class.getResource("/related/" + folder).toURI()))) {
            return files.filter(file -> file.toString().endsWith(".txt"))
                    .sorted()
                    .map(FixtureCorpus::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Candidate read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int separator = text.indexOf("\n---\n");
        if (separator < 0) {
            throw new IllegalArgumentException(file + ": no --- line between header and body");
        }
        Map<String, String> header = new HashMap<>();
        for (String line : text.substring(0, separator).split("\n")) {
            int colon = line.indexOf(':');
            header.put(
                    line.substring(0, colon).strip(), line.substring(colon + 1).strip());
        }
        String name = file.getFileName().toString();
        return new Candidate(
                name.substring(0, name.length() - ".txt".length()),
                header.get("title"),
                header.get("summary"),
                text.substring(separator + "\n---\n".length()),
                new LinkedHashSet<>(list(header.get("tags"))),
                LocalDate.parse(header.get("date")),
                list(header.get("pinned")));
    }

    private static List<String> list(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::strip).toList();
    }
}
