package org.ispc.blog.diag;

import java.util.regex.Pattern;

/**
 * A rule's name as findings print it and the writer's guide files it: a family and a name, such as
 * {@code lint/missing-list}.
 */
public record RuleId(String family, String name) implements Comparable<RuleId> {

    private static final Pattern PART = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    public RuleId {
        if (!PART.matcher(family).matches() || !PART.matcher(name).matches()) {
            throw new IllegalArgumentException("not a rule id: " + family + "/" + name);
        }
    }

    /** Reads {@code family/name}. */
    public static RuleId of(String id) {
        int slash = id.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("not a rule id: " + id);
        }
        return new RuleId(id.substring(0, slash), id.substring(slash + 1));
    }

    @Override
    public String toString() {
        return family + "/" + name;
    }

    @Override
    public int compareTo(RuleId other) {
        return toString().compareTo(other.toString());
    }
}
