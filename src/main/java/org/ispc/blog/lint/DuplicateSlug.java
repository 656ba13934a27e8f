package org.ispc.blog.lint;

import java.util.List;
import org.ispc.blog.content.Manuscript;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Position;
import org.ispc.blog.diag.Severity;
import org.ispc.blog.rules.Rule;

/** Two files that would be published at one address (knee-pain.adoc and knee-pain.md, say). */
final class DuplicateSlug extends CatalogRule {

    static final Rule RULE = LintRule.lint(
            "duplicate-slug",
            Severity.ERROR,
            "Two files would be published at the same address; the message names the other file.",
            "Rename one of them.",
            List.of(Rule.Example.files(
                    "content/blog/knee-pain.adoc",
                    LintRule.HEADER + "\nOne.\n",
                    "content/blog/knee-pain.md",
                    "title=Knee pain, again\ntype=post\nstatus=published\n~~~~~~\nTwo.\n")),
            List.of(Rule.Example.files(
                    "content/blog/knee-pain.adoc",
                    LintRule.HEADER + "\nOne.\n",
                    "content/blog/knee-pain-at-night.md",
                    "title=Knee pain, again\ntype=post\nstatus=published\n~~~~~~\nTwo.\n")));

    @Override
    Rule rule() {
        return RULE;
    }

    @Override
    void check(List<Manuscript> docs, List<Finding> findings) {
        sameKey(
                docs,
                Manuscript::url,
                (m, other) -> Finding.error(
                        Position.at(m.path(), 1, 1),
                        RULE.id().toString(),
                        "this file would be published at " + m.url() + ", like " + other.path()
                                + "; rename one of the files"),
                findings);
    }
}
