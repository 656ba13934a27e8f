package org.ispc.blog.writer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.ispc.blog.content.Slug;
import org.ispc.blog.jbake.SiteSettings;

/**
 * Starts a new article: {@code mvn -Pnew -Dtitle="Sciatica in Runners"} writes
 * content/blog/sciatica-in-runners.adoc, a draft dated today with a complete header, and never replaces a
 * file that exists.
 */
public final class NewArticle {

    /** The author line when neither {@code -Dauthor} nor {@code git config user.name} gives one. */
    public static final String DEFAULT_AUTHOR = "ISPPC Patient Education Team";

    /**
     * Starts every piece of text the writer has to replace in a new article; the content report lists the
     * articles that still hold one.
     */
    public static final String PLACEHOLDER = "TODO";

    static final String BLOG = "content/blog";
    /** Where search results cut a title; longer ones get lint/long-title, so the writer hears it now. */
    private static final int LONG_TITLE = 70;

    /**
     * What the writer asked for. Blank values count as not given; tags are split at commas.
     *
     * @param author empty to take the git user name, or else {@link #DEFAULT_AUTHOR}
     */
    public record Request(String title, Optional<String> author, List<String> tags) {
        public Request {
            title = title == null ? "" : title.strip().replaceAll("\\s+", " ");
            author = author.map(String::strip).filter(a -> !a.isEmpty());
            tags = List.copyOf(tags);
        }

        /** From the command line's values, as Maven passes them: empty when an option was not given. */
        public static Request of(String title, String author, String tags) {
            return new Request(
                    title,
                    Optional.ofNullable(author),
                    Arrays.stream(tags == null ? new String[0] : tags.split(","))
                            .map(String::strip)
                            .filter(t -> !t.isEmpty())
                            .toList());
        }
    }

    /** An article this command will not create; the message tells the writer what to do instead. */
    public static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    /** What was created, for the message that names the next steps. */
    public record Created(String path, String slug, String author, LocalDate date, String title) {}

    private final Path root;
    private final Clock clock;
    private final Supplier<Optional<String>> gitUser;

    /**
     * @param root the project's folder, holding jbake.properties and content/
     * @param clock gives today's date, in the site's time zone as the build reckons it
     * @param gitUser the writer's name from git, if any
     */
    public NewArticle(Path root, Clock clock, Supplier<Optional<String>> gitUser) {
        this.root = root.toAbsolutePath().normalize();
        this.clock = clock;
        this.gitUser = gitUser;
    }

    /** Writes the new article, or explains why not; an existing file is never touched. */
    public Created create(Request request) throws Refused {
        if (request.title().isEmpty()) {
            throw new Refused("the article needs a title: mvn -Pnew -Dtitle=\"Sciatica in Runners\"");
        }
        String slug = Slug.of(request.title());
        if (slug.isEmpty()) {
            throw new Refused("the title \"" + request.title()
                    + "\" has no letters or digits to make a file name from; write the title in English");
        }
        LocalDate today = today();
        String author = request.author()
                .or(() -> gitUser.get().map(String::strip).filter(a -> !a.isEmpty()))
                .orElse(DEFAULT_AUTHOR);
        String path = BLOG + "/" + slug + ".adoc";
        Path file = root.resolve(path);
        String text = ArticleTemplate.text(request.title(), author, today, request.tags());
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            throw new Refused(path + " already exists and was left as it is; open it to go on writing, or choose"
                    + " another title for a new article");
        } catch (IOException e) {
            throw new Refused("cannot write " + path + ": " + e.getMessage());
        }
        return new Created(path, slug, author, today, request.title());
    }

    /** Today as the build decides what is published: in the time zone of jbake.properties. */
    private LocalDate today() throws Refused {
        if (!Files.isRegularFile(root.resolve(SiteSettings.PROPERTIES))) {
            throw new Refused(root + " is not the blog's folder (it has no " + SiteSettings.PROPERTIES
                    + "); run the command in the folder that holds content/ and pom.xml");
        }
        try {
            return SiteSettings.read(root, false, clock).today();
        } catch (SiteSettings.Invalid e) {
            throw new Refused(e.at() + ": " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            throw new Refused("cannot read " + SiteSettings.PROPERTIES + ": " + e.getMessage());
        }
    }

    /** The lines printed after a new article was written: where it is and what to do next. */
    public static List<String> nextSteps(Created created, int previewPort) {
        String url = "http://127.0.0.1:" + previewPort + "/blog/" + created.slug() + "/";
        List<String> lines = new ArrayList<>(List.of(
                "Created " + created.path() + ": a draft dated " + created.date() + ", by " + created.author() + ".",
                "Next:",
                "  1. Open " + created.path() + " and replace every " + PLACEHOLDER + ".",
                "  2. Watch it take shape in the preview: run  mvn -Ppreview  and open " + url,
                "  3. When it is ready and reviewed, set :jbake-status: published."));
        if (created.title().length() > LONG_TITLE) {
            lines.add("Note: the title has " + created.title().length() + " characters; search results cut it after"
                    + " about " + LONG_TITLE + ", so consider a shorter one.");
        }
        return lines;
    }

    /** The writer's name as git knows it ({@code git config user.name}), if git is there and knows it. */
    public static Optional<String> gitUserName(Path root) {
        try {
            Process git = new ProcessBuilder("git", "config", "user.name")
                    .directory(root.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            String out;
            try (InputStream in = git.getInputStream()) {
                out = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            }
            if (!git.waitFor(10, TimeUnit.SECONDS)) {
                git.destroyForcibly();
                return Optional.empty();
            }
            return git.exitValue() == 0 && !out.isEmpty() ? Optional.of(out) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
