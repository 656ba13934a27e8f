package org.ispc.blog.pipeline;

import java.util.List;
import org.ispc.blog.checks.Check;
import org.ispc.blog.facts.ClinicFactsGate;
import org.ispc.blog.facts.Phones;
import org.ispc.blog.links.LinkCheck;
import org.ispc.blog.links.XrefCheck;
import org.ispc.blog.lint.ContentLint;
import org.ispc.blog.lint.HtmlValidity;

/** The gates every build runs, in order. */
public final class Checks {
    private Checks() {}

    public static List<Check> standard(java.time.Clock clock) {
        return List.of(
                new ClinicFactsGate(Phones.standard(), clock),
                new ContentLint(),
                new XrefCheck(),
                new LinkCheck(),
                new HtmlValidity());
    }
}
