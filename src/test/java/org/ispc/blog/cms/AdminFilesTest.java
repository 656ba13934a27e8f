package org.ispc.blog.cms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.publish.HostingFiles;
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
        assertEquals(org.ispc.blog.lint.BrowserLintRules.json(12, "America/New_York"), rules);
        assertTrue(rules.contains("\"lint/image-alt\""), rules);
        String headers = Files.readString(site.www().resolve("_headers"));
        assertTrue(headers.startsWith("/*\n"), headers);
        assertTrue(headers.contains(AdminFiles.headers()), headers);
        assertEquals(
                headers.length(),
                headers.replace(HostingFiles.CONTENT_SECURITY_POLICY, "").length()
                        + HostingFiles.CONTENT_SECURITY_POLICY.length(),
                "the site's policy is given once, to /*");
        HostHeaders hosts = HostHeaders.read(headers);
        for (String tool : List.of("/admin/", "/admin/index.html", "/admin/config.yml", "/admin/yaml/index.js")) {
            assertEquals(AdminFiles.CONTENT_SECURITY_POLICY, hosts.netlify(tool).get("content-security-policy"), tool);
            assertEquals(
                    List.of(AdminFiles.CONTENT_SECURITY_POLICY),
                    hosts.cloudflare(tool).get("content-security-policy"),
                    tool + " on Cloudflare Pages: the tool's policy alone");
            assertEquals("no-cache", hosts.netlify(tool).get("cache-control"), tool);
            assertEquals(List.of("noindex, nofollow"), hosts.cloudflare(tool).get("x-robots-tag"), tool);
            assertEquals("nosniff", hosts.netlify(tool).get("x-content-type-options"), tool);
        }
        for (String page : List.of("/", "/blog/posture-at-work/", "/feed.xml")) {
            assertEquals(
                    HostingFiles.CONTENT_SECURITY_POLICY, hosts.netlify(page).get("content-security-policy"), page);
            assertEquals(
                    List.of(HostingFiles.CONTENT_SECURITY_POLICY),
                    hosts.cloudflare(page).get("content-security-policy"),
                    page);
            assertFalse(hosts.netlify(page).containsKey("x-robots-tag"), page);
        }
        assertTrue(headers.contains("X-Robots-Tag: noindex"));
        assertTrue(Files.readString(admin.resolve("index.html")).contains("<meta name=\"robots\" content=\"noindex"));
        assertFalse(Files.readString(site.www().resolve("sitemap.xml")).contains("/admin"));
        // the deploy preview's link (Decap: the host's address, then the collection's preview_path) names a page
        String config = Files.readString(admin.resolve("config.yml"));
        assertTrue(config.contains("preview_path: \"blog/{{slug}}/\""), config);
        assertTrue(Files.isRegularFile(site.www().resolve("blog/posture-at-work/index.html")));
        assertTrue(config.contains("preview_path: locations/"), config);
        assertTrue(Files.isRegularFile(site.www().resolve("locations/index.html")));
        try (var files = Files.walk(site.www())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json") && !p.startsWith(admin))
                    .toList()) {
                assertFalse(Files.readString(f).contains("/admin"), f + " (the search index) names the tool");
            }
        }
    }

    /**
     * Without the detach line Cloudflare Pages would send both policies for the tool (joined by a comma, so the
     * browser enforces each, and the site's refuses what the CMS needs), as it did before; Netlify reads the same file
     * as if the line were not there.
     */
    @Test
    void withoutTheDetachLineCloudflareWouldSendBothPolicies() {
        String site = "/*\n  Content-Security-Policy: " + HostingFiles.CONTENT_SECURITY_POLICY + "\n";
        String joined = site + AdminFiles.headers().replace("  ! Content-Security-Policy\n", "");

        assertEquals(
                List.of(HostingFiles.CONTENT_SECURITY_POLICY, AdminFiles.CONTENT_SECURITY_POLICY),
                HostHeaders.read(joined).cloudflare("/admin/").get("content-security-policy"));
        assertEquals(
                HostHeaders.read(joined).netlify("/admin/"),
                HostHeaders.read(AdminFiles.withToolRule(site)).netlify("/admin/"));
    }

    /** A site with many pages (one rule each): the tool's rule is among the 100 rules Cloudflare Pages reads. */
    @Test
    void theToolsRuleComesRightAfterTheSiteWideOneSoCloudflareReadsIt() {
        StringBuilder site = new StringBuilder("/*\n  Content-Security-Policy: ")
                .append(HostingFiles.CONTENT_SECURITY_POLICY)
                .append("\n  X-Content-Type-Options: nosniff\n");
        for (int i = 0; i < 150; i++) {
            site.append("/blog/article-").append(i).append("/\n  Cache-Control: public, max-age=0, must-revalidate\n");
        }

        String headers = AdminFiles.withToolRule(site.toString());

        HostHeaders hosts = HostHeaders.read(headers);
        assertEquals(152, hosts.ruleCount());
        assertEquals(
                List.of(AdminFiles.CONTENT_SECURITY_POLICY),
                hosts.cloudflare("/admin/").get("content-security-policy"));
        assertEquals(
                site.toString().replace("/blog/article-0/\n", AdminFiles.headers() + "/blog/article-0/\n"), headers);
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
