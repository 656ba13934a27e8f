package org.ispc.blog.github;

import java.util.ArrayList;
import java.util.List;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Position;

/**
 * A finding as a GitHub Actions workflow command ({@code ::error file=...,line=...,col=...,title=...::message}):
 * the runner reads such lines from a step's output and shows each as an annotation on the file's line, in the
 * pull request's "Files changed" tab, where a writer who never opens a terminal sees it.
 *
 * <p>The format and its escapes are GitHub's ("Workflow commands for GitHub Actions", setting an error or a
 * warning message): a property value has {@code %}, CR, LF, {@code :} and {@code ,} written as {@code %25},
 * {@code %0D}, {@code %0A}, {@code %3A} and {@code %2C}; the message after {@code ::} only the first three. The
 * message is the finding's own text ({@link Finding#text()}), so that a line break it quotes shows in the annotation
 * as the break GitHub makes of {@code %0D%0A}, not as the {@code \n} the console prints; any other control character
 * is written out as on the console.
 */
public final class WorkflowCommands {

    private WorkflowCommands() {}

    /** The line that makes {@code finding} an annotation: an error or a warning, at its file, line and column. */
    public static String annotation(Finding finding) {
        Position at = finding.at();
        List<String> properties = new ArrayList<>();
        properties.add("file=" + property(at.path()));
        if (at.line() > 0) {
            properties.add("line=" + at.line());
            if (at.column() > 0) {
                properties.add("col=" + at.column());
            }
        }
        properties.add("title=" + property(finding.rule().toString()));
        return "::" + finding.severity().label() + " " + String.join(",", properties) + "::" + data(finding.text());
    }

    /** A command's message: what would end the line or start an escape is escaped. */
    static String data(String text) {
        return Finding.oneLine(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"));
    }

    /** A property's value: as a message, and also the characters that separate properties. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
