package org.ispc.blog.preview;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.pipeline.SiteBuild;

/**
 * What the latest preview build found, kept for the pages served until the next build. Immutable: the
 * build thread replaces it as a whole, the request threads only read it.
 *
 * @param generation counts the builds of this preview session, from 1; pages carry it so that the browser
 *     can tell a page that is out of date
 * @param published false when the build failed and the pages served are those of an earlier build
 * @param notes every finding of the build, sorted by path, line and column
 */
record BuildReport(long generation, boolean published, List<Note> notes) {

    /**
     * A finding with the text of the line it points at, read when the build ran so that the panel shows
     * what the build saw even while the writer goes on typing.
     *
     * @param sourceLine the line of the file named by the finding; empty when the finding names no line
     */
    record Note(Finding finding, String sourceLine) {}

    // Longer lines are cut: a whole paragraph in the panel would hide the page.
    private static final int MAX_LINE = 240;

    BuildReport {
        notes = List.copyOf(notes);
    }

    /** The report before any build has finished: nothing to show. */
    static BuildReport none() {
        return new BuildReport(0, true, List.of());
    }

    /** The report of a finished build, with the source lines its findings point at. */
    static BuildReport of(long generation, SiteBuild.Outcome outcome, Path projectRoot) {
        Map<String, List<String>> files = new HashMap<>();
        List<Note> notes = new ArrayList<>();
        for (Finding f : outcome.findings()) {
            List<String> lines = f.at().line() == 0
                    ? List.of()
                    : files.computeIfAbsent(f.at().path(), p -> readLines(projectRoot.resolve(p)));
            int at = f.at().line();
            String line = at >= 1 && at <= lines.size() ? lines.get(at - 1).strip() : "";
            notes.add(new Note(f, line.length() > MAX_LINE ? line.substring(0, MAX_LINE) + "…" : line));
        }
        return new BuildReport(generation, outcome.published(), notes);
    }

    /**
     * What to show on one page: the findings about its source file and about the files every page is
     * built from (templates, data, settings); after a failed build, every error as well, since no page
     * was updated.
     *
     * @param page the page as served, relative to the site root ({@code blog/x/index.html}, {@code blog/x/})
     */
    List<Note> forPage(String page) {
        String key = pageKey(page);
        return notes.stream()
                .filter(n -> (!published && n.finding().isError())
                        || concerns(n.finding().at().path(), key))
                .toList();
    }

    /**
     * What the writing tool shows about one file it saved ({@code content/blog/x.adoc}), as JSON: the build's number,
     * whether it published, and every finding in that file, with the text of its line.
     */
    String forFileJson(String path) {
        ObjectNode out = new ObjectMapper()
                .createObjectNode()
                .put("generation", generation)
                .put("published", published)
                .put("file", path);
        ArrayNode found = out.putArray("findings");
        for (Note note : notes) {
            Finding f = note.finding();
            if (f.at().path().equals(path)) {
                found.addObject()
                        .put("line", f.at().line())
                        .put("column", f.at().column())
                        .put("level", f.severity().label())
                        .put("rule", f.rule().toString())
                        .put("message", f.message())
                        .put("source", note.sourceLine());
            }
        }
        return out.toString();
    }

    long errors() {
        return notes.stream().filter(n -> n.finding().isError()).count();
    }

    /**
     * Whether a finding in {@code path} concerns the page {@code key}. A page's source is found from its
     * address, because pages carry no pointer to it: /blog/x/ comes from content/blog/x.adoc (or .md,
     * .html), /about/ from content/about.adoc. Checks of the baked HTML may name the baked file instead.
     */
    static boolean concerns(String path, String key) {
        if (path.startsWith("content/")) {
            String source = path.substring("content/".length());
            int dot = source.lastIndexOf('.');
            return (dot > source.lastIndexOf('/') ? source.substring(0, dot) : source).equals(key);
        }
        if (path.startsWith("target/")) {
            int site = path.indexOf('/', "target/".length());
            return site > 0 && pageKey(path.substring(site + 1)).equals(key);
        }
        return true;
    }

    /** {@code blog/x/index.html}, {@code blog/x/} and {@code blog/x.html} are all page {@code blog/x}; the home page is {@code index}. */
    static String pageKey(String page) {
        String key = page.startsWith("/") ? page.substring(1) : page;
        if (key.endsWith(SiteFolder.INDEX)) {
            key = key.substring(0, key.length() - SiteFolder.INDEX.length());
        }
        if (key.endsWith("/")) {
            key = key.substring(0, key.length() - 1);
        }
        if (key.endsWith(".html")) {
            key = key.substring(0, key.length() - ".html".length());
        }
        return key.isEmpty() ? "index" : key;
    }

    private static List<String> readLines(Path file) {
        try {
            return org.ispc.blog.content.FileTree.read(file).lines().toList();
        } catch (RuntimeException e) {
            // a folder, a deleted file, or not text: the panel shows the position without the line
            return List.of();
        }
    }
}
