package org.ispc.blog.markup;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ispc.blog.content.Markup;
import org.ispc.blog.content.SourceText;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Suggestion;

/**
 * The clinic's facts in Markdown and HTML articles, written as in AsciiDoc: {@code {clinic-phone}}, {@code
 * {office-arlington-address}}. Braces mean nothing to Markdown or HTML, so one spelling serves every article; the
 * value comes from data/clinic.yml, and a tap-to-call link becomes a Markdown link or an HTML one.
 */
final class ClinicFill {

    /** A facts attribute the build does not know, such as {@code {clinic-phon}}: it would reach readers as typed. */
    static final String UNKNOWN_ATTRIBUTE = "content/unknown-attribute";

    private static final Pattern REFERENCE = Pattern.compile("\\{((?:clinic|office)-[A-Za-z0-9-]+)\\}");
    /** An AsciiDoc link value, {@code link:tel:+12028517034[202-851-7034]}. */
    private static final Pattern ASCIIDOC_LINK = Pattern.compile("link:(\\S+?)\\[(.*)\\]");

    private final Map<String, String> attributes;

    ClinicFill(Map<String, String> attributes) {
        this.attributes = new TreeMap<>(attributes);
    }

    /** {@code body} with every facts attribute replaced by its value, as {@code markup} writes it. */
    String fill(String path, String body, Markup markup, List<Finding> findings) {
        if (body.indexOf('{') < 0) {
            return body;
        }
        Matcher reference = REFERENCE.matcher(body);
        StringBuilder out = new StringBuilder(body.length());
        while (reference.find()) {
            String name = reference.group(1);
            String value = attributes.get(name);
            if (value == null) {
                findings.add(Finding.error(
                        SourceText.positionOf(path, body, reference.start()),
                        UNKNOWN_ATTRIBUTE,
                        "{" + name + "} is not a known attribute, and readers would see it as typed; "
                                + Suggestion.closest(name, attributes.keySet())
                                        .map(meant -> "did you mean {" + meant + "}?")
                                        .orElse("use one of the attributes of the writer's guide, such as"
                                                + " {clinic-phone} or {clinic-name}")));
                value = reference.group();
            } else {
                value = written(value, markup);
            }
            reference.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        reference.appendTail(out);
        return out.toString();
    }

    private static String written(String value, Markup markup) {
        Matcher link = ASCIIDOC_LINK.matcher(value);
        if (markup == Markup.HTML) {
            return link.matches()
                    ? "<a href=\"" + escaped(link.group(1)) + "\">" + escaped(link.group(2)) + "</a>"
                    : escaped(value);
        }
        return link.matches() ? "[" + link.group(2) + "](" + link.group(1) + ")" : value;
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
