package org.ispc.blog.checks;

import java.nio.file.Path;
import org.ispc.blog.clinic.ClinicFacts;
import org.ispc.blog.content.Catalog;
import org.ispc.blog.content.SitePath;
import org.ispc.blog.jbake.SiteSettings;

/**
 * A freshly baked site, not yet published, with everything the checks need to know about its sources.
 *
 * @param factsVerifiedAt where data/clinic.yml states the day its facts were last confirmed
 * @param pageDigests the digests of {@code output}'s pages, shared by the checks of this build
 */
public record BuiltSite(
        SiteSettings settings,
        Catalog catalog,
        ClinicFacts facts,
        org.ispc.blog.diag.Position factsVerifiedAt,
        Path output,
        PageDigests pageDigests) {

    /** A site whose pages no check has digested yet. */
    public BuiltSite(
            SiteSettings settings,
            Catalog catalog,
            ClinicFacts facts,
            org.ispc.blog.diag.Position factsVerifiedAt,
            Path output) {
        this(settings, catalog, facts, factsVerifiedAt, output, new PageDigests());
    }

    public Path root() {
        return settings.projectRoot();
    }

    /**
     * A page named as it will be published, relative to the project root: target/www/..., or target/preview/...
     * in the preview. The checks look at a staging folder that only becomes that folder if they pass.
     */
    public String publishedPath(SitePath file) {
        return (settings.preview() ? "target/preview/" : "target/www/") + file;
    }
}
