package org.ispc.blog.content;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The summary of an article whose header gives none (JBake has no such field): its first paragraph, cut after
 * the last sentence that ends within the limit, so that lists, search results and shared links show whole
 * sentences.
 */
public final class LeadSummary {

    private LeadSummary() {}

    /**
     * The first paragraph of {@code bodyHtml} as plain text, at most {@code max} characters: whole sentences when
     * the first one fits, else cut at a word and ended with an ellipsis; empty when the body has no paragraph.
     */
    public static String of(String bodyHtml, int max) {
        String paragraph = "";
        for (Element p : Jsoup.parseBodyFragment(bodyHtml).select("p")) {
            if (!p.text().isBlank()) {
                paragraph = p.text().strip();
                break;
            }
        }
        return cut(paragraph, max);
    }

    /** {@code text} cut after its last sentence end within {@code max} characters (the importer cuts descriptions so). */
    public static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = -1;
        for (int i = 0; i < max; i++) {
            char c = text.charAt(i);
            boolean sentenceEnd = (c == '.' || c == '!' || c == '?')
                    && i + 1 < text.length()
                    && Character.isWhitespace(text.charAt(i + 1));
            if (sentenceEnd) {
                end = i + 1;
            }
        }
        if (end > 0) {
            return text.substring(0, end);
        }
        int space = text.lastIndexOf(' ', max - 1);
        return (space > 0 ? text.substring(0, space) : text.substring(0, max - 1)).stripTrailing() + "\u2026";
    }
}
