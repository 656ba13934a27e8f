package org.ispc.blog.preview;

import java.util.List;
import org.ispc.blog.diag.Finding;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What the preview adds to a page as it is sent, and only then: the reload script and the panel of
 * findings. The baked files never contain either, so nothing of the preview can reach the published
 * site. The additions are plain markup (no inline script, no inline style) so that a page's own
 * Content-Security-Policy keeps working, and every text in the panel is escaped by jsoup.
 */
final class PageOverlay {

    static final String PREFIX = "/__preview/";
    static final String RELOAD_JS = PREFIX + "reload.js";
    static final String PANEL_CSS = PREFIX + "panel.css";
    static final String EVENTS = PREFIX + "events";
    /** What the last build found in one file, as JSON, for the writing tool: {@code ?file=content/blog/x.adoc}. */
    static final String FINDINGS = PREFIX + "findings";

    static final String SCRIPT_TAG = "<script src=\"" + RELOAD_JS + "\" defer></script>";
    static final String PANEL_ID = "preview-findings";

    /** Opens the event stream and reloads the page after every build, or at once if it missed one. */
    static final String RELOAD_SCRIPT = """
            // Added by the preview server; never part of the published site.
            (function () {
              var meta = document.querySelector('meta[name="preview-build"]');
              var shown = meta ? meta.getAttribute('content') : null;
              var events = new EventSource('%s');
              events.addEventListener('hello', function (e) {
                if (shown !== null && e.data !== shown) { location.reload(); }
              });
              events.addEventListener('reload', function () { location.reload(); });
            })();
            """.formatted(EVENTS);

    static final String PANEL_STYLE = """
            /* Added by the preview server; never part of the published site. */
            #preview-findings { position: fixed; left: 0; right: 0; bottom: 0; z-index: 2147483647;
              max-height: 45vh; overflow: auto; margin: 0; padding: .75rem 1rem; box-sizing: border-box;
              background: #fffbea; color: #1a1a1a; border-top: 4px solid #b7791f;
              font: 15px/1.45 system-ui, sans-serif; box-shadow: 0 -2px 12px rgba(0,0,0,.25); }
            #preview-findings.failed { background: #fff0f0; border-top-color: #c53030; }
            #preview-findings summary { cursor: pointer; font-weight: 600; }
            #preview-findings ol { margin: .5rem 0 0; padding-left: 1.25rem; }
            #preview-findings li { margin: .5rem 0; }
            #preview-findings .where { font-weight: 600; }
            #preview-findings .severity-error .label { color: #c53030; }
            #preview-findings .severity-warning .label { color: #975a16; }
            #preview-findings pre { margin: .25rem 0; padding: .25rem .5rem; white-space: pre-wrap;
              background: rgba(0,0,0,.06); font: 13px/1.4 ui-monospace, monospace; }
            #preview-findings p { margin: .15rem 0; }
            #preview-findings .rule { color: #555; font-size: 13px; }
            """;

    private PageOverlay() {}

    /**
     * The page with the reload script, the build number and, when there is something to say, the
     * findings panel.
     */
    static String apply(String html, BuildReport report, List<BuildReport.Note> notes) {
        String withMeta = insertBefore(
                html, "</head>", "<meta name=\"preview-build\" content=\"" + report.generation() + "\">", false);
        String additions = notes.isEmpty() && report.published()
                ? SCRIPT_TAG
                : "<link rel=\"stylesheet\" href=\"" + PANEL_CSS + "\">"
                        + panel(report, notes).outerHtml()
                        + SCRIPT_TAG;
        return insertBefore(withMeta, "</body>", additions, true);
    }

    /** A page to show when the site has none to show: the first build is running, or it failed. */
    static String emptySite(BuildReport report) {
        Document page = Document.createShell("");
        page.title("Preview: nothing to show yet");
        page.body().appendElement("h1").text("The preview has nothing to show yet");
        page.body()
                .appendElement("p")
                .text(
                        report.generation() == 0
                                ? "The site is being built for the first time; this page reloads by itself when it is ready."
                                : "The site could not be built. Fix the errors listed below and save the file; "
                                        + "this page reloads by itself.");
        return page.outerHtml();
    }

    /** The panel listing findings, built as elements so that every message is escaped. */
    private static Element panel(BuildReport report, List<BuildReport.Note> notes) {
        Element panel = new Element("details")
                .id(PANEL_ID)
                .attr("open", true)
                .attr("role", "region")
                .attr("aria-label", "Build messages");
        if (!report.published()) {
            panel.addClass("failed");
        }
        panel.appendElement("summary").text(summary(report, notes));
        Element list = panel.appendElement("ol");
        for (BuildReport.Note note : notes) {
            Finding f = note.finding();
            Element item =
                    list.appendElement("li").addClass("severity-" + f.severity().label());
            Element where = item.appendElement("p").addClass("where");
            where.appendElement("span").addClass("label").text(f.isError() ? "Error" : "Warning");
            where.appendText(" in ");
            where.appendElement("code").text(f.at().toString());
            if (!note.sourceLine().isEmpty()) {
                item.appendElement("pre").addClass("source").text(note.sourceLine());
            }
            item.appendElement("p").addClass("message").text(f.message());
            item.appendElement("p").addClass("rule").text("Message id: " + f.rule());
        }
        return panel;
    }

    private static String summary(BuildReport report, List<BuildReport.Note> notes) {
        long errors = report.errors();
        if (!report.published()) {
            return "Your last save could not be built, so this page is the last version that worked. Fix the "
                    + count(errors, "error")
                    + " below and save again.";
        }
        // a build that passed has no errors: what is left are warnings
        return count(notes.size(), "warning") + " about this page. Fix and save: this panel goes away by itself.";
    }

    private static String count(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /**
     * Inserts {@code addition} before the last {@code closingTag} (any case); when the page has none, at
     * the end if {@code orAppend}, else not at all.
     */
    static String insertBefore(String html, String closingTag, String addition, boolean orAppend) {
        for (int i = html.length() - closingTag.length(); i >= 0; i--) {
            if (html.regionMatches(true, i, closingTag, 0, closingTag.length())) {
                return html.substring(0, i) + addition + html.substring(i);
            }
        }
        return orAppend ? html + addition : html;
    }
}
