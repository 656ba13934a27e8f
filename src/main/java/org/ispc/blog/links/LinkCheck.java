package org.ispc.blog.links;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.ispc.blog.checks.BuiltSite;
import org.ispc.blog.checks.Check;
import org.ispc.blog.checks.PageCache;
import org.ispc.blog.checks.Scope;
import org.ispc.blog.checks.SourceLocator;
import org.ispc.blog.content.FileTree;
import org.ispc.blog.content.SitePath;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Position;
import org.ispc.blog.diag.RuleId;
import org.ispc.blog.policy.Address;
import org.ispc.blog.policy.PagePolicy;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * After rendering, follows every href, src and srcset inside the site: each must lead to a file of the
 * site, and each #fragment to an id on that page. What a reader could click, this has clicked.
 */
public final class LinkCheck implements Check {

    private static final RuleId BROKEN = RuleId.of("links/broken");
    private static final RuleId PICTURE = RuleId.of("page/picture");

    /** The start of an address of another website written without https:// (www.nih.gov, nih.gov/health). */
    private static final Pattern ANOTHER_SITE =
            Pattern.compile("(www\\.)?[a-z0-9-]+(\\.[a-z0-9-]+)*\\.(com|org|gov|edu|net|info|us|io)(/|$)");

    private static final String CACHE = "target/cache/links/pages";

    private static final java.util.regex.Pattern OTHER_SCHEME =
            java.util.regex.Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*:");

    @Override
    public String name() {
        return "links";
    }

    /**
     * What this check reads of one page: the ids links can point to, its own links in order, what it breaks of the
     * page policy, and the pictures of assets/images/ it shows as they are, not as phone-sized copies.
     */
    record PageLinks(
            Set<String> ids, List<String> links, List<PagePolicy.Breach> breaches, List<String> plainPictures) {
        /** All of it in one walk over the page's elements: a cold build reads every page. */
        static PageLinks of(Path page, PagePolicy policy) {
            Set<String> ids = new HashSet<>();
            List<String> links = new ArrayList<>();
            List<String> plainPictures = new ArrayList<>();
            String html = read(page);
            PagePolicy.Inspection inspection = policy.inspect();
            for (Element e : Jsoup.parse(html).getAllElements()) {
                idsOf(e, ids);
                links.addAll(LinkCheck.links(e));
                inspection.element(e);
                if (org.ispc.blog.assets.ImageFiles.shownAsItIs(e)) {
                    plainPictures.add(e.attr("src"));
                }
            }
            return new PageLinks(ids, List.copyOf(links), inspection.breaches(html), plainPictures);
        }
    }

    /** The pages the last run read, by site path: a partial build reads again only the pages in its scope. */
    private final Map<SitePath, PageLinks> lastRead = new ConcurrentHashMap<>();

    @Override
    public List<Finding> run(BuiltSite site) {
        return runOn(site, Scope.everything(), List.of());
    }

    /** Every link of every page is followed again; only the pages in scope are read again. */
    @Override
    public List<Finding> runOn(BuiltSite site, Scope scope, List<Finding> previous) {
        Path out = site.output();
        SourceLocator locator = new SourceLocator(site);
        List<Path> htmlPages = FileTree.files(out, ".html");
        Map<SitePath, PageLinks> read = new ConcurrentHashMap<>();
        String host = site.settings().host();
        PagePolicy policy = new PagePolicy(host);
        // what the policy finds depends on the site's own address: pages read for another one are read again
        PageCache<PageLinks> cache =
                PageCache.withSetting(site.root().resolve(CACHE), host, PageLinks.class, site.pageDigests());
        htmlPages.parallelStream().forEach(page -> {
            SitePath pagePath = SitePath.of(out, page);
            PageLinks known = scope.coversPage(pagePath) ? null : lastRead.get(pagePath);
            read.put(pagePath, known != null ? known : cache.of(page, p -> PageLinks.of(p, policy)));
        });
        cache.save(scope.wholeSite());
        lastRead.clear();
        lastRead.putAll(read);
        Map<Path, Set<String>> idsByPage = new HashMap<>();
        // most links (menu, footer, topics) are the same on every page: each file is looked for once
        Map<Path, Optional<Path>> files = new HashMap<>();
        read.forEach((pagePath, links) -> idsByPage.put(pagePath.in(out), links.ids()));
        Map<PageProblem, List<String>> pagesByProblem = new java.util.TreeMap<>();
        Map<String, Optional<String>> pictureProblems = new HashMap<>(); // a picture may show on many pages
        for (Path page : htmlPages) {
            SitePath pagePath = SitePath.of(out, page);
            List<PageProblem> problems = new ArrayList<>(policy(pagePath, read.get(pagePath), locator));
            for (String src : read.get(pagePath).plainPictures()) {
                pictureProblems
                        .computeIfAbsent(src, s -> pictureProblem(out, s))
                        .ifPresent(problem -> problems.add(finding(locator, pagePath, src, PICTURE, problem)));
            }
            for (String link : read.get(pagePath).links()) {
                check(site, out, page, pagePath, link, locator, idsByPage, files)
                        .ifPresent(problems::add);
            }
            problems.forEach(problem -> pagesByProblem
                    .computeIfAbsent(problem, k -> new ArrayList<>())
                    .add(pagePath.url()));
        }
        // a problem in a template shows on every page: report it once, at the template's line
        List<Finding> findings = new ArrayList<>();
        pagesByProblem.forEach((problem, pages) -> {
            String where = pages.size() == 1
                    ? " (on page " + pages.get(0) + ")"
                    : " (on page " + pages.get(0) + " and " + (pages.size() - 1) + " other pages)";
            String text = problem.problem() + where;
            findings.add(
                    problem.rule().equals(PagePolicy.HTTP_LINK)
                            ? Finding.warning(problem.at(), problem.rule(), text)
                            : Finding.error(problem.at(), problem.rule(), text));
        });
        return findings;
    }

    /** One problem (a broken link, a remote resource, a script) at one place in a source, whatever the number of pages it shows on. */
    private record PageProblem(Position at, RuleId rule, String problem) implements Comparable<PageProblem> {
        @Override
        public int compareTo(PageProblem o) {
            int c = at.compareTo(o.at);
            c = c != 0 ? c : rule.compareTo(o.rule);
            return c != 0 ? c : problem.compareTo(o.problem);
        }
    }

    /** What a page breaks of the page policy (see {@link PagePolicy}), each at the line of its source that wrote it. */
    private static List<PageProblem> policy(SitePath pagePath, PageLinks page, SourceLocator locator) {
        List<PageProblem> out = new ArrayList<>();
        for (PagePolicy.Breach breach : page.breaches()) {
            out.add(finding(locator, pagePath, breach.written(), breach.rule(), breach.message()));
        }
        return out;
    }

    /** Why a picture shown as it is would not reach readers; empty when it would, or when it is missing (a broken link). */
    private static Optional<String> pictureProblem(Path out, String src) {
        return org.ispc.blog.assets.ImageFiles.file(out, src.replaceAll("[?#].*$", ""))
                .flatMap(org.ispc.blog.assets.ImageFiles::problem);
    }

    private Optional<PageProblem> check(
            BuiltSite site,
            Path out,
            Path page,
            SitePath pagePath,
            String link,
            SourceLocator locator,
            Map<Path, Set<String>> idsByPage,
            Map<Path, Optional<Path>> files) {
        String local = internalPart(link, site.settings().host());
        if (local == null) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(local.replace(" ", "%20"));
        } catch (URISyntaxException e) {
            return Optional.of(
                    finding(locator, pagePath, link, BROKEN, "the link '" + link + "' is not a valid address"));
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        Path target = path.isEmpty() ? page : resolve(out, page, path, files);
        if (target == null || !target.normalize().startsWith(out)) {
            String problem = path.startsWith("/images/")
                    ? missingPicture(out, path.substring("/images/".length()))
                    : "the link '" + link + "' leads to no page of the site" + pageMeant(site, path);
            return Optional.of(finding(locator, pagePath, link, BROKEN, problem));
        }
        String fragment = uri.getFragment();
        if (fragment != null && !fragment.isEmpty() && target.toString().endsWith(".html")) {
            Set<String> ids = idsByPage.computeIfAbsent(target, t -> ids(parse(t)));
            if (!ids.contains(fragment)) {
                return Optional.of(finding(
                        locator,
                        pagePath,
                        link,
                        BROKEN,
                        "the link '" + link + "' points to '#" + fragment + "', which is not on that page"));
            }
        }
        return Optional.empty();
    }

    /** Generated copies of a picture, such as knee-480.0123456789.webp: never what a writer names. */
    private static final java.util.regex.Pattern PICTURE_COPY =
            java.util.regex.Pattern.compile(".*-\\d+\\.[0-9a-f]{10}\\.[a-z]+");

    /** A picture the page shows but assets/images/ does not hold, and the one the writer probably meant. */
    private static String missingPicture(Path out, String name) {
        String missing = "the picture '" + name + "' is not in assets/images/";
        Path images = out.resolve("images");
        List<String> pictures = FileTree.files(images).stream()
                .map(f -> FileTree.relative(images, f))
                .filter(f -> !PICTURE_COPY.matcher(f).matches())
                .toList();
        // "assets/images/knee.jpg" or "images/knee.jpg": the folder written out as well as the name
        Optional<String> meant = pictures.stream()
                .filter(p -> name.endsWith("/" + p))
                .findFirst()
                .or(() -> org.ispc.blog.diag.Suggestion.closest(name, pictures));
        return meant.map(m -> missing + "; did you mean image::" + m + "[...]? A picture in assets/images/ is"
                        + " written by its name alone, letters, case and extension as the file has them")
                .orElse(missing + "; add the file there or correct its name (letters, case and extension must"
                        + " match)");
    }

    /** ", did you mean ...?" for an address close to that of a page of the site, else nothing. */
    private static String pageMeant(BuiltSite site, String path) {
        if (ANOTHER_SITE.matcher(path).lookingAt()) {
            return "; to link to another website, begin the address with https:// (link:https://" + path
                    + "[...]), or the browser looks for it on this site";
        }
        String written = path.replaceAll("(/index)?\\.html?$", "").replaceAll("/+$", "");
        List<String> pages = site.catalog().visible(site.settings().preview()).stream()
                .map(m -> m.url().replaceAll("/+$", ""))
                .filter(u -> !u.isEmpty())
                .toList();
        return org.ispc.blog.diag.Suggestion.closest(written, pages)
                .map(u -> "; did you mean '" + u + "/'? Between articles, write xref:file-name.adoc[text], and the"
                        + " build writes the address")
                .orElse("");
    }

    private static PageProblem finding(
            SourceLocator locator, SitePath pagePath, String link, RuleId rule, String message) {
        // the link as the page has it, else as a writer wrote it: the file it names, or the section id of <<id>>
        List<String> written = new ArrayList<>(List.of(link));
        String name = lastSegment(link);
        if (!name.isEmpty()) {
            written.add(name + ".adoc");
            written.add(name);
        }
        if (link.contains("%")) { // the page has knee%20stretch.jpg where the writer typed knee stretch.jpg
            String typed = org.ispc.blog.assets.ImageFiles.pathOf(link).orElse(link);
            written.add(typed);
            written.add(lastSegment(typed));
        }
        int hash = link.indexOf('#');
        if (hash >= 0 && hash < link.length() - 1) {
            String id = link.substring(hash + 1);
            written.addAll(List.of("<<" + id + ">>", "<<" + id + ",", "xref:" + id + "["));
        }
        return finding(locator, pagePath, written, rule, message);
    }

    /** A problem at the first of {@code written} found in the page's source, else in a template, else at the page. */
    private static PageProblem finding(
            SourceLocator locator, SitePath pagePath, List<String> written, RuleId rule, String message) {
        Position at = written.stream()
                .map(snippet -> locator.locate(pagePath, snippet))
                .flatMap(Optional::stream)
                .findFirst()
                .orElse(locator.page(pagePath));
        return new PageProblem(at, rule, message);
    }

    /** The part of a link that refers to this site, or null for tel:, mailto:, data: and other hosts. */
    private static String internalPart(String link, String host) {
        String l = link.strip();
        if (l.isEmpty() || l.startsWith("tel:") || l.startsWith("mailto:") || l.startsWith("data:")) {
            return null;
        }
        if (l.startsWith(host + "/") || l.equals(host)) {
            return l.substring(host.length()).isEmpty() ? "/" : l.substring(host.length());
        }
        if (OTHER_SCHEME.matcher(l).lookingAt() || l.startsWith("//")) {
            return null; // another host: not this check's business (the output must not have any, see tests)
        }
        return l;
    }

    /** The file a link's path leads to (a folder's index.html), or null if none. */
    private static Path resolve(Path out, Path page, String path, Map<Path, Optional<Path>> files) {
        Path p = (path.startsWith("/")
                        ? out.resolve(path.substring(1))
                        : page.getParent().resolve(path))
                .normalize();
        return files.computeIfAbsent(p, candidate -> {
                    Path file = Files.isDirectory(candidate) ? candidate.resolve("index.html") : candidate;
                    return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
                })
                .orElse(null);
    }

    private static List<String> links(Element e) {
        List<String> links = new ArrayList<>();
        if (e.hasAttr("href") && !e.tagName().equals("base")) {
            String rel = e.attr("rel");
            if (!(e.tagName().equals("link")
                    && (rel.equals("canonical")
                            || rel.equals("alternate") && e.attr("href").startsWith("http")))) {
                links.add(e.attr("href"));
            }
        }
        if (e.hasAttr("src")) {
            links.add(e.attr("src"));
        }
        if (e.hasAttr("srcset")) {
            links.addAll(Address.srcset(e.attr("srcset")));
        }
        return links;
    }

    private static String lastSegment(String link) {
        String l = link.replaceAll("[#?].*$", "");
        while (l.endsWith("/")) {
            l = l.substring(0, l.length() - 1);
        }
        return l.substring(l.lastIndexOf('/') + 1);
    }

    private static Set<String> ids(Document doc) {
        Set<String> ids = new HashSet<>();
        doc.getAllElements().forEach(e -> idsOf(e, ids));
        return ids;
    }

    /** What a link's #fragment can name on the element: its id, or an old-style anchor's name. */
    private static void idsOf(Element e, Set<String> ids) {
        if (e.hasAttr("id")) {
            ids.add(e.id());
        }
        if (e.normalName().equals("a") && e.hasAttr("name")) {
            ids.add(e.attr("name"));
        }
    }

    private static Document parse(Path page) {
        return Jsoup.parse(read(page));
    }

    private static String read(Path page) {
        try {
            return Files.readString(page, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
