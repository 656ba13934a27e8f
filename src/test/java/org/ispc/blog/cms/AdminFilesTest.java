package org.ispc.blog.cms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The writing tool in a real bake: its files, its own rule in _headers, and nothing of it in the readers' site. */
class AdminFilesTest {

    private static final Path PROJECT =
            Path.of(System.getProperty("project.root", ".")).toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void theToolJoinsTheSiteWithItsOwnPolicyAndStaysOutOfTheReadersPages() throws Exception {
        TestSite site = TestSite.create(dir, "basic");
        TestSite.copyTree(PROJECT.resolve(AdminFiles.SOURCE), site.root().resolve(AdminFiles.SOURCE));
        TestSite.copyTree(PROJECT.resolve(AdminFiles.VENDOR), site.root().resolve(AdminFiles.VENDOR));

        assertTrue(site.build().published());

        Path admin = site.www().resolve("admin");
        for (String file : List.of(
                "index.html",
                "config.yml",
                "decap-cms.js",
                "asciidoctor.js",
                "cms-setup.js",
                "facts-format.js",
                "yaml/index.js",
                "yaml/compose/composer.js",
                "lint.js")) {
            assertTrue(Files.isRegularFile(admin.resolve(file)), file);
        }
        String json = Files.readString(admin.resolve("site.json"));
        assertTrue(json.contains("\"clinic-phone\" : \"202-555-0110\""), json);
        assertTrue(json.matches("(?s).*\"css\" : \"/css/site\\.[0-9a-f]+\\.css\".*"), json);
        assertTrue(Files.isRegularFile(site.www().resolve(json.replaceAll("(?s).*\"css\" : \"/([^\"]+)\".*", "$1"))));
        // the preview pane's lint takes the build's words from here, written from the build's own rules
        String rules = Files.readString(admin.resolve(org.ispc.blog.lint.BrowserLintRules.FILE));
        assertEquals(org.ispc.blog.lint.BrowserLintRules.json(12), rules);
        assertTrue(rules.contains("\"lint/image-alt\""), rules);
        String headers = Files.readString(site.www().resolve("_headers"));
        assertTrue(headers.endsWith(AdminFiles.headers()), headers);
        assertTrue(headers.contains("X-Robots-Tag: noindex"));
        assertTrue(Files.readString(admin.resolve("index.html")).contains("<meta name=\"robots\" content=\"noindex"));
        assertFalse(Files.readString(site.www().resolve("sitemap.xml")).contains("/admin"));
        try (var files = Files.walk(site.www())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json") && !p.startsWith(admin))
                    .toList()) {
                assertFalse(Files.readString(f).contains("/admin"), f + " (the search index) names the tool");
            }
        }
    }

    @Test
    void aBuildWithoutMavensScriptsSaysWhatToRun() throws Exception {
        TestSite site = TestSite.create(dir, "basic");
        TestSite.copyTree(PROJECT.resolve(AdminFiles.SOURCE), site.root().resolve(AdminFiles.SOURCE));

        List<Finding> findings = site.build().findings();

        assertEquals(
                List.of(AdminFiles.MISSING_RULE, AdminFiles.MISSING_RULE, AdminFiles.MISSING_RULE),
                findings.stream().map(f -> f.rule().toString()).toList());
        assertTrue(
                findings.get(0).message().contains("mvn package"),
                findings.get(0).message());
    }
}
