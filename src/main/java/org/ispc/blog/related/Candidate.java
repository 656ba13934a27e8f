package org.ispc.blog.related;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One article that can be recommended, and that receives recommendations, as the related selection sees it:
 * plain text and tags, nothing from JBake.
 *
 * @param id a stable key, unique among the candidates (the build passes the source path); it is what {@link
 *     RelatedIndex} returns, and it breaks the last ties
 * @param title the title; its words weigh more than the summary's and the body's
 * @param summary the summary, empty when there is none
 * @param body the body as plain text (markup words are tolerated: words that every article uses weigh little)
 * @param tags the tags as written; compared without case and surrounding blanks
 * @param date the publication date; newer wins a tie
 * @param pinned ids of the articles the writer chose, in the writer's order, all of them candidates
 */
public record Candidate(
        String id, String title, String summary, String body, Set<String> tags, LocalDate date, List<String> pinned) {

    public Candidate {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a candidate needs an id");
        }
        Objects.requireNonNull(date, () -> "candidate " + id + " needs a date");
        title = Objects.requireNonNullElse(title, "");
        summary = Objects.requireNonNullElse(summary, "");
        body = Objects.requireNonNullElse(body, "");
        tags = tags == null ? Set.of() : Set.copyOf(tags);
        pinned = pinned == null ? List.of() : List.copyOf(pinned);
    }
}
