package org.ispc.blog.lint;

import static org.ispc.blog.rules.Rule.Example.all;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Severity;
import org.ispc.blog.rules.Rule;

/** Formatting and links in the summary, which is shown as plain text wherever it appears. */
final class SummaryMarkup extends LintRule {

    /** Formatting and links that work in an article's text but show as typed in its summary. */
    private static final Pattern SUMMARY_MARKUP =
            Pattern.compile("(?:xref|link|image|mailto):\\S*\\[[^\\]]*\\]|https?://\\S+\\[[^\\]]*\\]|<<[^>]+>>"
                    + "|(?<![\\w*_`])([*_`])(?=\\S)[^*_`]*?\\S\\1(?![\\w*_`])");

    static final Wording MARKUP = new Wording(
            "markup",
            "the summary is shown as plain text (in lists, search results, the feed and shared links), so '{markup}' would appear exactly as typed; write it without formatting or links");

    static final Rule RULE = lint(
            "summary-markup",
            Severity.ERROR,
            "The summary holds formatting or a link (`*bold*`, `_italic_`, `xref:...[...]`, `https://...[...]`).",
            "A summary is shown as plain text in lists, search results, the feed and shared links, so it would appear exactly as typed. Write it in plain words; put links in the article's text.",
            all("= Knee Pain\nISPPC Patient Education Team\n:jbake-type: post\n:jbake-status: published\n"
                    + ":jbake-date: 2026-01-10\n:jbake-tags: knee pain\n:jbake-summary: Why *knees* hurt.\n\nText.\n"),
            all("Text under a plain summary.\n"));

    @Override
    Rule rule() {
        return RULE;
    }

    @Override
    List<Wording> wordings() {
        return List.of(MARKUP);
    }

    @Override
    void check(LintedDocument doc, List<Finding> findings) {
        if (!doc.manuscript().isPost()) {
            return;
        }
        Matcher markup = SUMMARY_MARKUP.matcher(
                doc.writesField("summary") ? doc.manuscript().summary() : "");
        if (markup.find()) {
            findings.add(finding(
                    doc.headerLine(":jbake-summary:"),
                    MARKUP.fill("markup", markup.group().strip())));
        }
    }
}
