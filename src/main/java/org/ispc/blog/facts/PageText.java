package org.ispc.blog.facts;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of a generated page as a reader sees it, in runs that end at block elements: "our
 * <b>Silver Spring</b> office" is one run, a paragraph and the next are two. Script and style content is
 * data, not text, so it never enters a run.
 */
final class PageText {

    private PageText() {}

    /** One text node's place in its run. */
    record Segment(int offset, TextNode node) {}

    /** A run of text, and the text nodes it was joined from. */
    record Run(String text, List<Segment> segments) {

        /**
         * The index in {@code html} where the character at {@code offset} of this run was written: the
         * snippet is looked for in its text node's source, since entities (&amp;amp;) make the decoded text
         * shorter than the source; the node's start plus the offset when it is not found there.
         */
        int sourceIndex(int offset, String snippet, String html) {
            Segment segment = segments.get(0);
            for (Segment s : segments) {
                if (s.offset() <= offset) {
                    segment = s;
                }
            }
            int start = Math.max(0, segment.node().sourceRange().startPos());
            int end = Math.max(start, segment.node().sourceRange().endPos());
            int within = offset - segment.offset();
            String text = segment.node().getWholeText();
            String part = snippet.substring(0, Math.min(snippet.length(), Math.max(0, text.length() - within)));
            int found = part.isEmpty() ? -1 : html.indexOf(part, start);
            return found >= 0 && found < end ? found : start + within;
        }
    }

    static List<Run> runs(Document page) {
        List<Run> runs = new ArrayList<>();
        NodeTraversor.traverse(
                new NodeVisitor() {
                    private final StringBuilder text = new StringBuilder();
                    private final List<Segment> segments = new ArrayList<>();

                    @Override
                    public void head(Node node, int depth) {
                        if (node instanceof TextNode t) {
                            segments.add(new Segment(text.length(), t));
                            text.append(t.getWholeText());
                        } else if (breaks(node)) {
                            flush();
                        }
                    }

                    @Override
                    public void tail(Node node, int depth) {
                        if (breaks(node) || node == page) {
                            flush();
                        }
                    }

                    private void flush() {
                        if (!text.toString().isBlank()) {
                            runs.add(new Run(text.toString(), List.copyOf(segments)));
                        }
                        text.setLength(0);
                        segments.clear();
                    }
                },
                page);
        return runs;
    }

    private static boolean breaks(Node node) {
        return node instanceof Element e && (e.isBlock() || e.normalName().equals("br"));
    }
}
