package org.ispc.blog.links;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.ispc.blog.checks.BuiltSite;
import org.ispc.blog.checks.Check;
import org.ispc.blog.content.Manuscript;
import org.ispc.blog.content.Markup;
import org.ispc.blog.content.SourceText;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Position;

/**
 * Checks every link a writer made to another document by file name ({@code xref:other.adoc[text]},
 * {@code xref:other.adoc#section[text]} or {@code <<other.adoc#section,text>>}) against what this build
 * publishes: the file must exist, be published, and have the section.
 */
public final class XrefCheck implements Check {

    /** xref:target[ or <<target, or <<target>>, where the target names an .adoc file. */
    private static final Pattern XREF = Pattern.compile(
            "xref:([^\\[\\s]+?\\.adoc)(?:#([^\\[\\s]*))?\\[|<<([^,>\\s]+?\\.adoc)(?:#([^,>\\s]*))?(?:,|>>)");
    /** A Markdown link to another article by file name: [text](other.md) or (other.adoc#section). */
    private static final Pattern MARKDOWN_LINK =
            Pattern.compile("\\]\\(\\s*([^)\\s:?#]+?\\.(?:md|adoc))(?:#([^)\\s]*))?\\s*\\)");
    /** An HTML article's link to another article by file name: href="other.md". */
    private static final Pattern HTML_LINK =
            Pattern.compile("href\\s*=\\s*\"([^\":?#]+?\\.(?:md|adoc))(?:#([^\"]*))?\"");

    @Override
    public String name() {
        return "article links";
    }

    @Override
    public List<Finding> run(BuiltSite site) {
        boolean preview = site.settings().preview();
        Map<String, Manuscript> byPath =
                site.catalog().all().stream().collect(Collectors.toMap(Manuscript::path, Function.identity()));
        List<Finding> findings = new ArrayList<>();
        for (Manuscript from : site.catalog().visible(preview)) {
            Matcher m = linksOf(from.markup()).matcher(from.source());
            while (m.find()) {
                String file = m.group(1) != null ? m.group(1) : m.group(3);
                String anchor = m.group(1) != null ? m.group(2) : m.group(4);
                int start = m.start();
                // where the link stands is worked out only for a finding: most links are fine
                java.util.function.Supplier<Position> at =
                        () -> SourceText.positionOf(from.path(), from.source(), start);
                String targetPath = resolve(from.path(), file);
                Manuscript target = byPath.get(targetPath);
                if (target == null) {
                    findings.add(Finding.error(
                            at.get(),
                            "links/missing-article",
                            "'" + file + "' is not an article or page" + suggestion(from.path(), file, byPath)
                                    + "; write the file name of an existing document in the same folder"));
                } else if (!preview && !target.isPublished()) {
                    findings.add(Finding.error(
                            at.get(),
                            "links/unpublished-article",
                            "'" + file + "' is "
                                    + (target.publication().label().toLowerCase(java.util.Locale.ROOT))
                                    + whenPublished(target)
                                    + ", so readers would find a broken link; remove the link or publish"
                                    + " that article first"));
                } else if (anchor != null && !anchor.isEmpty() && !target.ids().contains(anchor)) {
                    findings.add(Finding.error(
                            at.get(),
                            "links/missing-anchor",
                            "'" + file + "' has no section with the id '"
                                    + anchor + "'; put [[" + anchor + "]] above the heading you mean, or use one of: "
                                    + String.join(
                                            ", ",
                                            target.ids().stream()
                                                    .filter(XrefCheck::writerMade)
                                                    .sorted()
                                                    .limit(8)
                                                    .toList())));
                }
            }
        }
        return findings;
    }

    /** How a document of this markup links to another by file name. */
    private static Pattern linksOf(Markup markup) {
        return switch (markup) {
            case ASCIIDOC -> XREF;
            case MARKDOWN -> MARKDOWN_LINK;
            case HTML -> HTML_LINK;
        };
    }

    /** Ids a writer gave or a heading produced, not the ones Asciidoctor adds around every document. */
    private static boolean writerMade(String id) {
        return !id.startsWith("_")
                && !java.util.Set.of("preamble", "toc", "content", "footnotes").contains(id);
    }

    private static String whenPublished(Manuscript target) {
        return target.date().map(d -> " (dated " + d + ")").orElse("");
    }

    private static String resolve(String fromPath, String file) {
        Path dir = Path.of(fromPath).getParent();
        return (dir == null ? Path.of(file) : dir.resolve(file))
                .normalize()
                .toString()
                .replace('\\', '/');
    }

    /** A shortened name ("sciatica-what-it-is.adoc") that only one link begins with. */
    private static java.util.Optional<String> onlyOneStartingWith(String start, List<String> links) {
        List<String> matching = links.stream().filter(l -> l.startsWith(start)).toList();
        return matching.size() == 1 ? java.util.Optional.of(matching.get(0)) : java.util.Optional.empty();
    }

    /**
     * The document the writer most likely meant, written as the link must be written from {@code fromPath}: a
     * document of that name in another folder ("about.adoc" from content/blog/ is "../about.adoc"), else the
     * closest name.
     */
    private static String suggestion(String fromPath, String file, Map<String, Manuscript> byPath) {
        Path dir = Path.of(fromPath).getParent();
        Map<String, String> linkByName = new java.util.TreeMap<>();
        List<String> links = new ArrayList<>();
        for (String path : byPath.keySet()) {
            String link = (dir == null ? Path.of(path) : dir.relativize(Path.of(path)))
                    .toString()
                    .replace('\\', '/');
            links.add(link);
            linkByName.putIfAbsent(Path.of(path).getFileName().toString(), link);
        }
        String base = file.contains("/") ? file.substring(file.lastIndexOf('/') + 1) : file;
        return java.util.Optional.ofNullable(linkByName.get(base))
                .filter(link -> !link.equals(file))
                .or(() -> org.ispc.blog.diag.Suggestion.closest(file, links))
                .or(() -> onlyOneStartingWith(file.replaceFirst("\\.adoc$", ""), links))
                .map(n -> " (did you mean '" + n + "'?)")
                .orElse("");
    }
}
