package org.ispc.blog.reading;

import java.nio.charset.StandardCharsets;

/**
 * Files of plain lines, read as they stand: robots.txt, a .txt note, a .vcf contact card, the host's _headers and
 * _redirects, stylesheets and scripts (whose strings may show on screen).
 */
final class PlainTextReader implements PublishedFileReader {

    @Override
    public String kind() {
        return "text";
    }

    @Override
    public Reading read(byte[] content) {
        // bytes that are not UTF-8 become U+FFFD: the digits around them are still read
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = " " + text.substring(1); // the byte order mark, kept as one column
        }
        return Reading.of(TextPiece.lines(text, 0, 1, 1));
    }
}
