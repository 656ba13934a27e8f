package org.ispc.blog.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ispc.blog.checks.BuiltSite;
import org.ispc.blog.checks.Check;
import org.ispc.blog.checks.CleanVerdicts;
import org.ispc.blog.checks.Scope;
import org.ispc.blog.content.Manuscript;
import org.ispc.blog.content.Markup;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.RuleId;
import org.ispc.blog.rules.Rule;

/**
 * The writers' slips a reader would notice, caught at their line: a list promised by "including:" that never
 * comes, a stray character from another alphabet, garbled quotes, missing header fields, images without a
 * description, vague link text. Each rule is a class of its own over one shared parse of the document
 * ({@link LintedDocument}); {@link #RULES} is their list.
 */
public final class ContentLint implements Check {

    /** Every rule that reads one document on its own. */
    static final List<LintRule> RULES = List.of(
            new MissingTitle(),
            new LongTitle(),
            new MissingDate(),
            new MissingSummary(),
            new LongSummary(),
            new SummaryMarkup(),
            new NoTags(),
            new TopicFormat(),
            new NoAuthor(),
            new EmptyArticle(),
            new GluedHeader(),
            new ReplacementChar(),
            new ControlChar(),
            new ForeignScript(),
            new Mojibake(),
            new Placeholder(),
            new NoBreakSpace(),
            new TableCells(),
            new SettingLine(),
            new GluedBlock(),
            new IndentedText(),
            new MissingList(),
            new HeadingSkip(),
            new EmptyHeading(),
            new ImageAlt(),
            new ImageComma(),
            new VagueLinkText(),
            new MarkdownSyntax(),
            new HtmlTag(),
            new WordList(),
            new RepeatedWord(),
            new ReviewIncomplete(),
            new ReviewFuture(),
            new ReviewDue(),
            new UpdatedBeforeDate(),
            new UpdatedFuture());

    /** Every rule over all documents together, looked at again on every build. */
    static final List<CatalogRule> CATALOG_RULES = List.of(new DuplicateTitle(), new DuplicateSlug());

    private static final Set<RuleId> CATALOG_RULE_IDS = CATALOG_RULES.stream()
            .map(rule -> rule.rule().id())
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** What every rule of the lint is, for the registry of the build's rules. */
    public static List<Rule> rules() {
        return java.util.stream.Stream.concat(
                        RULES.stream().map(LintRule::rule),
                        CATALOG_RULES.stream().map(CatalogRule::rule))
                .toList();
    }

    @Override
    public String name() {
        return "content lint";
    }

    @Override
    public List<Finding> run(BuiltSite site) {
        return runOn(site, Scope.everything(), List.of());
    }

    /**
     * Every rule but those over all documents reads one document: out of scope, last build's findings stand.
     * Duplicates are looked for among all documents every time.
     */
    @Override
    public List<Finding> runOn(BuiltSite site, Scope scope, List<Finding> previous) {
        List<Manuscript> docs = site.catalog().visible(site.settings().preview());
        List<Finding> findings = new ArrayList<>(previous.stream()
                .filter(f -> !scope.covers(f) && !CATALOG_RULE_IDS.contains(f.rule()))
                .toList());
        java.time.LocalDate today = site.settings().today();
        int reviewMaxAgeMonths = site.settings().reviewMaxAgeMonths();
        // each document on its own, on every core; a document found clean before, and unchanged since, is not read
        CleanVerdicts clean =
                new CleanVerdicts(site.root().resolve("target/cache/lint"), today + "\0" + reviewMaxAgeMonths);
        findings.addAll(docs.parallelStream()
                .filter(m -> scope.coversSource(m.path()))
                .flatMap(m -> clean
                        .findings(
                                "document",
                                m.path(),
                                () -> lint(new LintedDocument(m, today, reviewMaxAgeMonths)),
                                m.source(),
                                m.bodyHtml())
                        .stream())
                .toList());
        clean.save(scope.wholeSite());
        for (CatalogRule rule : CATALOG_RULES) {
            rule.check(docs, findings);
        }
        return findings;
    }

    /**
     * The rules that read a Markdown or HTML article too: its header fields and its characters. The others read
     * AsciiDoc's own syntax, and would misread either; {@link MarkupLint} reads what they check from the
     * structure Markdown and HTML give.
     */
    static final Set<Class<? extends LintRule>> ANY_MARKUP = Set.of(
            MissingTitle.class,
            LongTitle.class,
            MissingDate.class,
            MissingSummary.class,
            LongSummary.class,
            SummaryMarkup.class,
            NoTags.class,
            TopicFormat.class,
            NoAuthor.class,
            ReplacementChar.class,
            ControlChar.class,
            ForeignScript.class,
            Mojibake.class,
            Placeholder.class,
            ReviewIncomplete.class,
            ReviewFuture.class,
            ReviewDue.class,
            UpdatedBeforeDate.class,
            UpdatedFuture.class);

    /**
     * Every rule that concerns one document on its own. The rules that read lines are handed each line in one pass
     * over the document; each rule's findings still come out together, in the order of {@link #RULES}.
     */
    static List<Finding> lint(LintedDocument doc) {
        boolean asciidoc = doc.manuscript().markup() == Markup.ASCIIDOC;
        List<List<Finding>> byRule = new ArrayList<>(RULES.size());
        List<LineRule> lineRules = new ArrayList<>();
        List<List<Finding>> lineRuleFindings = new ArrayList<>();
        for (LintRule rule : RULES) {
            List<Finding> found = new ArrayList<>();
            byRule.add(found);
            if (!asciidoc && !ANY_MARKUP.contains(rule.getClass())) {
                continue;
            }
            if (rule instanceof LineRule lineRule) {
                lineRules.add(lineRule);
                lineRuleFindings.add(found);
            } else {
                rule.check(doc, found);
            }
        }
        for (int i = 0; i < doc.lineCount(); i++) {
            for (int r = 0; r < lineRules.size(); r++) {
                LineRule rule = lineRules.get(r);
                if (doc.has(rule.lines(), i)) {
                    rule.checkLine(doc, i, lineRuleFindings.get(r));
                }
            }
        }
        List<Finding> findings = new ArrayList<>();
        byRule.forEach(findings::addAll);
        if (!asciidoc) {
            findings.addAll(MarkupLint.lint(doc.manuscript()));
        }
        return findings;
    }
}
