package org.ispc.blog.lint;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One message of a lint rule, with named blanks ("the title has {length} characters; ..."). The build fills the
 * blanks, and so does the writing tool's lint in the browser ({@code admin/lint.js}), from the same text written into
 * {@code admin/lint-rules.json} by {@link BrowserLintRules}: a writer reads the same words in both places, and a
 * message changed here changes there.
 *
 * @param key the message's name among its rule's messages, as {@code admin/lint.js} asks for it
 * @param text the message, a blank written as {@code {name}}
 */
record Wording(String key, String text) {

    private static final Pattern BLANK = Pattern.compile("\\{([a-z][a-z-]*)\\}");

    /** The message with its blanks filled: {@code fill("length", 80, "max", 70)}. */
    String fill(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("give each blank of '" + text + "' a name and a value");
        }
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put((String) namesAndValues[i], String.valueOf(namesAndValues[i + 1]));
        }
        java.util.Set<String> unused = new java.util.HashSet<>(values.keySet());
        Matcher blank = BLANK.matcher(text);
        // one pass: a value holding braces (a writer's {clinic-phone}) is not read as a blank
        String filled = blank.replaceAll(m -> {
            unused.remove(m.group(1));
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("no value for {" + m.group(1) + "} in '" + text + "'");
            }
            return Matcher.quoteReplacement(value);
        });
        if (!unused.isEmpty()) {
            throw new IllegalArgumentException("'" + text + "' has no blank for " + unused);
        }
        return filled;
    }
}
