package org.ispc.blog.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ispc.blog.checks.Check;
import org.ispc.blog.checks.Scope;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Findings;

/**
 * What one build covers, the whole site ({@link WholeSite}) or the articles a save edited in the preview
 * ({@link SavedEdits}), and how each of the build's steps ({@link SiteBuild#runSteps}) is done for it. The
 * steps and their order are the same for both; only what a step has to do differs.
 */
interface BuildScope {

    /** Step 1, before anything is read: what the build would read that lies outside the project. */
    List<Finding> filesOutsideProject();

    /**
     * Step 2: the clinic facts and the site's settings.
     *
     * @return empty, with findings saying why, when they cannot be read
     */
    Optional<SiteBuild.SiteInputs> readInputs(Findings found);

    /** The name under which the summary shows step 2, when this scope reads anything in it. */
    Optional<String> readStepName();

    /** The name under which the summary shows the bake and the pages' finishing, steps 3 and 4 together. */
    String bakeStepName();

    /**
     * Step 3: JBake renders the pages of this scope into a folder of their own.
     *
     * @return the folder; empty when this scope cannot be baked on its own (the preview then builds the whole site)
     */
    Optional<Path> bake(SiteBuild.SiteInputs inputs, Findings found);

    /**
     * Step 4: what the baked pages need before readers get them (search index, pictures for phones, file names by
     * digest, hosting files), and where the checks then read them.
     */
    PagesToCheck finishPages(SiteBuild.SiteInputs inputs, Path baked, Findings found);

    /** The bake's findings of the build before that still stand: those about files outside this scope. */
    List<Finding> standingBakeFindings();

    /** Each check's findings of the build before, for checks that look again at this scope only. */
    Map<Check, List<Finding>> previousVerdicts();

    /** Step 6, once the checks have passed judgement: what joins the site without being checked as a page. */
    List<Finding> addUncheckedFiles(SiteBuild.SiteInputs inputs, Path pages);

    /** Step 7: the pages that passed go live; otherwise the last good site stays. */
    void publish(boolean passed);

    /** What the writer should know that is not wrong (articles scheduled for a later day). */
    List<String> notices(SiteBuild.SiteInputs inputs);

    /** Where the site readers see is, after this build. */
    Path live();

    /** The site the checks look at, and what in it they look at again. */
    record PagesToCheck(Path site, Scope scope) {}
}
