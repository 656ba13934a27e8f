package org.ispc.blog.asciidoc;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Position;

/**
 * An include that names a part of a shared piece ({@code include::x.adoc[tag=short]}) the piece does not mark
 * as the writer meant: Asciidoctor only warns, and the page then lacks the part, or shows the rest of the file
 * past a part never closed. Each is an error at the include, in words that say which line to add.
 */
final class IncludeTags {

    /** A part named by an include's tag=, or marked in the included file, that does not match. */
    static final String RULE = "content/include-tag";

    private static final Pattern NOT_FOUND = Pattern.compile("tags? '(.+)' not found in include file: (.+)");
    private static final Pattern UNCLOSED =
            Pattern.compile("detected unclosed tag '(.+)' starting at line (\\d+) of include file: (.+)");
    private static final Pattern MISMATCHED = Pattern.compile(
            "mismatched end tag \\(expected '(.+)' but found '(.+)'\\) at line (\\d+) of include file: (.+)");
    private static final Pattern UNEXPECTED =
            Pattern.compile("unexpected end tag '(.+)' at line (\\d+) of include file: (.+)");

    private IncludeTags() {}

    /**
     * The finding for one of Asciidoctor's messages about tagged parts, at the include; empty for other messages.
     *
     * @param file the included file as the project names it, from the path Asciidoctor gives
     */
    static Optional<Finding> of(Position at, String message, java.util.function.UnaryOperator<String> file) {
        Matcher m = NOT_FOUND.matcher(message);
        if (m.matches()) {
            String tags = m.group(1);
            boolean one = !tags.contains(", ");
            return error(
                    at,
                    "the include asks for the part" + (one ? "" : "s") + " tagged '" + tags + "', which "
                            + file.apply(m.group(2)) + " does not mark, so " + (one ? "it is" : "they are")
                            + " left out of the page; mark the part with a line '// tag::" + first(tags)
                            + "[]' before it and '// end::" + first(tags) + "[]' after it, or correct the name");
        }
        m = UNCLOSED.matcher(message);
        if (m.matches()) {
            return error(
                    at,
                    file.apply(m.group(3)) + " opens the part '" + m.group(1) + "' on its line " + m.group(2)
                            + " and never closes it, so the page shows the rest of the file; add a line '// end::"
                            + m.group(1) + "[]' where the part ends");
        }
        m = MISMATCHED.matcher(message);
        if (m.matches()) {
            return error(
                    at,
                    "line " + m.group(3) + " of " + file.apply(m.group(4)) + " closes the part '" + m.group(2)
                            + "' while the part '" + m.group(1) + "' is still open, so the include may show more or"
                            + " less than meant; close '" + m.group(1) + "' first, with a line '// end::" + m.group(1)
                            + "[]'");
        }
        m = UNEXPECTED.matcher(message);
        if (m.matches()) {
            return error(
                    at,
                    "line " + m.group(2) + " of " + file.apply(m.group(3)) + " closes the part '" + m.group(1)
                            + "', which no line opens; add '// tag::" + m.group(1) + "[]' where it begins, or delete"
                            + " the line");
        }
        return Optional.empty();
    }

    private static String first(String tags) {
        return tags.split(", ")[0];
    }

    private static Optional<Finding> error(Position at, String message) {
        return Optional.of(Finding.error(at, RULE, message));
    }
}
