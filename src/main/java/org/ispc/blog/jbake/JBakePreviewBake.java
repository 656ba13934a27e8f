package org.ispc.blog.jbake;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.ispc.blog.diag.Findings;
import org.jbake.model.DocumentModel;

/**
 * {@link SiteBaker.PreviewBake} with JBake 2.7: a {@link JBakeSession} kept open after a full bake. An edit of
 * existing articles is read again, put in JBake's content store in place of the old version, and only the pages it
 * can change are rendered again: the edited articles' pages, the pages whose related articles changed, and the list
 * pages (home, archive, tags, feed, sitemap, 404).
 *
 * <p>The pages of the live site are compared with what the last {@link #update} wrote: the caller says with
 * {@link #settle} whether those pages went live, so that the next update starts from the live pages.
 */
final class JBakePreviewBake implements SiteBaker.PreviewBake {

    private final JBakeSession bake;
    /** The plan the live pages were rendered with. */
    private PagePlan livePlan;
    /** The plan of the last update, live or not. */
    private PagePlan lastPlan;
    /** Sources edited since the live pages were rendered. */
    private final Set<String> pending = new TreeSet<>();
    /** JBake's model of each document, by source path, as in the content store. */
    private final Map<String, DocumentModel> bySource = new TreeMap<>();

    JBakePreviewBake(JBakeSession bake, PagePlan plan) {
        this.bake = bake;
        this.livePlan = plan;
        this.lastPlan = plan;
        for (DocumentModel doc : bake.documents()) {
            bySource.put(String.valueOf(doc.get("source_path")), doc);
        }
    }

    @Override
    public Optional<Update> update(Set<Path> edited, Path destination, Findings findings, SiteBaker.Planner planner) {
        if (edited.stream().anyMatch(bake.converter::isIncluded)) {
            return Optional.empty(); // shown in the pages of the documents that include it too
        }
        Set<String> tagsBefore = tags();
        List<DocumentModel> replacements = new ArrayList<>();
        for (Path file : edited.stream().sorted().toList()) {
            String source = JBakeSession.relative(bake.root, file.toFile());
            DocumentModel old = bySource.get(source);
            if (old == null) {
                return Optional.empty();
            }
            DocumentModel now = bake.reread(file, findings);
            if (now == null) {
                return Optional.empty();
            }
            keepCrawlerFields(old, now);
            replacements.add(now);
            pending.add(source);
        }
        for (DocumentModel now : replacements) {
            bake.db.replace(now);
            bySource.put(String.valueOf(now.get("source_path")), now);
        }
        if (!tags().containsAll(tagsBefore)) {
            return Optional.empty(); // a topic page would have to go: only a full bake removes pages
        }

        PagePlan next = planner.apply(bake.catalog);
        List<DocumentModel> toRender = new ArrayList<>();
        bySource.forEach((source, doc) -> {
            if (pending.contains(source) || !next.sameDocumentPage(livePlan, source)) {
                toRender.add(doc);
            }
        });
        // an edit of the text alone leaves every list as it was: only the edited pages are written
        boolean lists = !next.sameListPages(livePlan);
        for (Throwable failure : bake.render(toRender, lists, next, destination)) {
            findings.add(JBakeSession.templateFinding(bake.root, failure));
        }
        lastPlan = next;
        return Optional.of(new Update(Set.copyOf(pending)));
    }

    /** The topics of all documents: each has a page. */
    private Set<String> tags() {
        Set<String> tags = new TreeSet<>();
        bySource.values().forEach(doc -> tags.addAll(java.util.Arrays.asList(doc.getTags())));
        return tags;
    }

    @Override
    public void settle(boolean wentLive) {
        if (wentLive) {
            livePlan = lastPlan;
            pending.clear();
        }
    }

    /**
     * The fields JBake's crawler adds to what the parser reads (where the page goes, the source's checksum),
     * which depend only on the file's path: the same for the old and the new version.
     */
    private static void keepCrawlerFields(DocumentModel old, DocumentModel now) {
        now.setRootPath(old.getRootPath());
        now.setFile(old.getFile());
        now.setSourceUri(old.getSourceuri());
        now.setUri(old.getUri());
        now.setNoExtensionUri(old.getNoExtensionUri());
        now.setCached(Boolean.TRUE.equals(old.getCached()));
        now.setSha1(old.getSha1());
        now.setRendered(false);
    }

    @Override
    public void close() {
        bake.close();
    }
}
