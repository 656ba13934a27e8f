package org.ispc.blog.cms;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ispc.blog.content.FileTree;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Position;
import org.ispc.blog.lint.BrowserLintRules;

/**
 * The writing tool at {@code /admin/} (Decap CMS): the project's own files in {@code admin/}, the scripts Maven
 * fetched from the npm registry (the CMS, Asciidoctor.js for its preview, the yaml library for data/clinic.yml),
 * {@code site.json} with what the preview pane shows as the site does (the stylesheet's fingerprinted name, the
 * clinic's facts attributes), and {@code lint-rules.json}, the lint's rules and messages for the lint the preview
 * pane runs.
 *
 * <p>Written into the site after the checks have run: the tool is not a page for readers, so the link check, the
 * HTML validator, the sitemap and the search index never see it. It gets its own rule in {@code _headers}.
 */
public final class AdminFiles {

    /** The tool's own files, in the project. */
    public static final String SOURCE = "admin";
    /** Where Maven puts the fetched scripts (see pom.xml, download-maven-plugin). */
    public static final String VENDOR = "target/admin-vendor";
    /** The rule id of a build that cannot put the tool together. */
    public static final String MISSING_RULE = "cms/missing-script";

    /**
     * The tool's page policy: the CMS checks config.yml with validators it compiles at run time (ajv: without
     * 'unsafe-eval' it stops with "Error loading the CMS configuration"), styles itself with style elements it
     * writes at run time, shows pictures being uploaded as blob: addresses, and, signed in on a host, talks to
     * GitHub's API; a picture chosen for an article is read back from its blob: address when saved. Scripts
     * still come from the site only: no inline script, nothing from another site. WritingToolTest opens the tool
     * without each of the two allowances and sees it break: no form without 'unsafe-eval' (script-src refuses eval),
     * an unstyled form without 'unsafe-inline' (style-src-elem refuses Emotion's style elements).
     */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: https://avatars.githubusercontent.com; "
            + "font-src 'self'; connect-src 'self' blob: https://api.github.com; frame-src 'self' blob:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /**
     * Fetched scripts: where Maven leaves each under {@link #VENDOR}, and its name in the site; a folder (the yaml
     * library, modules that import each other) is copied whole.
     */
    private static final Map<String, String> SCRIPTS =
            Map.of("decap-cms.js", "decap-cms.js", "asciidoctor/index.js", "asciidoctor.js", "yaml/index.js", "yaml/");

    private static final String SITE_CSS = "/css/site.css";

    private AdminFiles() {}

    /**
     * Puts the tool into {@code site}/admin/ when the project has an {@code admin/} folder.
     *
     * @param attributes the clinic's facts as the articles' attributes ({clinic-phone} and the others)
     * @param fingerprints the site's CSS and JS, old address to fingerprinted one
     * @param reviewMaxAgeMonths after how many months a medical review is due again, for the tool's lint
     * @param timezone the site's time zone (site.timezone), whose day the tool's lint judges dates by
     * @return an error when a fetched script is missing (a build run without Maven's earlier steps)
     */
    public static List<Finding> write(
            Path site,
            Path projectRoot,
            Map<String, String> attributes,
            Map<String, String> fingerprints,
            int reviewMaxAgeMonths,
            String timezone) {
        Path source = projectRoot.resolve(SOURCE);
        if (!Files.isDirectory(source)) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        Path admin = site.resolve(SOURCE);
        try {
            copyTree(source, admin);
            for (Map.Entry<String, String> script : new TreeMap<>(SCRIPTS).entrySet()) {
                Path fetched = projectRoot.resolve(VENDOR).resolve(script.getKey());
                if (!Files.isRegularFile(fetched)) {
                    findings.add(Finding.error(
                            Position.file(SOURCE),
                            MISSING_RULE,
                            "the writing tool at /admin/ needs " + VENDOR + "/" + script.getKey()
                                    + ", which Maven fetches: build with mvn package (or mvn -Ppreview), not by"
                                    + " running the build's Java class alone"));
                    continue;
                }
                if (script.getValue().endsWith("/")) {
                    copyTree(fetched.getParent(), admin.resolve(script.getValue()));
                } else {
                    Files.copy(fetched, admin.resolve(script.getValue()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Files.writeString(admin.resolve("site.json"), siteJson(attributes, fingerprints), StandardCharsets.UTF_8);
            Path headers = site.resolve("_headers");
            Files.writeString(
                    admin.resolve(BrowserLintRules.FILE),
                    BrowserLintRules.json(reviewMaxAgeMonths, timezone),
                    StandardCharsets.UTF_8);
            Files.writeString(
                    headers,
                    withToolRule(Files.isRegularFile(headers) ? Files.readString(headers) : ""),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return findings;
    }

    /**
     * The tool's rule in {@code _headers}: its own policy instead of the site's, kept out of search engines, and never
     * cached, so that a new CMS shows at once. The hosts that read the file join the rules of one path differently:
     * Netlify keeps a header of the last rule that gives it, Cloudflare Pages joins the values of every rule with a
     * comma, which for a Content-Security-Policy means both policies, each enforced, and a tool the site's policy
     * stops. So the rule first detaches the site's policy ({@code ! Content-Security-Policy}, Cloudflare's syntax; a
     * line without a colon, which Netlify's reader leaves out), then gives its own, which Cloudflare then sets alone.
     */
    static String headers() {
        return "/" + SOURCE + "/*\n"
                + "  ! Content-Security-Policy\n"
                + "  Content-Security-Policy: " + CONTENT_SECURITY_POLICY + "\n"
                + "  X-Robots-Tag: noindex, nofollow\n"
                + "  Cache-Control: no-cache\n";
    }

    /**
     * {@code headers} with the tool's rule right after the site-wide one ({@code /*}): the rules follow in file order on
     * both hosts, and Cloudflare Pages reads only the first 100 rules, which a site with one rule per page passes
     * soon; the tool's rule must not be among those it skips.
     */
    static String withToolRule(String headers) {
        List<String> lines = new ArrayList<>(headers.lines().toList());
        int at = lines.indexOf("/*");
        if (at < 0) {
            at = lines.size();
        } else {
            at++;
            while (at < lines.size() && lines.get(at).startsWith(" ")) {
                at++;
            }
        }
        lines.addAll(at, headers().lines().toList());
        return String.join("\n", lines) + "\n";
    }

    private static void copyTree(Path from, Path to) throws IOException {
        for (Path file : FileTree.files(from)) {
            Path target = to.resolve(from.relativize(file).toString());
            Files.createDirectories(target.getParent());
            Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String siteJson(Map<String, String> attributes, Map<String, String> fingerprints)
            throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("css", fingerprints.getOrDefault(SITE_CSS, SITE_CSS));
        json.put("attributes", new TreeMap<>(attributes));
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json) + "\n";
    }
}
