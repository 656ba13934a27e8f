package org.ispc.blog.pipeline;

import java.util.List;
import org.ispc.blog.checks.Check;
import org.ispc.blog.facts.ClinicFactsGate;
import org.ispc.blog.facts.FactsOptions;
import org.ispc.blog.facts.Phones;
import org.ispc.blog.links.LinkCheck;
import org.ispc.blog.links.XrefCheck;
import org.ispc.blog.lint.ContentLint;
import org.ispc.blog.lint.HtmlValidity;

/** The gates every build runs, in order. */
public final class Checks {
    private Checks() {}

    public static List<Check> standard(java.time.Clock clock) {
        return standard(clock, FactsOptions.DEFAULTS);
    }

    /** @param facts how strict the command line asks the facts check to be */
    public static List<Check> standard(java.time.Clock clock, FactsOptions facts) {
        return List.of(
                new ClinicFactsGate(Phones.standard(), clock, facts),
                new ContentLint(),
                new XrefCheck(),
                new LinkCheck(),
                new HtmlValidity());
    }
}
