package org.ispc.blog.diag;

/**
 * Where the writer's guide explains a rule. Each rule id has its own anchor in the guide (src/site, published
 * by {@code mvn site} as target/site/writers-guide.html): the id with its slash made a hyphen, so that {@code
 * lint/missing-list} is explained at {@code writers-guide.html#lint-missing-list}.
 */
public final class GuideLinks {

    /** The guide's page, relative to the team's site (target/site). */
    public static final String PAGE = "writers-guide.html";

    private GuideLinks() {}

    /** The anchor of a rule's entry: {@code lint/missing-list} gives {@code lint-missing-list}. */
    public static String anchor(RuleId rule) {
        return rule.family() + "-" + rule.name();
    }

    /** The link to a rule's entry, relative to the team's site: {@code writers-guide.html#lint-missing-list}. */
    public static String link(RuleId rule) {
        return PAGE + "#" + anchor(rule);
    }
}
