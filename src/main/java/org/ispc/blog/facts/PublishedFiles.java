package org.ispc.blog.facts;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ispc.blog.checks.BuiltSite;
import org.ispc.blog.checks.CleanVerdicts;
import org.ispc.blog.content.FileTree;
import org.ispc.blog.content.Manuscript;
import org.ispc.blog.content.SitePath;
import org.ispc.blog.content.SourceText;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Position;
import org.ispc.blog.jbake.SiteSettings;
import org.ispc.blog.reading.FileKind;
import org.ispc.blog.reading.PublishedFileReader;
import org.ispc.blog.reading.Reading;
import org.ispc.blog.reading.ReadingCache;
import org.ispc.blog.reading.TextPiece;

/**
 * Every file of the built site besides its pages, read with the reader made for its kind and judged as a page is:
 * a PDF's pages, an SVG's labels, the feed and the search index (named back to their articles), text files. A file
 * the build cannot read is a warning, a damaged one an error; pictures are listed and left (no OCR).
 */
final class PublishedFiles {

    /** One file of the site as the report lists it: where it is published, its kind, whether its text was read. */
    @JsonPropertyOrder({"path", "kind", "read"})
    record Listed(String path, String kind, boolean read) {}

    record Result(List<Finding> findings, List<Listed> files) {}

    private final BuiltSite site;
    private final FactsCheck check;
    private final CleanVerdicts clean;
    private final ReadingCache cache;
    private final Map<String, Manuscript> articles;

    PublishedFiles(BuiltSite site, FactsCheck check, CleanVerdicts clean) {
        this.site = site;
        this.check = check;
        this.clean = clean;
        this.cache = new ReadingCache(site.root().resolve("target/cache/files"));
        this.articles = site.catalog().visible(site.settings().preview()).stream()
                .collect(Collectors.toMap(Manuscript::url, Function.identity(), (a, b) -> a));
    }

    Result check() {
        List<Path> files = FileTree.files(site.output());
        List<Listed> listed = new ArrayList<>();
        for (Path file : files) {
            SitePath path = SitePath.of(site.output(), file);
            FileKind kind = FileKind.of(path.path());
            listed.add(new Listed(site.publishedPath(path), kind.name(), kind.isRead()));
        }
        // files are independent, and a PDF takes long to read: on every core
        List<Finding> findings = files.parallelStream()
                .flatMap(file -> judge(file, SitePath.of(site.output(), file)).stream())
                .toList();
        cache.save(true);
        return new Result(findings, listed);
    }

    private List<Finding> judge(Path file, SitePath path) {
        FileKind kind = FileKind.of(path.path());
        if (kind.unreadable()) {
            return List.of(UnreadFile.ofKind(Position.file(source(path)), kind.name()));
        }
        if (kind.reader().isEmpty()) {
            return List.of();
        }
        PublishedFileReader reader = kind.reader().get();
        String digest = cache.digest(file, path.path());
        CleanVerdicts.Verdict verdict = clean.verdict(reader.kind(), path.path(), digest);
        if (verdict.isClean()) {
            cache.keep(digest, reader);
            return List.of();
        }
        List<CleanVerdicts.Verdict> entries = new ArrayList<>();
        List<Finding> found = findings(path, reader.kind(), cache.reading(file, digest, reader), entries);
        if (found.isEmpty()) {
            verdict.rememberClean(entries);
        }
        return found;
    }

    /**
     * What the file's text holds. The feed's and the search index's entries, each made from one article, are
     * judged one by one, each remembered when clean: the whole file changes with any article, and then only the
     * entries that changed are judged again.
     *
     * @param entries gets the verdict of each entry judged
     */
    private List<Finding> findings(SitePath path, String kind, Reading reading, List<CleanVerdicts.Verdict> entries) {
        Position whole = Position.file(source(path));
        if (reading.damaged()) {
            return List.of(DamagedFile.because(whole, reading.cannotRead()));
        }
        List<Finding> out = new ArrayList<>();
        if (!reading.cannotRead().isEmpty()) {
            out.add(UnreadFile.because(whole, reading.cannotRead()));
        }
        List<TextPiece> pieces = reading.pieces();
        for (int from = 0, to; from < pieces.size(); from = to) {
            String article = pieces.get(from).article();
            to = from + 1;
            while (to < pieces.size() && pieces.get(to).article().equals(article)) {
                to++;
            }
            List<TextPiece> run = pieces.subList(from, to);
            if (article.isEmpty()) {
                out.addAll(findings(path, run));
                continue;
            }
            CleanVerdicts.Verdict entry = clean.verdict(kind + " entry", path.path(), entryText(article, run));
            entries.add(entry);
            if (!entry.isClean()) {
                List<Finding> inEntry = findings(path, run);
                if (inEntry.isEmpty()) {
                    entry.rememberClean();
                }
                out.addAll(inEntry);
            }
        }
        return out;
    }

    private List<Finding> findings(SitePath path, List<TextPiece> pieces) {
        List<Finding> out = new ArrayList<>();
        for (TextPiece piece : pieces) {
            for (Hit hit : check.checkPublished(piece)) {
                out.add(hit.at(place(path, piece, hit)));
            }
        }
        return out;
    }

    /** All that {@link FactsCheck#checkPublished} reads of an entry's pieces: their article, texts and numbers. */
    private static String entryText(String article, List<TextPiece> pieces) {
        StringBuilder text = new StringBuilder(article);
        for (TextPiece piece : pieces) {
            text.append('\n').append(piece.text()).append('\n').append(piece.dials());
        }
        return text.toString();
    }

    /**
     * Where a writer fixes what a hit found: the article a feed or search entry was made from, at the line that
     * holds the text when it is found there; else the file in assets/ or content/ the site's copy came from, at
     * its page, line and column.
     */
    private Position place(SitePath path, TextPiece piece, Hit hit) {
        if (!piece.article().isEmpty()) {
            Optional<Position> inArticle = article(piece.article())
                    .map(a ->
                            SourceText.find(a.path(), a.source(), hit.snippet()).orElse(Position.file(a.path())));
            if (inArticle.isPresent()) {
                return inArticle.get();
            }
        }
        String source = source(path);
        if (piece.page() > 0) {
            return Position.inPage(source, piece.page(), piece.line());
        }
        return Position.at(source, piece.line(), piece.columnOf(hit.offset()));
    }

    /** The article at an address; without a bake (mvn -Pfacts), the file whose name the address is made from. */
    private Optional<Article> article(String url) {
        Manuscript m = articles.get(url);
        if (m != null) {
            return Optional.of(new Article(m.path(), m.source()));
        }
        String name = url.replaceAll("^/+|/+$", "");
        for (String ending : List.of(".adoc", ".asciidoc", ".ad")) {
            String candidate = SiteSettings.CONTENT + "/" + name + ending;
            Path file = site.root().resolve(candidate);
            if (!name.isEmpty() && Files.isRegularFile(file)) {
                return Optional.of(new Article(candidate, FileTree.read(file)));
            }
        }
        return Optional.empty();
    }

    private record Article(String path, String source) {}

    /** The file a person replaces: the one in assets/ or content/ the site's copy came from, else the copy. */
    private String source(SitePath path) {
        for (String folder : List.of(SiteSettings.ASSETS, SiteSettings.CONTENT)) {
            if (Files.isRegularFile(path.in(site.root().resolve(folder)))) {
                return folder + "/" + path;
            }
        }
        return site.publishedPath(path);
    }
}
