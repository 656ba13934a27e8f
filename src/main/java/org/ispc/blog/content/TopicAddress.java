package org.ispc.blog.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Position;

/**
 * A topic's page is /tags/&lt;address&gt;.html, its address made of the topic's words ({@link Slug#words}): "neck
 * pain" is /tags/neck-pain.html. A topic without a letter or digit, one too long for a file name, or one whose
 * address is that of the page listing every topic cannot have a page; each is an error at the topic, instead of a
 * topic left out without a word or a failed page with no line to fix.
 */
public final class TopicAddress {

    public static final String RULE = "content/tag-address";

    /** The longest address a topic may have: a file name holds 255 bytes, a readable address far fewer. */
    public static final int MAX_LENGTH = 80;

    /** tags/index.html is the page that lists every topic. */
    private static final String LIST_OF_TOPICS = "index";

    /** The header field's name, in {@code :jbake-tags:} as in a properties header's {@code tags=}. */
    private static final String FIELD = "tags";

    private static final int LONGEST_SHOWN = 40;

    private TopicAddress() {}

    /** The address of a topic's page, without /tags/ and .html; empty when it cannot have one. */
    public static Optional<String> of(String topic) {
        String slug = Slug.words(topic);
        if (slug.isEmpty() || slug.length() > MAX_LENGTH || slug.equals(LIST_OF_TOPICS)) {
            return Optional.empty();
        }
        return Optional.of(slug);
    }

    /**
     * An error for each of {@code topics} that cannot have a page, at the topic on the header line that lists them
     * ({@code :jbake-tags:} or {@code tags=}), or at that line.
     *
     * @param tagsLine where the file lists its topics
     */
    public static List<Finding> problems(Position tagsLine, String source, List<String> topics) {
        List<Finding> found = new ArrayList<>();
        String[] lines = source.split("\n", -1);
        String line = tagsLine.line() >= 1 && tagsLine.line() <= lines.length ? lines[tagsLine.line() - 1] : "";
        int field = line.indexOf(FIELD);
        int from = field < 0 ? 0 : field + FIELD.length() + 1;
        for (String topic : topics) {
            int at = line.indexOf(topic, from);
            Position where = at < 0 ? tagsLine : Position.at(tagsLine.path(), tagsLine.line(), at + 1);
            if (at >= 0) {
                from = at + topic.length();
            }
            problem(topic).ifPresent(why -> found.add(Finding.error(where, RULE, why)));
        }
        return found;
    }

    private static Optional<String> problem(String topic) {
        String slug = Slug.words(topic);
        String shown = topic.length() > LONGEST_SHOWN ? topic.substring(0, LONGEST_SHOWN) + "…" : topic;
        if (slug.isEmpty()) {
            return Optional.of("the topic '" + shown + "' has no letter or digit, so it cannot have a page (its address"
                    + " would be empty); write it in words, such as 'back pain', or take it out");
        }
        if (slug.length() > MAX_LENGTH) {
            return Optional.of("the topic '" + shown + "' (" + topic.length() + " characters) is too long to be the"
                    + " address of its page (at most " + MAX_LENGTH + " letters, digits and hyphens); write a shorter"
                    + " topic");
        }
        if (slug.equals(LIST_OF_TOPICS)) {
            return Optional.of("the topic '" + shown + "' would have the address /tags/index.html, the page that"
                    + " lists every topic; write another word for it");
        }
        return Optional.empty();
    }
}
