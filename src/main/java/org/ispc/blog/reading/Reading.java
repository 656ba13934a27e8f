package org.ispc.blog.reading;

import java.util.List;

/**
 * What a reader found in one published file: its lines of text, or why it could not read them.
 *
 * @param pieces the text, line by line, in the order of the file
 * @param cannotRead why the text could not be read (a PDF of scanned pages, one locked by a password), in words
 *     for the writer; empty when it was read
 * @param damaged whether the file is broken, so that no reader's program could open it either
 */
public record Reading(List<TextPiece> pieces, String cannotRead, boolean damaged) {

    public Reading {
        pieces = List.copyOf(pieces);
    }

    public static Reading of(List<TextPiece> pieces) {
        return new Reading(pieces, "", false);
    }

    /** A file whose text cannot be read, though readers may see it: a warning. */
    public static Reading unreadable(String why) {
        return new Reading(List.of(), why, false);
    }

    /** A file that is broken: an error. */
    public static Reading damaged(String why) {
        return new Reading(List.of(), why, true);
    }
}
