package org.ispc.blog.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.GuideLinks;
import org.ispc.blog.diag.RuleId;
import org.ispc.blog.pipeline.SiteBuild;
import org.ispc.blog.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The writer's guide (src/site/asciidoc/writers-guide.adoc) against the build it describes. */
class WritersGuideTest {

    private static final Path PROJECT =
            Path.of(System.getProperty("project.root", ".")).toAbsolutePath();
    private static final Path GUIDE = PROJECT.resolve("src/site/asciidoc/writers-guide.adoc");

    /** An entry of the guide: its anchor on one line, its heading (the rule id) on the next. */
    private static final Pattern ENTRY = Pattern.compile("(?m)^\\[\\[([a-z0-9-]+)]]\\n=+ (\\S+)$");

    @TempDir
    Path dir;

    /**
     * The guide's entries for the messages are the registry's: what each rule means and how to fix it is written
     * once, with the rule. {@code -Dguide.write=true} writes them into the guide anew.
     */
    @Test
    void theGuidesEntriesAreWhatTheRegistrySays() throws IOException {
        String guide = Files.readString(GUIDE, StandardCharsets.UTF_8);
        int begin = guide.indexOf(org.ispc.blog.registry.GuideEntries.BEGIN);
        String endLine = org.ispc.blog.registry.GuideEntries.END + "\n";
        int end = guide.indexOf(endLine);
        assertTrue(begin >= 0 && end > begin, "the guide lacks the lines around the generated entries");
        String written = guide.substring(begin, end + endLine.length());
        String expected = org.ispc.blog.registry.GuideEntries.render(org.ispc.blog.registry.Rules.all());
        if (Boolean.getBoolean("guide.write") && !written.equals(expected)) {
            Files.writeString(
                    GUIDE,
                    guide.substring(0, begin) + expected + guide.substring(end + endLine.length()),
                    StandardCharsets.UTF_8);
            written = expected;
        }
        assertEquals(
                expected,
                written,
                "the guide's entries differ from the registry: edit the rule, not the guide, then write them anew"
                        + " with mvn verify -Dtest=WritersGuideTest -Dguide.write=true");
        assertEquals(
                List.of(),
                org.ispc.blog.registry.GuideEntries.withoutChapter(org.ispc.blog.registry.Rules.all()),
                "rules that no chapter of the guide holds");
    }

    @Test
    void everyRuleOfTheBuildHasItsOwnEntryInTheGuide() throws IOException {
        Map<String, String> entries = entries();

        List<String> missing = rulesInTheCode().stream()
                .filter(rule -> !rule.equals(entries.get(GuideLinks.anchor(RuleId.of(rule)))))
                .toList();

        assertEquals(
                List.of(),
                missing,
                "add an entry for each of these rules to " + PROJECT.relativize(GUIDE)
                        + ": [[<rule with - for />]] on one line, ==== <rule> on the next, then what it means"
                        + " and how to fix it");
    }

    @Test
    void everyEntryOfTheGuideNamesARuleOfTheBuildAtItsOwnAnchor() throws IOException {
        Set<String> rules = rulesInTheCode();
        List<String> wrong = new ArrayList<>();
        entries().forEach((anchor, heading) -> {
            if (heading.matches("[a-z]+/[a-z0-9-]+")
                    && (!rules.contains(heading) || !anchor.equals(GuideLinks.anchor(RuleId.of(heading))))) {
                wrong.add("[[" + anchor + "]] " + heading);
            }
        });

        assertEquals(List.of(), wrong, "entries for rules the build does not have, or at the wrong anchor");
    }

    @Test
    void theGuidesExampleHeaderBakesWithoutFindings() throws IOException {
        TestSite site = TestSite.create(dir, "basic");
        String example = firstListing("[source,asciidoc]");
        for (String pinned : headerValue(example, ":jbake-related:")) {
            if (!Files.exists(site.root().resolve("content/blog").resolve(pinned))) {
                site.write("content/blog/" + pinned, stub(pinned));
            }
        }
        site.write("content/blog/guide-example.adoc", example);

        SiteBuild.Outcome outcome = site.build();

        assertTrue(outcome.published(), () -> "findings: " + outcome.findings());
        assertEquals(List.of(), about(outcome, "content/blog/guide-example.adoc"));
        String page = site.read(SiteBuild.WWW + "/blog/guide-example/index.html");
        assertTrue(page.contains("Call 202-555-0110 to book a visit."), page);
        assertTrue(page.contains("Medically reviewed by"), page);
    }

    @Test
    void aPictureShownAsTheGuideSaysBakesWithoutFindings() throws IOException {
        TestSite site = TestSite.create(dir, "basic");
        String image = firstListing("[[images]]").strip();
        assertTrue(image.startsWith("image::/images/"), image);
        String file = image.substring("image::".length(), image.indexOf('['));
        Files.createDirectories(site.root().resolve("assets" + file).getParent());
        javax.imageio.ImageIO.write(
                new java.awt.image.BufferedImage(600, 400, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "jpeg",
                site.root().resolve("assets" + file).toFile());
        site.write("content/blog/with-picture.adoc", stub("with-picture.adoc") + "\n" + image + "\n");

        SiteBuild.Outcome outcome = site.build();

        assertTrue(outcome.published(), () -> "findings: " + outcome.findings());
        assertEquals(List.of(), about(outcome, "content/blog/with-picture.adoc"));
        assertTrue(Files.exists(site.www().resolve(file.substring(1))));
    }

    /** Every rule of the build, from its one list ({@code RulesTest} checks that the code reports no other). */
    private static Set<String> rulesInTheCode() {
        Set<String> rules = new TreeSet<>();
        org.ispc.blog.registry.Rules.all().forEach(rule -> rules.add(rule.id().toString()));
        assertFalse(rules.isEmpty(), "no rules in the registry");
        return rules;
    }

    /** The guide's entries: anchor to the heading right under it. */
    private static Map<String, String> entries() throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        Matcher m = ENTRY.matcher(guide());
        while (m.find()) {
            entries.put(m.group(1), m.group(2));
        }
        return entries;
    }

    /** The text of the first listing block (between ---- lines) after {@code marker} in the guide. */
    private static String firstListing(String marker) throws IOException {
        String guide = guide();
        int at = guide.indexOf(marker);
        assertTrue(at >= 0, marker + " is not in the guide");
        int open = guide.indexOf("\n----\n", at);
        int close = guide.indexOf("\n----\n", open + 1);
        return guide.substring(open + "\n----\n".length(), close + 1);
    }

    private static List<String> headerValue(String document, String attribute) {
        return document.lines()
                .filter(l -> l.startsWith(attribute))
                .flatMap(l -> Stream.of(l.substring(attribute.length()).split(",")))
                .map(String::strip)
                .filter(v -> !v.isEmpty())
                .toList();
    }

    /** A published article with nothing to report, for the example to link to. */
    private static String stub(String file) {
        String name = file.replace(".adoc", "").replace('-', ' ');
        return """
                = Stub %s
                Fixture Team
                :jbake-type: post
                :jbake-status: published
                :jbake-date: 2026-02-01
                :jbake-tags: lower back pain, stenosis
                :jbake-summary: A stub article for the guide's example.

                Text of the stub.
                """.formatted(name);
    }

    private static List<Finding> about(SiteBuild.Outcome outcome, String path) {
        return outcome.findings().stream()
                .filter(f -> f.at().path().equals(path))
                .toList();
    }

    private static String guide() throws IOException {
        return Files.readString(GUIDE, StandardCharsets.UTF_8).replace("\r\n", "\n");
    }
}
