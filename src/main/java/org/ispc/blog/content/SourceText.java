package org.ispc.blog.content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Position;

/** Finds where something stands in a source file, so that findings can name its line and column. */
public final class SourceText {

    private SourceText() {}

    /** The position of the first line that starts with {@code prefix}, e.g. {@code :jbake-date:}. */
    public static Optional<Position> lineStartingWith(String path, String text, String prefix) {
        int line = 1;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            if (text.startsWith(prefix, start)) {
                return Optional.of(Position.at(path, line, 1));
            }
            start = end + 1;
            line++;
        }
        return Optional.empty();
    }

    /** The position of a character offset in the text. */
    public static Position positionOf(String path, String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return Position.at(path, line, offset - lineStart + 1);
    }

    /** A file people write, as text, and where it first stops being UTF-8 text, if it does. */
    public record Read(String text, Optional<Finding> notUtf8) {}

    /**
     * Reads a file people write: its text (bytes that are not UTF-8 become U+FFFD, so that every step still
     * runs; a byte order mark before the first line is left out), and the finding {@link #notUtf8} makes of it under {@code rule}, for the file at {@code path}.
     *
     * @throws IOException when the file cannot be read at all
     */
    public static Read read(Path file, String path, String rule) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        return new Read(withoutByteOrderMark(new String(bytes, StandardCharsets.UTF_8)), notUtf8(path, bytes, rule));
    }

    /**
     * The text without the invisible mark some editors (Windows Notepad's "UTF-8 with BOM") put before the first
     * line: Asciidoctor ignores it, and so must every rule that reads the first line.
     */
    private static String withoutByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * Where the first bytes that are not UTF-8 text stand in a file people write, as an error under {@code rule}
     * that tells them how to save the file; empty when it is UTF-8. The rest of the build reads such a file with
     * {@link FileTree#read}, which puts U+FFFD in place of those bytes, so that every other step still runs.
     */
    public static Optional<Finding> notUtf8(String path, byte[] bytes, String rule) {
        CharsetDecoder strict = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer decoded = CharBuffer.allocate(bytes.length + 1); // UTF-8 never gives more chars than bytes
        CoderResult result = strict.decode(ByteBuffer.wrap(bytes), decoded, true);
        if (!result.isError()) {
            result = strict.flush(decoded);
        }
        if (!result.isError()) {
            return Optional.empty();
        }
        decoded.flip();
        Position at = positionOf(path, decoded.toString(), decoded.length());
        return Optional.of(Finding.error(
                at,
                rule,
                "this line has characters that are not UTF-8 text: the file was saved in another encoding (such as"
                        + " Windows-1252, often after pasting from a word processor); save it again as UTF-8 (Save"
                        + " As, Encoding: UTF-8), then check the quotes, dashes and accented letters of this line"));
    }

    /** The position of the first occurrence of {@code needle} at or after {@code from}, if any. */
    public static Optional<Position> find(String path, String text, String needle) {
        int at = text.indexOf(needle);
        return at < 0 ? Optional.empty() : Optional.of(positionOf(path, text, at));
    }
}
