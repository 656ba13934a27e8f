package org.ispc.blog.checks;

import java.nio.file.Path;
import org.ispc.blog.content.Catalog;
import org.ispc.blog.facts.ClinicFacts;
import org.ispc.blog.jbake.SiteSettings;

/**
 * A freshly baked site, not yet published, with everything the checks need to know about its sources.
 *
 * @param factsVerifiedAt where data/clinic.yml states the day its facts were last confirmed
 */
public record BuiltSite(
        SiteSettings settings,
        Catalog catalog,
        ClinicFacts facts,
        org.ispc.blog.diag.Position factsVerifiedAt,
        Path output) {

    public Path root() {
        return settings.projectRoot();
    }
}
