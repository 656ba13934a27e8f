package org.ispc.blog.lint;

import static org.ispc.blog.rules.Rule.Example.all;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Position;
import org.ispc.blog.diag.Severity;
import org.ispc.blog.rules.Rule;

/** A picture without a description: readers who cannot see it get nothing. */
final class ImageAlt extends LineRule {

    static final Pattern IMAGE = Pattern.compile("image::?([^\\[\\s]+)\\[([^\\]]*)\\]");

    /** Whether {@link #IMAGE} can match the line: a pattern tried on every line of every article is a cost. */
    static boolean mayHoldImage(String line) {
        return line.contains("image:");
    }

    static final Wording NO_DESCRIPTION = new Wording(
            "no-description",
            "the image '{image}' has no description; write what it shows between the brackets, e.g. image::{image}[Physical therapist guiding a stretch]");

    static final Rule RULE = lint(
            "image-alt",
            Severity.ERROR,
            "A picture has no description.",
            "Write what it shows between the brackets: `+image::/images/knee-stretch.jpg[Physical therapist guiding a knee stretch]+` (see <<images>>).",
            all("image::knee.jpg[]\n", "image::knee.jpg[width=300]\n"),
            all("image::knee.jpg[Physical therapist guiding a knee stretch]\n"));

    ImageAlt() {
        super(Lines.PROSE);
    }

    @Override
    Rule rule() {
        return RULE;
    }

    @Override
    List<Wording> wordings() {
        return List.of(NO_DESCRIPTION);
    }

    @Override
    void checkLine(LintedDocument doc, int i, List<Finding> findings) {
        if (!mayHoldImage(doc.line(i))) {
            return;
        }
        Matcher image = IMAGE.matcher(doc.line(i));
        while (image.find()) {
            String alt = image.group(2).split(",", 2)[0].trim();
            if (alt.isEmpty() || alt.contains("=")) {
                findings.add(finding(
                        Position.at(doc.path(), i + 1, image.start() + 1),
                        NO_DESCRIPTION.fill("image", image.group(1))));
            }
        }
    }
}
