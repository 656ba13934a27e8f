package org.ispc.blog.lint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.ispc.blog.content.Manuscript;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.rules.Rule;

/** A rule of the content lint over all documents together, looked at again on every build. */
abstract class CatalogRule {

    abstract Rule rule();

    abstract void check(List<Manuscript> docs, List<Finding> findings);

    /** Reports every document whose key another document shares, naming the other one. */
    static void sameKey(
            List<Manuscript> docs,
            Function<Manuscript, String> key,
            BiFunction<Manuscript, Manuscript, Finding> finding,
            List<Finding> findings) {
        Map<String, List<Manuscript>> groups = new HashMap<>();
        for (Manuscript m : docs) {
            String k = key.apply(m);
            if (!k.isEmpty()) {
                groups.computeIfAbsent(k, x -> new ArrayList<>()).add(m);
            }
        }
        for (List<Manuscript> group : groups.values()) {
            for (int i = 0; group.size() > 1 && i < group.size(); i++) {
                findings.add(finding.apply(group.get(i), group.get(i == 0 ? 1 : 0)));
            }
        }
    }
}
