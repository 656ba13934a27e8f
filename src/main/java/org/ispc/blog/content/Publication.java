package org.ispc.blog.content;

import java.time.LocalDate;

/** Whether readers may see a document today. Only {@link #PUBLISHED} documents reach the published site. */
public enum Publication {
    PUBLISHED,
    /** Status draft, or no status at all. */
    DRAFT,
    /** Status published, but dated after today. */
    SCHEDULED;

    /** The statuses a header may give: JBake's two ways of saying "published", and "draft". */
    public static final java.util.Set<String> STATUSES = java.util.Set.of("published", "published-date", "draft");

    /**
     * Decides from the header: a document is published only when its status says so and its date has come.
     * An unknown or missing status counts as a draft, so that nothing is published by accident.
     */
    public static Publication of(String status, LocalDate date, LocalDate today) {
        if (status == null || !(status.equals("published") || status.equals("published-date"))) {
            return DRAFT;
        }
        return date != null && date.isAfter(today) ? SCHEDULED : PUBLISHED;
    }

    /** The label the preview shows on a document readers cannot see yet. */
    public String label() {
        return switch (this) {
            case PUBLISHED -> "";
            case DRAFT -> "Draft";
            case SCHEDULED -> "Scheduled";
        };
    }
}
