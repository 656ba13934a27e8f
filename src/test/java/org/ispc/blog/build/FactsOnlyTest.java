package org.ispc.blog.build;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ispc.blog.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FactsOnlyTest {

    @TempDir
    Path dir;

    @Test
    void checksSourcesAndTemplatesWithoutBaking() {
        TestSite site = TestSite.create(dir, "basic", "stale-facts");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        boolean passed =
                FactsOnly.run(site.root(), TestSite.CLOCK, new PrintStream(bytes, true, StandardCharsets.UTF_8));

        String out = bytes.toString(StandardCharsets.UTF_8);
        assertFalse(passed);
        assertTrue(
                out.contains(
                        "content/blog/old-number.adoc:9:26: error: (202) 555-0100 was the clinic's number until 2024-03-01"),
                out);
        assertTrue(out.contains("templates/error404.ftl:6:90: error:"), out);
        assertTrue(out.endsWith("report in target/reports/facts.json\n"), out);
        assertFalse(Files.exists(site.www()), "nothing is baked or published");
    }

    @Test
    void theFixtureClinicPasses() {
        TestSite site = TestSite.create(dir, "basic");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        assertTrue(
                FactsOnly.run(site.root(), TestSite.CLOCK, new PrintStream(bytes, true, StandardCharsets.UTF_8)),
                bytes::toString);
    }

    @Test
    void settingsThatCannotBeReadAreReportedAtTheirLineNotAsACrash() {
        TestSite site = TestSite.create(dir, "basic");
        String properties = site.read("jbake.properties");
        site.write("jbake.properties", properties + "site.timezone=Eastern Time\n");
        int line = (int) properties.lines().count() + 1;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        boolean passed =
                FactsOnly.run(site.root(), TestSite.CLOCK, new PrintStream(bytes, true, StandardCharsets.UTF_8));

        String out = bytes.toString(StandardCharsets.UTF_8);
        assertFalse(passed);
        assertTrue(out.startsWith("jbake.properties:" + line + ":1: error: site.timezone is set twice"), out);
    }
}
