package org.ispc.blog.reading;

/**
 * Reads the text that readers of one kind of published file see (a PDF's pages, an SVG's labels, the feed's
 * summaries), with the parser made for that kind, so that the clinic facts check can judge it as it judges a page.
 */
public interface PublishedFileReader {

    /** The kind of file, as target/reports/facts.json lists it: "pdf", "svg", "text", "feed", "search index". */
    String kind();

    /** The text of a file's bytes. Bad bytes never throw: they are a {@link Reading#damaged} reading. */
    Reading read(byte[] content);
}
