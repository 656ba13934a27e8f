package org.ispc.blog.content;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * JBake's own header, which any content file may start with: {@code key=value} lines ({@code title=},
 * {@code date=}, {@code type=}, {@code tags=}, {@code status=}, or any other key), then a separator line
 * ({@code ~~~~~~}), then the body in the file's own markup. Read by the rules of jbake-core 2.7's {@code
 * MarkupEngine}: the separator line must stand alone, every line above it must be empty or hold an '=', and the
 * header must give a type and a status unless jbake.properties gives defaults; otherwise the file has no such
 * header and all of it is the body.
 *
 * @param values each key as written (trimmed), with its value (trimmed), in the order written
 * @param lines each key's line number, 1-based
 * @param separatorLine the separator's line number: the body starts on the next line
 */
public record PropertiesHeader(Map<String, String> values, Map<String, Integer> lines, int separatorLine) {

    /**
     * How jbake.properties shapes the header.
     *
     * @param separator {@code header.separator}, {@code ~~~~~~} unless changed
     * @param defaultStatus {@code default.status}: with one, a header need not give {@code status=}
     * @param defaultType {@code default.type}: with one, a header need not give {@code type=}
     */
    public record Rules(String separator, String defaultStatus, String defaultType) {
        /** JBake's defaults, as jbake-core's default.properties sets them. */
        public static final Rules JBAKE = new Rules("~~~~~~", "draft", "");
    }

    public PropertiesHeader {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        lines = Map.copyOf(lines);
    }

    /** The header at the top of {@code text}, if it has one by JBake's rules. */
    public static Optional<PropertiesHeader> of(String text, Rules rules) {
        if (text.indexOf(rules.separator()) < 0) {
            return Optional.empty(); // nearly every AsciiDoc file: no need to split it into lines
        }
        List<String> fileLines = text.lines().toList();
        int separator = fileLines.indexOf(rules.separator());
        if (separator < 0) {
            return Optional.empty();
        }
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Integer> lineOf = new LinkedHashMap<>();
        boolean typeFound = false;
        boolean statusFound = false;
        for (int i = 0; i < separator; i++) {
            String line = fileLines.get(i);
            if (line.isEmpty()) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq < 0) {
                return Optional.empty();
            }
            String key = line.substring(0, eq).trim();
            typeFound |= line.trim().startsWith("type=");
            statusFound |= line.trim().startsWith("status=");
            values.put(key, line.substring(eq + 1).trim());
            lineOf.putIfAbsent(key, i + 1);
        }
        if (!(typeFound || !rules.defaultType().isEmpty())
                || !(statusFound || !rules.defaultStatus().isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new PropertiesHeader(values, lineOf, separator + 1));
    }

    /** The value of a key, compared as JBake compares the ones it knows (case aside), if written. */
    public Optional<String> value(String key) {
        return values.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(key))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    /** The line a key is written on, or the first line of the file. */
    public int lineOf(String key) {
        return lines.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(key))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(1);
    }

    /**
     * The text with the header's lines left empty: the body alone, on the lines it has in the file, so that every
     * finding about it names the line a writer sees.
     */
    public String blanked(String text) {
        return blankFirstLines(text, separatorLine);
    }

    /** {@code text} with its first {@code count} lines left empty (their line ends kept). */
    public static String blankFirstLines(String text, int count) {
        if (count == 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (line > count || c == '\n' || c == '\r') {
                out.append(c);
            }
            if (c == '\n') {
                line++;
            }
        }
        return out.toString();
    }
}
