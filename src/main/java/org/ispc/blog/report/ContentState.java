package org.ispc.blog.report;

import java.time.LocalDate;
import java.util.List;
import org.ispc.blog.content.Manuscript;
import org.ispc.blog.diag.Finding;

/**
 * Everything the content report shows, as one preview build saw it.
 *
 * @param today the build's day, in the site's time zone: it decides what is scheduled and what review is due
 * @param complete false when the build stopped before it could list the documents (its findings say why)
 * @param documents every article and page, drafts and scheduled ones included, sorted by path
 * @param findings every finding of the build, sorted by path, line and column
 * @param reviewMaxAgeMonths after how many months a medical review is due again
 */
public record ContentState(
        LocalDate today, boolean complete, List<Manuscript> documents, List<Finding> findings, int reviewMaxAgeMonths) {

    public ContentState {
        documents = List.copyOf(documents);
        findings = List.copyOf(findings);
        if (reviewMaxAgeMonths < 0) {
            throw new IllegalArgumentException("reviewMaxAgeMonths must be 0 or more, not " + reviewMaxAgeMonths);
        }
    }

    /** The articles (type post), sorted by path. */
    public List<Manuscript> articles() {
        return documents.stream().filter(Manuscript::isPost).toList();
    }

    /** The pages (type page, such as About), sorted by path. */
    public List<Manuscript> pages() {
        return documents.stream().filter(m -> !m.isPost()).toList();
    }

    /**
     * Whether an article's medical review is due: never reviewed (no review date), or reviewed more than
     * {@link #reviewMaxAgeMonths} ago, as lint/review-due reckons it.
     */
    public boolean reviewDue(Manuscript article) {
        return article.reviewedOn()
                .map(on -> on.plusMonths(reviewMaxAgeMonths).isBefore(today))
                .orElse(true);
    }
}
