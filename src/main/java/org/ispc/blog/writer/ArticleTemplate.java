package org.ispc.blog.writer;

import java.time.LocalDate;
import java.util.List;

/**
 * The text of a new article: a complete header and a short body to write over. Every place the writer
 * still has to fill starts with {@link NewArticle#PLACEHOLDER}, so that a search for it finds what is left to do.
 */
final class ArticleTemplate {

    private static final String PLACEHOLDER = NewArticle.PLACEHOLDER;

    private ArticleTemplate() {}

    /**
     * @param tags the topics given on the command line; placeholders when empty
     */
    static String text(String title, String author, LocalDate date, List<String> tags) {
        String tagLine = tags.isEmpty()
                ? PLACEHOLDER + " first topic, " + PLACEHOLDER + " second topic"
                : String.join(", ", tags);
        return """
                = %1$s
                %2$s
                :jbake-type: post
                :jbake-status: draft
                :jbake-date: %3$s
                :jbake-tags: %4$s
                :jbake-summary: %5$s One or two sentences for lists and search results, at most 160 characters.
                // Before publishing: fill in the tags, the summary and the text, have a clinician review it, add
                // :jbake-reviewed-by: (name, credentials) and :jbake-reviewed-on: (year-month-day),
                // then set :jbake-status: published. Every field is explained in the writer's guide (mvn site).

                %5$s The opening paragraph: who this article is for and the question it answers.

                == %5$s A first section heading

                %5$s The text of this section.

                == When to see a specialist

                %5$s The signs that mean a reader should have it checked.

                {clinic-name} can help you find the cause of your pain and the right treatment.
                Call {clinic-phone} to book a visit.
                """.formatted(title, author, date, tagLine, PLACEHOLDER);
    }
}
