package org.ispc.blog.lint;

import static org.ispc.blog.rules.Rule.Example.all;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Position;
import org.ispc.blog.diag.Severity;
import org.ispc.blog.rules.Rule;

/** A comma in a picture's description: AsciiDoc reads what follows it as the picture's width. */
final class ImageComma extends LineRule {

    static final Wording COMMA = new Wording(
            "comma",
            "the picture's description has a comma, and AsciiDoc reads what follows it ('{rest}') as the picture's width; put the whole description in {quotes}{fixed}");

    static final Wording STRAIGHT_QUOTES = new Wording(
            "straight-quotes",
            "straight double quotes (curly ones, from a word processor, are not quotes to AsciiDoc): ");

    static final Wording QUOTES = new Wording("quotes", "double quotes: ");

    static final Rule RULE = lint(
            "image-comma",
            Severity.ERROR,
            "A picture's description has a comma, and AsciiDoc reads what follows it as the picture's width: the page would be invalid and screen readers would read only the first part.",
            "Put the whole description in double quotes: `+image::/images/knee-stretch.jpg[\"A knee stretch, seated\"]+`. Straight quotes: the curly ones a word processor types (“ ”) are not quotes to AsciiDoc.",
            all("image::knee.jpg[A knee stretch, seated]\n", "image::knee.jpg[\u201CA knee stretch, seated\u201D]\n"),
            all("image::knee.jpg[\"A knee stretch, seated\"]\n", "image::knee.jpg[A knee stretch, 300]\n"));

    ImageComma() {
        super(Lines.PROSE);
    }

    @Override
    Rule rule() {
        return RULE;
    }

    @Override
    List<Wording> wordings() {
        return List.of(COMMA, STRAIGHT_QUOTES, QUOTES);
    }

    @Override
    void checkLine(LintedDocument doc, int i, List<Finding> findings) {
        if (!ImageAlt.mayHoldImage(doc.line(i))) {
            return;
        }
        Matcher image = ImageAlt.IMAGE.matcher(doc.line(i));
        while (image.find()) {
            String description = image.group(2).trim();
            // curly quotes from a word processor are no quotes to AsciiDoc: the fix has straight ones instead
            boolean curly = description.startsWith("\u201C") || description.startsWith("\u2018");
            String words = curly ? description.replaceAll("^[\u201C\u2018]|[\u201D\u2019]$", "") : description;
            int number = i + 1;
            commaInDescription(description)
                    .ifPresent(rest -> findings.add(finding(
                            Position.at(doc.path(), number, image.start(2) + 1),
                            COMMA.fill(
                                    "rest",
                                    rest,
                                    "quotes",
                                    curly ? STRAIGHT_QUOTES.fill() : QUOTES.fill(),
                                    "fixed",
                                    image.group().substring(0, image.start(1) - image.start()) + image.group(1) + "[\""
                                            + words + "\"]"))));
        }
    }

    /**
     * What follows a comma in a picture's description, when AsciiDoc would take it as the width: not a number,
     * not a named attribute, not inside quotes.
     */
    private static Optional<String> commaInDescription(String attributes) {
        String text = attributes.trim();
        if (text.startsWith("\"") || text.startsWith("'")) {
            return Optional.empty();
        }
        String[] parts = text.split(",", 3);
        if (parts.length < 2) {
            return Optional.empty();
        }
        String second = parts[1].trim();
        return second.isEmpty() || second.contains("=") || second.matches("\\d+(px|%)?")
                ? Optional.empty()
                : Optional.of(second);
    }
}
