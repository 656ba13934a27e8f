package org.ispc.blog.diag;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Collects the findings of one build. Safe to share between the threads of one bake; the same finding
 * reported twice (a file converted twice, say) is kept once.
 */
public final class Findings {

    private final TreeSet<Finding> all = new TreeSet<>();

    public synchronized void add(Finding finding) {
        all.add(finding);
    }

    public synchronized void addAll(Iterable<Finding> findings) {
        findings.forEach(all::add);
    }

    /**
     * Drops findings of the given rules where another finding of the same severity stands at the same
     * path and line: the more specific message is the one the writer needs.
     */
    public synchronized void removeShadowed(java.util.Set<RuleId> safetyNetRules) {
        all.removeIf(f -> safetyNetRules.contains(f.rule())
                && all.stream()
                        .anyMatch(o -> !safetyNetRules.contains(o.rule())
                                && o.severity() == f.severity()
                                && o.at().path().equals(f.at().path())
                                && o.at().line() == f.at().line()));
    }

    /** Drops the findings of {@code rule}: what it says follows from another finding that is kept. */
    public synchronized void removeRule(RuleId rule) {
        all.removeIf(f -> f.rule().equals(rule));
    }

    /** All findings, sorted by path, line and column. */
    public synchronized List<Finding> sorted() {
        return List.copyOf(all);
    }

    public synchronized List<Finding> matching(Predicate<Finding> filter) {
        List<Finding> out = new ArrayList<>();
        for (Finding f : all) {
            if (filter.test(f)) {
                out.add(f);
            }
        }
        return out;
    }

    public synchronized long errorCount() {
        return all.stream().filter(Finding::isError).count();
    }

    public synchronized long warningCount() {
        return all.size() - errorCount();
    }

    public synchronized boolean hasErrors() {
        return errorCount() > 0;
    }
}
