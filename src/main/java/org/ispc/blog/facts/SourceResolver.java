package org.ispc.blog.facts;

import java.util.Optional;
import org.ispc.blog.diag.Position;

/**
 * Maps text found in a generated page back to the article or template it came from, so that a finding names
 * the file the writer edits. Implemented by the build, which knows which sources made each page.
 */
@FunctionalInterface
public interface SourceResolver {

    /** Resolves nothing: findings stay at the generated page, with the line and column in its HTML. */
    SourceResolver NONE = (relOutputPath, rawSnippet) -> Optional.empty();

    /**
     * Where {@code rawSnippet} was written.
     *
     * @param relOutputPath the page, relative to the project root, for example {@code target/www/blog/x/index.html}
     * @param rawSnippet the text as it stands in the page: a phone number as typed, or a phrase such as "our
     *     Silver Spring office"
     * @return the position of the snippet's first character in the article or template that produced the page,
     *     or empty when it cannot be told
     */
    Optional<Position> locate(String relOutputPath, String rawSnippet);
}
