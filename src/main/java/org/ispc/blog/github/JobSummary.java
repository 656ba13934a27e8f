package org.ispc.blog.github;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ispc.blog.diag.Finding;

/**
 * The build's findings as the Markdown of a GitHub Actions job summary: the page a writer reaches from the
 * pull request's checks, worded for them (what happened to the site, then each file with what to fix on which
 * line). GitHub shows only the first few annotations of a step on the pull request's files; this lists all.
 */
public final class JobSummary {

    /** Characters that Markdown would read as formatting; a writer's words are shown as they are. */
    private static final String MARKDOWN_SIGNS = "\\`*_[]<>#|~!&";

    private JobSummary() {}

    /**
     * @param published whether the build replaced the site (no error)
     * @param notices what the writer should know that is not wrong, such as scheduled articles
     */
    public static String markdown(List<Finding> findings, boolean published, List<String> notices) {
        long errors = findings.stream().filter(Finding::isError).count();
        long warnings = findings.size() - errors;
        StringBuilder out = new StringBuilder();
        if (!published) {
            out.append("## The site was not published: ")
                    .append(count(errors, "error"))
                    .append(" to fix\n\n")
                    .append("Each error below names the file and the line to change. Change it on this branch"
                            + " (in the CMS or in the file), save, and the checks run again by themselves.");
            if (warnings > 0) {
                out.append(" The ").append(count(warnings, "warning")).append(" can wait, but are worth a look.");
            }
        } else if (warnings > 0) {
            out.append("## The site builds: ")
                    .append(count(warnings, "warning"))
                    .append(" worth a look\n\nNothing stops the site from being published.");
        } else {
            out.append("## The site builds: nothing to fix\n\nEvery check passed.");
        }
        out.append("\n");
        Map<String, StringBuilder> byFile = new TreeMap<>();
        for (Finding f : findings) {
            StringBuilder lines = byFile.computeIfAbsent(f.at().path(), path -> new StringBuilder());
            lines.append("- **")
                    .append(where(f))
                    .append("**, ")
                    .append(f.severity().label())
                    .append(": ");
            lines.append(plain(f.text())).append(" (`").append(f.rule()).append("` in the writer's guide)\n");
        }
        byFile.forEach((path, lines) ->
                out.append("\n### `").append(path).append("`\n\n").append(lines));
        if (!notices.isEmpty()) {
            out.append("\n### Good to know\n\n");
            notices.forEach(n -> out.append("- ").append(plain(n)).append('\n'));
        }
        return out.toString();
    }

    private static String where(Finding f) {
        if (f.at().line() == 0) {
            return "the whole file";
        }
        return f.at().column() == 0 ? "Line " + f.at().line() : "Line " + f.at().line() + ", column " + f.at().column();
    }

    private static String count(long n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    /**
     * Text shown as typed: Markdown's signs are escaped, a line break it quotes is a space (it cannot end the list
     * item), and any other control character is written out as on the console.
     */
    static String plain(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : Finding.oneLine(text.replace("\r", "").replace('\n', ' ')).toCharArray()) {
            if (MARKDOWN_SIGNS.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
