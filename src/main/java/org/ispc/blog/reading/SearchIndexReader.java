package org.ispc.blog.reading;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The search index (search-index.json): each entry's title, summary and words, which the search page shows, named
 * back to the article of the entry by its {@code url}. Addresses and dates are not text a reader reads.
 */
final class SearchIndexReader implements PublishedFileReader {

    private static final Set<String> NOT_TEXT = Set.of("url", "date");
    private static final JsonFactory JSON = new JsonFactory();

    @Override
    public String kind() {
        return "search index";
    }

    @Override
    public Reading read(byte[] content) {
        List<TextPiece> pieces = new ArrayList<>();
        try (JsonParser json = JSON.createParser(content)) {
            List<TextPiece> entry = new ArrayList<>();
            String url = "";
            int depth = 0;
            for (JsonToken token = json.nextToken(); token != null; token = json.nextToken()) {
                if (token == JsonToken.START_OBJECT) {
                    depth++;
                } else if (token == JsonToken.END_OBJECT && --depth == 0) {
                    for (TextPiece piece : entry) {
                        pieces.add(piece.from(url));
                    }
                    entry.clear();
                    url = "";
                } else if (token == JsonToken.VALUE_STRING) {
                    String field = json.currentName() == null ? "" : json.currentName();
                    if (field.equals("url")) {
                        url = json.getText();
                    } else if (!NOT_TEXT.contains(field)) {
                        JsonLocation at = json.currentTokenLocation();
                        // the column of the opening quote, plus one: where the text starts
                        entry.addAll(TextPiece.lines(json.getText(), 0, at.getLineNr(), at.getColumnNr() + 1));
                    }
                }
            }
            pieces.addAll(entry); // text outside any entry
        } catch (IOException e) {
            return Reading.damaged("the search index is not valid JSON ("
                    + (e instanceof com.fasterxml.jackson.core.JsonProcessingException j
                            ? j.getOriginalMessage()
                            : e.getMessage())
                    + ")");
        }
        return Reading.of(pieces);
    }
}
