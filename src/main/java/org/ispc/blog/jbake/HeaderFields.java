package org.ispc.blog.jbake;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.ispc.blog.content.PropertiesHeader;
import org.ispc.blog.content.SourceText;
import org.ispc.blog.diag.Position;

/**
 * A document's header fields, in either of the forms JBake 2.7 reads: AsciiDoc attribute lines ({@code
 * :jbake-date: 2026-03-14}) or its properties header ({@code date=2026-03-14} above {@code ~~~~~~}). A field is
 * named without JBake's prefix ({@code date}, {@code tags}); where a file has both forms, the properties header
 * wins, as it does in JBake, and the AsciiDoc header fills what it leaves out.
 */
final class HeaderFields {

    static final String PREFIX = "jbake-";

    private final String path;
    private final String source;
    private final Map<String, String> attributes;
    private final Optional<PropertiesHeader> properties;

    /**
     * @param attributes the AsciiDoc header's attributes ({@code jbake-*}, author, revdate); empty for other markup
     */
    HeaderFields(String path, String source, Map<String, String> attributes, Optional<PropertiesHeader> properties) {
        this.path = path;
        this.source = source;
        this.attributes = attributes;
        this.properties = properties;
    }

    /** A field's value as written, if the header gives it. */
    Optional<String> value(String field) {
        Optional<String> written = properties.flatMap(p -> p.value(field));
        return written.isPresent() ? written : Optional.ofNullable(attributes.get(PREFIX + field));
    }

    /** An attribute of the AsciiDoc header that is no JBake field, such as {@code author} or {@code revdate}. */
    Optional<String> attribute(String name) {
        return Optional.ofNullable(attributes.get(name)).filter(s -> !s.isBlank());
    }

    /** Where a field is written, or the file's first line. */
    Position at(String field) {
        if (properties.flatMap(p -> p.value(field)).isPresent()) {
            return Position.at(path, properties.get().lineOf(field), 1);
        }
        return SourceText.lineStartingWith(path, source, ":" + PREFIX + field + ":")
                .orElse(Position.at(path, 1, 1));
    }

    /** Where a written text stands in the file (a revision line's date, say), or the file's first line. */
    Position find(String text) {
        return SourceText.find(path, source, text).orElse(Position.at(path, 1, 1));
    }

    /** How the file writes a field, for messages: {@code date=} in a properties header, else {@code :jbake-date:}. */
    String written(String field) {
        return properties.flatMap(p -> p.value(field)).isPresent() ? field + "=" : ":" + PREFIX + field + ":";
    }

    /**
     * Every field the header gives, by name without prefix, each with how it is written: the properties header's
     * keys, then the AsciiDoc header's {@code jbake-*} attributes it does not give.
     */
    Map<String, String> all() {
        Map<String, String> out = new LinkedHashMap<>();
        properties.ifPresent(p -> p.values().forEach((key, value) -> out.put(key, key + "=")));
        attributes.keySet().stream()
                .filter(name -> name.startsWith(PREFIX))
                .sorted()
                .forEach(name -> out.putIfAbsent(name.substring(PREFIX.length()), ":" + name + ":"));
        return out;
    }

    /** Whether the file starts with JBake's properties header. */
    boolean hasPropertiesHeader() {
        return properties.isPresent();
    }
}
