package org.ispc.blog.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.ispc.blog.content.LeadSummary;
import org.ispc.blog.content.Slug;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Position;
import org.ispc.blog.facts.ClinicFactsLoader;
import org.ispc.blog.facts.Phones;
import org.ispc.blog.facts.TypedFacts;
import org.ispc.blog.jbake.SiteSettings;
import org.ispc.blog.writer.NewArticle;

/**
 * Brings the clinic's articles over from its old site: {@code mvn -Pimport -Dfrom=old/page.html} (or a folder of
 * saved pages) makes each saved article page a draft, content/blog/&lt;file name from the title&gt;.adoc, with its
 * pictures in assets/images/ and its old address added to data/redirects.yml, and reports what it could not
 * bring over at the page's lines. It never replaces a file.
 */
public final class OldPageImport {

    static final String NO_ARTICLE = "import/no-article";
    static final String ARTICLE_EXISTS = "import/article-exists";
    static final String ALREADY_REDIRECTED = "import/already-redirected";
    static final String ADDRESS_FROM_FILE_NAME = "import/address-from-file-name";
    static final String NO_DATE = "import/no-date";

    static final String BLOG = "content/blog";
    /** What search results show of a summary; the lint's limit for :jbake-summary:. */
    private static final int SUMMARY_LENGTH = 160;

    /**
     * One page made an article.
     *
     * @param page the saved page, as the report names it
     * @param article the new article, relative to the project's folder
     * @param oldAddress the page's path on the old site, now in data/redirects.yml
     */
    public record Imported(String page, String article, String oldAddress, List<String> pictures) {
        public Imported {
            pictures = List.copyOf(pictures);
        }
    }

    /** What an import made, and every warning about what it could not bring over, by page and line. */
    public record Result(List<Imported> imported, List<Finding> warnings) {
        public Result {
            imported = List.copyOf(imported);
            warnings = warnings.stream().sorted().toList();
        }
    }

    /** An import that cannot start; the message tells the writer what to do. */
    public static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    private final Path root;
    private final Clock clock;
    private final Phones phones;

    /**
     * @param root the project's folder, holding jbake.properties, content/ and data/
     * @param clock gives the day a draft is dated when its page gives none
     */
    public OldPageImport(Path root, Clock clock, Phones phones) {
        this.root = root.toAbsolutePath().normalize();
        this.clock = clock;
        this.phones = phones;
    }

    /**
     * Imports one saved page, or every .html page of a folder (not its sub-folders, where browsers keep the
     * pages' pictures).
     *
     * @param from relative to the project's folder, or absolute
     */
    public Result run(Path from) throws Refused {
        if (!Files.isRegularFile(root.resolve(SiteSettings.PROPERTIES))) {
            throw new Refused(root + " is not the blog's folder (it has no " + SiteSettings.PROPERTIES
                    + "); run the command in the folder that holds content/ and pom.xml");
        }
        Path source = root.resolve(from).normalize();
        List<Path> pages = pages(source);
        ClinicFactsLoader.Loaded loaded = ClinicFactsLoader.load(root, phones);
        if (loaded.facts().isEmpty()) {
            throw new Refused(ClinicFactsLoader.FILE + " cannot be read, and the importer needs it to write the"
                    + " clinic's numbers and offices: run mvn package to see what is wrong with it");
        }
        TypedFacts facts = new TypedFacts(loaded.facts().get(), phones);
        LocalDate today;
        try {
            today = SiteSettings.read(root, false, clock).today();
        } catch (IOException | RuntimeException e) {
            throw new Refused("cannot read " + SiteSettings.PROPERTIES + " (" + e.getMessage()
                    + "): run mvn package to see what is wrong with it");
        }
        List<Imported> imported = new ArrayList<>();
        List<Finding> warnings = new ArrayList<>();
        for (Path page : pages) {
            String shown = shown(page);
            List<Note> notes = new ArrayList<>();
            try {
                importPage(page, shown, facts, today, notes).ifPresent(imported::add);
            } catch (IOException | RuntimeException e) {
                notes.add(new Note(
                        0, NO_ARTICLE, "the page could not be read or its article written: " + e.getMessage()));
            }
            for (Note note : notes) {
                warnings.add(Finding.warning(Position.at(shown, note.line(), 0), note.rule(), note.message()));
            }
        }
        return new Result(imported, warnings);
    }

    private List<Path> pages(Path source) throws Refused {
        if (Files.isRegularFile(source)) {
            return List.of(source);
        }
        if (!Files.isDirectory(source)) {
            throw new Refused(shown(source) + " does not exist; give a saved page or a folder of them:"
                    + " mvn -Pimport -Dfrom=old/page.html");
        }
        try (Stream<Path> files = Files.list(source)) {
            List<Path> pages = files.filter(Files::isRegularFile)
                    .filter(f ->
                            f.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.html?"))
                    .sorted()
                    .toList();
            if (pages.isEmpty()) {
                throw new Refused(shown(source) + " holds no saved page (.html); save the old site's articles there"
                        + " with the browser's \"Save Page As\" (Web page, complete)");
            }
            return pages;
        } catch (IOException e) {
            throw new Refused("cannot read the folder " + shown(source) + ": " + e.getMessage());
        }
    }

    private Optional<Imported> importPage(Path file, String shown, TypedFacts facts, LocalDate today, List<Note> notes)
            throws IOException {
        SavedPage page;
        try {
            page = SavedPage.read(file);
        } catch (SavedPage.NoArticle e) {
            notes.add(new Note(0, NO_ARTICLE, e.getMessage() + "; it was not imported"));
            return Optional.empty();
        }
        String slug = Slug.of(page.title());
        if (slug.isEmpty()) {
            notes.add(new Note(
                    0, NO_ARTICLE, "the title '" + page.title() + "' has no letters or digits to name a file with"));
            return Optional.empty();
        }
        String articlePath = BLOG + "/" + slug + ".adoc";
        Path article = root.resolve(articlePath);
        if (Files.exists(article)) {
            notes.add(new Note(
                    0,
                    ARTICLE_EXISTS,
                    articlePath + " already exists and was left as it is, so the page was not imported again; to"
                            + " import it anew, rename or delete that file first"));
            return Optional.empty();
        }
        RedirectsFile redirects = new RedirectsFile(root);
        Optional<String> redirected = redirects.target(root, page.oldAddress());
        if (redirected.isPresent()) {
            notes.add(new Note(
                    0,
                    ALREADY_REDIRECTED,
                    "the old address " + page.oldAddress() + " already leads to " + redirected.get() + " in "
                            + "data/redirects.yml: the page was brought over before, so it was not imported again; to"
                            + " import it anew, remove that entry first"));
            return Optional.empty();
        }

        PictureFiles pictures = new PictureFiles(file, root);
        ArticleBody body = new ArticleBody(facts, pictures, page.written(), page.oldPage());
        String text = body.write(page.article());
        notes.addAll(body.notes());
        if (text.isBlank()) {
            notes.add(new Note(0, NO_ARTICLE, "no article text was found in the page; it was not imported"));
            return Optional.empty();
        }
        if (page.date().isEmpty()) {
            notes.add(new Note(
                    0,
                    NO_DATE,
                    "the page does not say when it was published, so the draft is dated today (" + today + "):"
                            + " set :jbake-date: to the day the old site published it"));
        }
        if (page.addressFromFileName()) {
            notes.add(new Note(
                    0,
                    ADDRESS_FROM_FILE_NAME,
                    "the page does not name its address (no canonical link or og:url), so " + page.oldAddress()
                            + " was made from the file's name: correct it in data/redirects.yml if the old page"
                            + " lived at another address"));
        }
        String header = header(page, today, shown);
        try {
            Files.createDirectories(article.getParent());
            Files.writeString(article, header + "\n" + text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            notes.add(new Note(0, ARTICLE_EXISTS, articlePath + " appeared meanwhile and was left as it is"));
            return Optional.empty();
        }
        redirects.add(page.oldAddress(), "/blog/" + slug + "/");
        return Optional.of(new Imported(shown, articlePath, page.oldAddress(), pictures.copied()));
    }

    /** The header the build expects of an article, as mvn -Pnew writes it, for a draft. */
    private static String header(SavedPage page, LocalDate today, String shown) {
        String placeholder = NewArticle.PLACEHOLDER;
        String tags = page.tags().isEmpty()
                ? placeholder + " first topic, " + placeholder + " second topic"
                : String.join(", ", page.tags());
        String from = page.oldPage().map(Object::toString).orElse(page.oldAddress());
        return """
                = %s
                %s
                :jbake-type: post
                :jbake-status: draft
                :jbake-date: %s
                :jbake-tags: %s
                :jbake-summary: %s
                // Imported with mvn -Pimport on %s from %s
                // (saved as %s).
                // Before publishing: compare it with the old page, write what the placeholders ask for, have a
                // clinician review it, add :jbake-reviewed-by: and :jbake-reviewed-on:, then set
                // :jbake-status: published.
                // The old address then leads here (data/redirects.yml).
                """.formatted(
                        AsciidocText.escape(page.title(), AsciidocText.couldPair(page.title())),
                        NewArticle.DEFAULT_AUTHOR,
                        page.date().orElse(today),
                        tags,
                        summary(page),
                        today,
                        from,
                        shown);
    }

    /**
     * The page's description, or else its first paragraph, cut as the build cuts a summary the header lacks
     * ({@link LeadSummary}): after the last sentence that ends within what search results show.
     */
    static String summary(SavedPage page) {
        return page.description()
                .map(d -> LeadSummary.cut(d, SUMMARY_LENGTH))
                .or(() -> Optional.of(LeadSummary.of(page.article().html(), SUMMARY_LENGTH)))
                .filter(s -> !s.isBlank())
                .orElse(NewArticle.PLACEHOLDER + " One or two sentences for lists and search results, at most "
                        + SUMMARY_LENGTH + " characters.");
    }

    private String shown(Path path) {
        return shown(root, path);
    }

    /** A path as the report names it: relative to the project's folder when it lies inside it. */
    static String shown(Path root, Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        return (absolute.startsWith(root) ? root.relativize(absolute) : absolute)
                .toString()
                .replace('\\', '/');
    }

    /** The lines printed after an import: what was made, what to look at, and what to do next. */
    public static List<String> report(Result result) {
        List<String> lines = new ArrayList<>();
        for (Imported i : result.imported()) {
            lines.add("Imported " + i.page() + " as " + i.article() + ", a draft; " + i.oldAddress()
                    + " will lead there once it is published (data/redirects.yml).");
            i.pictures().forEach(p -> lines.add("  with the picture " + p));
        }
        result.warnings().forEach(w -> lines.add(w.format()));
        if (!result.imported().isEmpty()) {
            lines.add("Next: open each new article, compare it with the old page and fix what is listed above; run"
                    + "  mvn -Ppreview  to see it, and  mvn package  for the build's own findings.");
        }
        return lines;
    }
}
