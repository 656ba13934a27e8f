package org.ispc.blog.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.ispc.blog.assets.Fingerprinter;
import org.ispc.blog.content.Catalog;
import org.ispc.blog.content.SitePath;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Position;
import org.ispc.blog.jbake.SiteSettings;
import org.jsoup.nodes.Entities;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The files a CDN reads beside the pages: {@code _headers} (caching and security headers, in the syntax
 * Netlify and Cloudflare Pages share) and {@code _redirects} (301s from the old site's addresses), plus a
 * small HTML page at each old address for hosts that read neither.
 */
public final class HostingFiles {

    public static final String REDIRECTS_FILE = "data/redirects.yml";

    /** The policy of every page: nothing runs or loads from anywhere but the site itself. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /**
     * What an address in _redirects cannot hold: a space ends it, a line break starts another rule, and a control or
     * invisible character is no part of an address anyone types.
     */
    private static final java.util.regex.Pattern ODD_CHARACTER =
            java.util.regex.Pattern.compile("[\\s\\p{Cntrl}\\p{Cf}\\p{Z}]");

    /** The longest file or folder name most file systems store, in bytes: each part of an old address is one. */
    private static final int MAX_NAME_BYTES = 255;

    /** One old address and where it now leads. */
    public record Redirect(String from, String to, Position at) {}

    private HostingFiles() {}

    /**
     * Writes as {@link #write(Path, SiteSettings, Catalog)} does, for a site with no unpublished articles: every
     * redirect must lead to a page of the site.
     */
    public static List<Finding> write(Path site, SiteSettings settings) {
        return write(site, settings, new Catalog());
    }

    /**
     * Writes _headers, _redirects and the fallback pages; returns findings about data/redirects.yml.
     *
     * @param catalog the bake's documents, which tell an old address that leads to an unpublished article
     */
    public static List<Finding> write(Path site, SiteSettings settings, Catalog catalog) {
        List<Finding> findings = new ArrayList<>();
        List<Redirect> redirects = readRedirects(settings.projectRoot(), findings);
        try {
            Files.writeString(site.resolve("_headers"), headers(site), StandardCharsets.UTF_8);
            StringBuilder lines =
                    new StringBuilder("# old address -> new page (generated from " + REDIRECTS_FILE + ")\n");
            for (Redirect r : redirects) {
                Path target = pageFile(site, r.to());
                if (target == null) {
                    Optional<Finding> unpublished = UnpublishedTarget.of(r, catalog);
                    if (unpublished.isPresent()) {
                        findings.add(unpublished.get());
                        continue;
                    }
                    findings.add(
                            Finding.error(
                                    r.at(),
                                    "redirects/missing-target",
                                    "'" + r.to()
                                            + "' is not a page of the site; write the address of an existing page, such as /blog/<file name>/"));
                    continue;
                }
                Path fallback = site.resolve(r.from().substring(1))
                        .resolve("index.html")
                        .normalize();
                if (!fallback.startsWith(site) || inUse(site, fallback)) {
                    findings.add(Finding.error(
                            r.at(),
                            "redirects/clash",
                            "'" + r.from()
                                    + "' is the address of a current page or file; an old address must not be in use"));
                    continue;
                }
                lines.append(r.from()).append(' ').append(r.to()).append(" 301\n");
                lines.append(r.from()).append("/ ").append(r.to()).append(" 301\n");
                Files.createDirectories(fallback.getParent());
                Files.writeString(fallback, fallbackPage(settings, r), StandardCharsets.UTF_8);
            }
            Files.writeString(site.resolve("_redirects"), lines.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return findings;
    }

    /**
     * Fingerprinted files are cached for a year; everything else is revalidated. Paths are listed so that no
     * two rules match one file: both hosts would join the two Cache-Control values into one. Cloudflare Pages reads
     * only the first 100 rules, so the year-long ones come first, the style sheet and scripts (on every page) before
     * the pictures; the rules a big site loses at the end only say what both hosts send anyway (max-age=0,
     * must-revalidate).
     */
    static String headers(Path site) throws IOException {
        StringBuilder h = new StringBuilder();
        h.append("/*\n")
                .append("  Content-Security-Policy: ")
                .append(CONTENT_SECURITY_POLICY)
                .append('\n')
                .append("  X-Content-Type-Options: nosniff\n")
                .append("  Referrer-Policy: strict-origin-when-cross-origin\n")
                .append("  X-Frame-Options: DENY\n")
                .append("  Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()\n")
                .append("  Strict-Transport-Security: max-age=31536000\n");
        List<String> kept = new ArrayList<>();
        List<String> revalidated = new ArrayList<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                SitePath file = SitePath.of(site, f);
                String path = "/" + file;
                if (!path.startsWith("/_")) {
                    (Fingerprinter.isFingerprinted(path) ? kept : revalidated).add(file.url());
                }
            }
        }
        kept.sort(Comparator.comparing((String url) -> !url.endsWith(".css") && !url.endsWith(".js")));
        kept.forEach(url -> h.append(url).append("\n  Cache-Control: public, max-age=31536000, immutable\n"));
        revalidated.forEach(url -> h.append(url).append("\n  Cache-Control: public, max-age=0, must-revalidate\n"));
        return h.toString();
    }

    /**
     * A plain page at the old address that links to the new one. It does not move the reader by itself: an
     * instant meta refresh yanks the page away from screen readers and accessibility checkers, and hosts
     * that read _redirects never show it anyway.
     */
    private static String fallbackPage(SiteSettings settings, Redirect r) {
        String to = Entities.escape(r.to());
        String absolute = Entities.escape(settings.absolute(r.to()));
        return "<!DOCTYPE html>\n<html lang=\"" + Entities.escape(settings.language())
                + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>This page has moved</title>\n<meta name=\"robots\" content=\"noindex\">\n"
                + "<link rel=\"canonical\" href=\"" + absolute + "\">\n</head>\n<body>\n<main>\n"
                + "<h1>This page has moved</h1>\n<p>The article now lives at <a href=\"" + to + "\">" + absolute
                + "</a>.</p>\n"
                + "</main>\n</body>\n</html>\n";
    }

    /**
     * What keeps an address from being an old address's rule in _redirects (one rule per line, its parts separated by
     * spaces) and a fallback page's folder; empty when nothing does.
     */
    private static java.util.Optional<String> addressProblem(String address) {
        if (address.startsWith("//")) {
            return java.util.Optional.of("an address starting with // leads to another site; write the address"
                    + " within this site, such as /blog/old-name");
        }
        java.util.regex.Matcher odd = ODD_CHARACTER.matcher(address);
        if (odd.find()) {
            return java.util.Optional.of("the address holds a space, a line break or an invisible character after '"
                    + address.substring(0, odd.start()) + "'; write it as the browser's address bar shows it after"
                    + " the site's name, such as /blog/old-name (a space as %20)");
        }
        for (String part : address.split("/")) {
            if (part.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
                return java.util.Optional.of("a part of '" + address.substring(0, 40) + "...' between two '/' is"
                        + " longer than " + MAX_NAME_BYTES + " bytes, more than a file name can hold; shorten it");
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * Whether the fallback page's place is taken: by a page, or by a file where its folder would go (an old
     * address such as /blog/x/index.html or /robots.txt names a file of the site).
     */
    private static boolean inUse(Path site, Path fallback) {
        for (Path p = fallback; p != null && p.startsWith(site) && !p.equals(site); p = p.getParent()) {
            if (p.equals(fallback) ? Files.exists(p) : Files.isRegularFile(p)) {
                return true;
            }
        }
        return false;
    }

    private static Path pageFile(Path site, String url) {
        if (!url.startsWith("/")) {
            return null;
        }
        Path p = site.resolve(url.substring(1)).normalize();
        if (Files.isDirectory(p)) {
            p = p.resolve("index.html");
        }
        return p.startsWith(site) && Files.isRegularFile(p) ? p : null;
    }

    /**
     * The old addresses of data/redirects.yml (without their last slash), each with the page it leads to; those the
     * file cannot give are left out (the build reports them at their line).
     */
    public static Map<String, String> oldAddresses(Path root) {
        Map<String, String> out = new java.util.TreeMap<>();
        readRedirects(root, new ArrayList<>()).forEach(r -> out.put(r.from(), r.to()));
        return out;
    }

    /** Reads data/redirects.yml: a list of {from, to}; a missing file means no redirects. */
    public static List<Redirect> readRedirects(Path root, List<Finding> findings) {
        String text;
        try {
            org.ispc.blog.content.SourceText.Read read = org.ispc.blog.content.SourceText.read(
                    root.resolve(REDIRECTS_FILE), REDIRECTS_FILE, "redirects/yaml");
            read.notUtf8().ifPresent(findings::add);
            text = read.text();
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Node top;
        try {
            top = org.ispc.blog.content.YamlText.compose(text, REDIRECTS_FILE);
        } catch (org.ispc.blog.content.YamlText.Refused e) {
            findings.add(Finding.error(e.at(), "redirects/yaml", e.getMessage()));
            return List.of();
        }
        List<Redirect> out = new ArrayList<>();
        if (top == null) {
            return out;
        }
        if (!(top instanceof SequenceNode list)) {
            findings.add(Finding.error(
                    at(top.getStartMark()),
                    "redirects/yaml",
                    "write a list of entries, each '- from: /old-address' with 'to: /new-address/' below it"));
            return out;
        }
        for (Node item : list.getValue()) {
            Map<String, String> fields = new java.util.HashMap<>();
            if (item instanceof MappingNode map) {
                for (NodeTuple t : map.getValue()) {
                    if (t.getKeyNode() instanceof ScalarNode k && t.getValueNode() instanceof ScalarNode v) {
                        fields.put(k.getValue(), v.getValue().trim());
                    }
                }
            }
            String from = fields.get("from");
            String to = fields.get("to");
            if (from == null || to == null || !from.startsWith("/") || !to.startsWith("/")) {
                findings.add(Finding.error(
                        at(item.getStartMark()),
                        "redirects/entry",
                        "each entry needs 'from:' and 'to:', both addresses starting with /"));
                continue;
            }
            java.util.Optional<String> problem = addressProblem(from).or(() -> addressProblem(to));
            if (problem.isPresent()) {
                findings.add(Finding.error(at(item.getStartMark()), "redirects/entry", problem.get()));
                continue;
            }
            while (from.length() > 1 && from.endsWith("/")) {
                from = from.substring(0, from.length() - 1);
            }
            out.add(new Redirect(from, to, at(item.getStartMark())));
        }
        return out;
    }

    private static Position at(org.yaml.snakeyaml.error.Mark mark) {
        return mark == null
                ? Position.file(REDIRECTS_FILE)
                : Position.at(REDIRECTS_FILE, mark.getLine() + 1, mark.getColumn() + 1);
    }
}
