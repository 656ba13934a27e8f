package org.ispc.blog.build;

import java.util.List;
import org.ispc.blog.checks.Check;
import org.ispc.blog.links.LinkCheck;
import org.ispc.blog.links.XrefCheck;
import org.ispc.blog.lint.ContentLint;
import org.ispc.blog.lint.HtmlValidity;

/** The gates every build runs, in order. */
final class Checks {
    private Checks() {}

    static List<Check> standard() {
        return List.of(new ContentLint(), new XrefCheck(), new LinkCheck(), new HtmlValidity());
    }
}
