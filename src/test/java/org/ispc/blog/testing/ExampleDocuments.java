package org.ispc.blog.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ispc.blog.content.Manuscript;
import org.ispc.blog.content.Markup;
import org.ispc.blog.content.PropertiesHeader;
import org.ispc.blog.content.Publication;
import org.ispc.blog.rules.Rule;

/**
 * The documents of a rule's example, read without converting them: what the checks that read documents (the
 * lint, article links, related articles) need of each. A text that starts with "= " or has a {@code :jbake-type:}
 * line is a whole AsciiDoc article, a text with JBake's properties header a whole Markdown or HTML one, and any
 * other text the body of a complete, published article ({@link Rule.Example#HEADER}).
 */
public final class ExampleDocuments {

    /** A section id written by hand, {@code [[id]]} or {@code [#id]}: what an {@code xref:...#id} may name. */
    private static final Pattern ANCHOR = Pattern.compile("\\[\\[([A-Za-z0-9_-]+)]]|\\[#([A-Za-z0-9_-]+)]");

    private ExampleDocuments() {}

    /**
     * The example's documents, at their paths or else at content/blog/example-1.adoc, content/blog/example-2.adoc,
     * ...
     */
    public static List<Manuscript> of(Rule.Example example, LocalDate today) {
        List<Manuscript> docs = new ArrayList<>();
        for (int i = 0; i < example.texts().size(); i++) {
            docs.add(manuscript(path(example, i), example.texts().get(i), today));
        }
        return docs;
    }

    /**
     * The file an example's text stands for: the text itself when it is a whole document or a shared piece of
     * content/partials/, else the text under the header of a complete, published article.
     */
    public static String source(String path, String text) {
        boolean whole = text.startsWith("= ")
                || text.contains(":jbake-type:")
                || PropertiesHeader.of(text, PropertiesHeader.Rules.JBAKE).isPresent()
                || path.startsWith("content/partials/");
        return whole ? text : Rule.Example.HEADER + "\n" + text;
    }

    /** The path of an example's {@code i}th text: its own, or content/blog/example-N.adoc. */
    public static String path(Rule.Example example, int i) {
        return example.paths().isEmpty()
                ? "content/blog/example-" + (i + 1) + ".adoc"
                : example.paths().get(i);
    }

    /** One document, read as the article engine would read its header. */
    public static Manuscript manuscript(String path, String text, LocalDate today) {
        Optional<PropertiesHeader> properties = PropertiesHeader.of(text, PropertiesHeader.Rules.JBAKE);
        String source = source(path, text);
        Map<String, String> attributes = new LinkedHashMap<>();
        String title = "";
        String author = "";
        // the AsciiDoc header, below JBake's properties header if the file has one (Asciidoctor skips its empty lines)
        String[] lines = source.split("\n", -1);
        int top = properties.map(PropertiesHeader::separatorLine).orElse(0);
        while (properties.isPresent() && top < lines.length && lines[top].isBlank()) {
            top++;
        }
        if (top < lines.length && lines[top].startsWith("= ")) {
            title = lines[top].substring(2).strip();
        }
        for (int i = top + 1; i < lines.length && !lines[i].isBlank(); i++) {
            String line = lines[i];
            if (line.startsWith(":")) {
                int end = line.indexOf(':', 1);
                attributes.put(line.substring(1, end), line.substring(end + 1).strip());
            } else if (i == top + 1) {
                author = line.strip();
            }
        }
        if (properties.isPresent()) {
            // the properties header wins, as in JBake (HeaderFields): its title when not blank, its author when given
            properties.get().values().forEach((key, value) -> attributes.put("jbake-" + key, value));
            String written = attributes.getOrDefault("jbake-title", "");
            title = written.isBlank() ? title : written;
            author = attributes.getOrDefault("jbake-author", author);
        }
        Optional<LocalDate> date = day(attributes.get("jbake-date"));
        String name = path.substring(path.lastIndexOf('/') + 1, path.lastIndexOf('.'));
        String folder = path.substring("content".length(), path.lastIndexOf('/') + 1);
        return new Manuscript(
                path,
                folder + name + "/",
                attributes.getOrDefault("jbake-type", ""),
                Publication.of(attributes.get("jbake-status"), date.orElse(null), today),
                title,
                date,
                author,
                list(attributes.get("jbake-tags")),
                attributes.getOrDefault("jbake-summary", ""),
                list(attributes.get("jbake-related")),
                Optional.ofNullable(attributes.get("jbake-reviewed-by")),
                day(attributes.get("jbake-reviewed-on")),
                day(attributes.get("jbake-updated")),
                "",
                anchors(source),
                source,
                markup(path),
                properties.map(p -> p.separatorLine()).orElse(0));
    }

    private static Markup markup(String path) {
        return path.endsWith(".md") ? Markup.MARKDOWN : path.endsWith(".html") ? Markup.HTML : Markup.ASCIIDOC;
    }

    private static Set<String> anchors(String source) {
        Set<String> ids = new LinkedHashSet<>();
        Matcher m = ANCHOR.matcher(source);
        while (m.find()) {
            ids.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return ids;
    }

    private static Optional<LocalDate> day(String text) {
        return Optional.ofNullable(text).map(String::strip).map(LocalDate::parse);
    }

    private static List<String> list(String value) {
        return value == null
                ? List.of()
                : Arrays.stream(value.split(","))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }
}
