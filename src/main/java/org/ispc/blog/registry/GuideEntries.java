package org.ispc.blog.registry;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.ispc.blog.diag.GuideLinks;
import org.ispc.blog.diag.RuleId;
import org.ispc.blog.diag.Severity;
import org.ispc.blog.rules.Rule;

/**
 * The writer's guide's entries for the build's messages, written from the registry: one chapter per kind of
 * message, one entry per rule (its anchor, its id, its level, what it means and how to fix it). The guide holds
 * them between {@link #BEGIN} and {@link #END}; {@code WritersGuideTest} fails when they differ from what the
 * registry says, and writes them anew with {@code -Dguide.write=true}.
 */
public final class GuideEntries {

    /** The line before the generated entries in the guide. */
    public static final String BEGIN =
            "// The entries below are written from the build's rule registry (registry/Rules): edit the rules there.";
    /** The line after them. */
    public static final String END = "// End of the entries written from the registry.";

    private GuideEntries() {}

    /** A chapter of the guide's messages: the rules it holds, in the registry's order. */
    record Chapter(String anchor, String title, String intro, Predicate<RuleId> holds) {}

    /** The facts rules about data/clinic.yml itself, rather than about what articles and pages say. */
    public static final Predicate<RuleId> FACTS_FILE = id -> Set.of(
                            "stale-verification",
                            "registry",
                            "options",
                            "missing-file",
                            "unreadable",
                            "yaml-syntax",
                            "yaml-shape",
                            "missing-key",
                            "unknown-key",
                            "duplicate-key",
                            "bad-phone",
                            "bad-date",
                            "bad-office-id",
                            "duplicate-office")
                    .contains(id.name())
            && id.family().equals("facts");

    private static final List<Chapter> CHAPTERS = List.of(
            new Chapter(
                    "messages-content",
                    "Reading the files",
                    "",
                    family("content").or(family("files"))),
            new Chapter("messages-asciidoc", "Writing AsciiDoc", "", family("asciidoc")),
            new Chapter("messages-lint", "Text and header (lint)", "", family("lint")),
            new Chapter("messages-links", "Links", "", family("links").or(family("page"))),
            new Chapter("messages-related", "You might also enjoy (:jbake-related:)", "", family("related")),
            new Chapter(
                    "messages-facts",
                    "Clinic facts in articles and pages",
                    "These messages name the current fact and the attribute to write instead; see <<clinic-facts>>.",
                    family("facts").and(FACTS_FILE.negate())),
            new Chapter(
                    "messages-facts-file",
                    "The clinic facts file (data/clinic.yml)",
                    "These concern the file that holds the clinic's facts; <<clinic-facts-file>> explains its keys.",
                    FACTS_FILE),
            new Chapter(
                    "messages-pages",
                    "Templates and pages",
                    "These concern the templates in `templates/` and the pages built from them: usually a job for the developers.",
                    family("template").or(family("html"))),
            new Chapter(
                    "messages-redirects",
                    "Old addresses (data/redirects.yml)",
                    "`data/redirects.yml` sends readers from an old address to a current page: a list of entries, each `- from: /old-address` with `to: /blog/new-address/` on the line below.",
                    family("redirects")),
            new Chapter(
                    "messages-import",
                    "Bringing articles over (mvn -Pimport)",
                    "These are the importer's messages (see <<import>>). Each names the saved page and, where it can, the line of the page the problem stands on. They are warnings: the rest of the page was brought over.",
                    family("import")),
            new Chapter(
                    "messages-build",
                    "The build itself",
                    "",
                    family("build").or(family("preview")).or(family("cms"))));

    private static Predicate<RuleId> family(String family) {
        return id -> id.family().equals(family);
    }

    /** The entries as the guide holds them, between {@link #BEGIN} and {@link #END}. */
    public static String render(List<Rule> rules) {
        StringBuilder out = new StringBuilder(BEGIN).append("\n\n");
        for (Chapter chapter : CHAPTERS) {
            out.append("[[")
                    .append(chapter.anchor())
                    .append("]]\n=== ")
                    .append(chapter.title())
                    .append("\n\n");
            if (!chapter.intro().isEmpty()) {
                out.append(chapter.intro()).append("\n\n");
            }
            for (Rule rule : rules) {
                if (chapter.holds().test(rule.id())) {
                    out.append("[[")
                            .append(GuideLinks.anchor(rule.id()))
                            .append("]]\n==== ")
                            .append(rule.id())
                            .append("\n\n*")
                            .append(rule.level() == Severity.ERROR ? "Error" : "Warning")
                            .append(".* ")
                            .append(rule.summary());
                    if (!rule.fix().isEmpty()) {
                        out.append(' ').append(rule.fix());
                    }
                    out.append("\n\n");
                }
            }
        }
        return out.append(END).append('\n').toString();
    }

    /** The rules no chapter holds: each needs one, or the guide would leave it out. */
    public static List<Rule> withoutChapter(List<Rule> rules) {
        return rules.stream()
                .filter(rule -> CHAPTERS.stream().noneMatch(c -> c.holds().test(rule.id())))
                .toList();
    }
}
