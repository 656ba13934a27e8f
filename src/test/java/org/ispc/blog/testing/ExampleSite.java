package org.ispc.blog.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.ispc.blog.checks.BuiltSite;
import org.ispc.blog.content.Catalog;
import org.ispc.blog.content.Manuscript;
import org.ispc.blog.jbake.SiteSettings;
import org.ispc.blog.rules.Rule;

/**
 * A site made of one rule example, without baking it: the example's documents in the catalog (read by
 * {@link ExampleDocuments}), or its pieces of HTML as pages of the staged output. Enough for the checks that
 * read the catalog or the pages.
 */
public final class ExampleSite {

    /** The site's own address, as jbake.properties gives it. */
    public static final String HOST = "https://blog.example.com";
    /** Where a piece of HTML of an example is staged: the page of content/blog/example.adoc. */
    public static final String PAGE = "blog/example/index.html";

    private ExampleSite() {}

    /** The example's documents, in a fresh project under {@code dir}. */
    public static BuiltSite ofDocuments(Path dir, Rule.Example example) throws IOException {
        Path root = project(dir);
        Catalog catalog = new Catalog();
        for (Manuscript m : ExampleDocuments.of(example, today())) {
            catalog.add(m);
        }
        return site(root, catalog);
    }

    /**
     * The example's pieces of HTML as the bodies of pages, in a fresh project under {@code dir}: the first at
     * {@link #PAGE}, the next at blog/example-2/index.html, ...; an example's path names a page's file instead (a
     * path not ending in .html is another file of the site, such as a picture, written as it is).
     */
    public static BuiltSite ofPages(Path dir, Rule.Example example) throws IOException {
        Path root = project(dir);
        Path out = root.resolve("target/staging");
        for (int i = 0; i < example.texts().size(); i++) {
            String page = !example.paths().isEmpty()
                    ? example.paths().get(i)
                    : i == 0 ? PAGE : "blog/example-" + (i + 1) + "/index.html";
            Path file = out.resolve(page);
            Files.createDirectories(file.getParent());
            if (!page.endsWith(".html")) {
                Files.writeString(file, example.texts().get(i), StandardCharsets.UTF_8);
                continue;
            }
            Files.writeString(
                    file,
                    "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Example</title></head>\n"
                            + "<body>\n" + example.texts().get(i) + "\n</body></html>\n",
                    StandardCharsets.UTF_8);
        }
        return site(root, new Catalog());
    }

    /** The day the examples are judged on: {@link TestSite#CLOCK}'s. */
    public static LocalDate today() {
        return LocalDate.ofInstant(TestSite.CLOCK.instant(), ZoneOffset.UTC);
    }

    private static Path project(Path dir) throws IOException {
        Path root = Files.createTempDirectory(dir, "example");
        Files.writeString(root.resolve(SiteSettings.PROPERTIES), "site.host=" + HOST + "\n", StandardCharsets.UTF_8);
        return root;
    }

    private static BuiltSite site(Path root, Catalog catalog) throws IOException {
        // the checks that read pages and documents never ask for the clinic's facts
        return new BuiltSite(
                SiteSettings.read(root, false, TestSite.CLOCK),
                catalog,
                null,
                org.ispc.blog.diag.Position.file("data/clinic.yml"),
                root.resolve("target/staging"));
    }
}
