package org.ispc.blog.pipeline;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.ispc.blog.facts.FactsOptions;
import org.ispc.blog.jbake.SiteSettings;

/**
 * How a build runs beyond what the project's files say: what whoever started it asked for on the command line,
 * read once by {@code cli/Main} and handed down. Tests make their own.
 *
 * @param useCache false to convert every article again instead of reusing target/cache ({@code -Dcache=false}; the
 *     tests use it to prove that cached and fresh builds give the same bytes)
 * @param facts how strict the clinic facts check is
 * @param npis {@code -Dfacts.npi}, which wins over jbake.properties' {@code facts.npi}
 * @param npiRegistryUrl {@code -Dfacts.npiRegistryUrl}, which wins over jbake.properties'
 * @param reviewMaxAgeMonths {@code -Dreview.maxAgeMonths}, which wins over jbake.properties'
 */
public record BuildOptions(
        boolean useCache,
        FactsOptions facts,
        Optional<List<String>> npis,
        Optional<String> npiRegistryUrl,
        OptionalInt reviewMaxAgeMonths) {

    /** A build given no option. */
    public static final BuildOptions DEFAULTS =
            new BuildOptions(true, FactsOptions.DEFAULTS, Optional.empty(), Optional.empty(), OptionalInt.empty());

    public BuildOptions {
        npis = npis.map(List::copyOf);
    }

    /** The same options, converting every article afresh. */
    public BuildOptions withoutCache() {
        return new BuildOptions(false, facts, npis, npiRegistryUrl, reviewMaxAgeMonths);
    }

    /** The site's settings as jbake.properties gives them, with what the command line sets instead. */
    SiteSettings applyTo(SiteSettings s) {
        return new SiteSettings(
                s.projectRoot(),
                s.preview(),
                s.today(),
                s.host(),
                s.title(),
                s.description(),
                s.language(),
                s.timezone(),
                s.postsPerPage(),
                s.relatedCount(),
                npis.orElse(s.npis()),
                npiRegistryUrl.orElse(s.npiRegistryUrl()),
                reviewMaxAgeMonths.orElse(s.reviewMaxAgeMonths()));
    }
}
