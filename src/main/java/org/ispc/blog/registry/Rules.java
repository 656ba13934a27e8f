package org.ispc.blog.registry;

import java.util.List;
import java.util.stream.Stream;
import org.ispc.blog.diag.Severity;
import org.ispc.blog.lint.ContentLint;
import org.ispc.blog.rules.Rule;
import org.ispc.blog.rules.Rule.Example;

/**
 * The one list of the build's rules: every rule id a finding can carry, with its level and what it means. The
 * content lint's rules are units of their own, each with examples that must and must not trigger it
 * ({@link ContentLint#rules}); the others are checked on baked fixture sites, and are described here.
 * {@code RulesTest} fails when the code reports a rule this list lacks, when a rule lacks its entry in the
 * writer's guide, or when a lint rule lacks its examples.
 */
public final class Rules {

    /** An article naming a published one in `:jbake-related:`: what no related/ rule may report. */
    private static final Example RELATED_TO_A_PUBLISHED_ARTICLE = Example.together(
            Example.HEADER + ":jbake-related: example-2.adoc\n\nText.\n",
            Example.HEADER.replace("Knee", "Hip") + "\nText.\n");

    private Rules() {}

    /** Every rule, the content lint's first. */
    public static List<Rule> all() {
        return Stream.of(ContentLint.rules(), CHECKED_ON_BAKED_SITES, IMPORTER)
                .flatMap(List::stream)
                .toList();
    }

    /**
     * A page of the old site as a browser saves it, for the examples of the importer's rules: an article with its
     * title, date and address on the old site.
     */
    private static final String OLD_PAGE = "<!DOCTYPE html><html><head><title>Knee Pain at Night</title>"
            + "<link rel=\"canonical\" href=\"https://www.example-clinic.com/blog/knee-pain-at-night\">"
            + "<meta property=\"article:published_time\" content=\"2024-03-01\"></head><body><article>"
            + "<h1>Knee Pain at Night</h1><p>Knee pain that wakes you at night has several causes, and most of them"
            + " respond to simple changes: how you sleep, how you sit during the day, and how you warm up.</p>"
            + "<p>Rest the knee on a pillow, keep it warm, and stretch gently before bed. If the pain stays for more than"
            + " two weeks, or the knee swells, locks or gives way, book a visit: these are signs of a problem inside the"
            + " joint that rest alone does not mend, and an examination tells which one it is.</p>"
            + "<p>Until then, a short walk during the day keeps the joint moving, and a warm shower before bed loosens"
            + " the muscles around it.</p></article></body></html>";

    /** The same page with a picture saved beside it, in page_files/ (as browsers save a page "complete"). */
    private static final String OLD_PAGE_WITH_PICTURE = OLD_PAGE.replace(
            "</article>",
            "<figure><img src=\"./page_files/knee.jpg\" alt=\"A knee\"><figcaption>The knee</figcaption></figure></article>");

    /**
     * What {@code mvn -Pimport} says about a saved page of the old site it could not bring over as it was
     * (importer/OldPageImport); OldPageImportTest imports fixture pages and bakes what it made.
     */
    private static final List<Rule> IMPORTER = List.of(
            Rule.of(
                            "import/empty-list",
                            Severity.WARNING,
                            "The old page has a list without items here: its items were lost on the old site. The sentence that announced it (ending with `:`) is kept, and the build reports it (<<lint-missing-list>>).",
                            "Write the items under it, or end the sentence with a full stop.")
                    .examples(
                            Example.all(
                                    OLD_PAGE.replace("</article>", "<p>Common causes include:</p><ul></ul></article>")),
                            Example.all(OLD_PAGE.replace(
                                    "</article>",
                                    "<p>Common causes include:</p><ul><li>arthritis</li></ul></article>"))),
            Rule.of(
                            "import/not-converted",
                            Severity.WARNING,
                            "A table, a video or map embedded from another site, or a form stands here in the old page, and was left out; a comment in the article marks the place.",
                            "Write a table again as in <<tables>>, or as a short list; link to a video with words (`+https://www.youtube.com/watch?v=...[Watch the stretches]+`); leave a form out.")
                    .examples(
                            Example.all(
                                    OLD_PAGE.replace(
                                            "</article>",
                                            "<table><caption>Walking plan</caption><thead><tr><th>Week</th><th>Walk</th></tr></thead><tbody><tr><td>1</td><td>10 minutes</td></tr><tr><td>2</td><td>20 minutes</td></tr></tbody></table></article>"),
                                    OLD_PAGE.replace(
                                            "</article>",
                                            "<iframe src=\"https://www.youtube.com/embed/42\"></iframe></article>")),
                            Example.all(
                                    OLD_PAGE.replace("</article>", "<ul><li>Rest</li><li>Ice</li></ul></article>"))),
            Rule.of(
                            "import/old-site-link",
                            Severity.WARNING,
                            "A link leads to another page of the old site. It was kept, to the old site's address.",
                            "When that page is brought over too, link to its article here instead, as in <<links>>: `+xref:file-name.adoc[words]+`.")
                    .examples(
                            Example.all(
                                    OLD_PAGE.replace(
                                            "</article>",
                                            "<p>See <a href=\"https://www.example-clinic.com/blog/sciatica\">our sciatica article</a>.</p></article>")),
                            Example.all(OLD_PAGE.replace(
                                    "</article>",
                                    "<p>See <a href=\"https://www.nih.gov/\">the NIH</a>.</p></article>"))),
            Rule.of(
                            "import/remote-picture",
                            Severity.WARNING,
                            "A picture of the page was not saved with it (its address is on another site), and the importer does not go online to fetch it. A comment in the article marks where it stood.",
                            "Save the picture into `assets/images/` and show it there as in <<images>>, or save the page again with \"Web page, complete\".")
                    .examples(
                            Example.all(
                                    OLD_PAGE.replace(
                                            "</article>",
                                            "<p><img src=\"https://cdn.example-clinic.com/knee.jpg\" alt=\"A knee\"></p></article>")),
                            Example.all(OLD_PAGE)),
            Rule.of(
                            "import/missing-picture",
                            Severity.WARNING,
                            "The page names a picture in the folder saved with it, but the file is not there.",
                            "Save the page again with \"Web page, complete\", or copy the picture into `assets/images/` and show it where the comment in the article says.")
                    .examples(Example.all(OLD_PAGE_WITH_PICTURE), Example.all(OLD_PAGE)),
            Rule.of(
                            "import/picture-renamed",
                            Severity.WARNING,
                            "`assets/images/` has another picture of the same name, which was left as it is; the page's picture was saved under the next free name, which the article uses.",
                            "Nothing to do, unless both are the same picture: then delete the new file and show the old one.")
                    .examples(
                            List.of(Example.files(
                                    "assets/images/knee.jpg",
                                    "another picture",
                                    "old/page_files/knee.jpg",
                                    "the page's picture",
                                    "old/page.html",
                                    OLD_PAGE_WITH_PICTURE)),
                            List.of(Example.files(
                                    "assets/images/hip.jpg",
                                    "another picture",
                                    "old/page_files/knee.jpg",
                                    "the page's picture",
                                    "old/page.html",
                                    OLD_PAGE_WITH_PICTURE))),
            Rule.of(
                            "import/article-exists",
                            Severity.WARNING,
                            "An article with the file name the title gives exists already, and was left as it is; the page was not brought over.",
                            "If it was brought over before, there is nothing to do. To bring it over again, rename or delete that article first.")
                    .examples(
                            List.of(Example.files(
                                    "content/blog/knee-pain-at-night.adoc",
                                    "= Knee Pain at Night\n",
                                    "old/page.html",
                                    OLD_PAGE)),
                            List.of(Example.files(
                                    "content/blog/hip-pain.adoc", "= Hip Pain\n", "old/page.html", OLD_PAGE))),
            Rule.of(
                            "import/already-redirected",
                            Severity.WARNING,
                            "`data/redirects.yml` already leads the page's old address to an article: the page was brought over before (or written again by hand), and it was skipped.",
                            "To bring it over again, remove that entry first.")
                    .examples(
                            List.of(Example.files(
                                    "data/redirects.yml",
                                    "- from: /blog/knee-pain-at-night\n  to: /blog/sciatica-basics/\n",
                                    "old/page.html",
                                    OLD_PAGE)),
                            List.of(Example.files(
                                    "data/redirects.yml",
                                    "- from: /blog/hip-pain\n  to: /blog/sciatica-basics/\n",
                                    "old/page.html",
                                    OLD_PAGE))),
            Rule.of(
                            "import/no-article",
                            Severity.WARNING,
                            "No article was found in the saved page (it is a list of articles, a contact page, or not a page of the old site), or it has no title, or it could not be read.",
                            "Save the article's own page and import that.")
                    .examples(
                            Example.all(
                                    "<!DOCTYPE html><html><head><title>***</title></head><body><article><p>Knee pain that wakes you at night has several causes.</p></article></body></html>"),
                            Example.all(OLD_PAGE)),
            Rule.of(
                            "import/no-date",
                            Severity.WARNING,
                            "The page does not say when it was published, so the draft is dated today.",
                            "Set `:jbake-date:` to the day the old site published the article, if you know it.")
                    .examples(
                            Example.all(OLD_PAGE.replace(
                                    "<meta property=\"article:published_time\" content=\"2024-03-01\">", "")),
                            Example.all(OLD_PAGE)),
            Rule.of(
                            "import/address-from-file-name",
                            Severity.WARNING,
                            "The page does not name its address on the old site (browsers keep it as the \"canonical\" link, which this page lacks), so the old address added to `data/redirects.yml` was made from the file's name.",
                            "Correct the `from:` there to the address the page had on the old site.")
                    .examples(
                            Example.all(OLD_PAGE.replace(
                                    "<link rel=\"canonical\" href=\"https://www.example-clinic.com/blog/knee-pain-at-night\">",
                                    "")),
                            Example.all(OLD_PAGE)));

    /**
     * A clinic.yml, for the examples of the rules about that file; they are judged as of 2026-06-01 (the articles'
     * examples of the facts rules are checked against a clinic like it, src/test/resources/facts/clinic.yml: main
     * number 202-555-0110, 202-555-0100 retired, an office at 100 Example Street, Arlington, VA 22201, the Silver
     * Spring office closed).
     */
    private static final String CLINIC = "name: Example Spine Clinic\nphone: \"202-555-0110\"\nverified: 2026-06-01\n"
            + "offices:\n  - id: arlington\n    name: Arlington\n    city: Arlington\n    state: VA\n";

    /**
     * The rules of the checks that read baked pages, the facts file or the whole site. Their examples are what each
     * check reads: for links/ (but links/broken), a set of articles; for links/broken and page/, a piece of HTML
     * in a page; for facts/, an article's text, or a clinic.yml for the rules about that file (a -D option the
     * build cannot read is no finding: the command stops with one line, cli/Options); for content/ and asciidoc/,
     * the files of content/; for redirects/, a data/redirects.yml (beside articles where the rule needs them).
     */
    private static final List<Rule> CHECKED_ON_BAKED_SITES = List.of(
            Rule.of(
                            "content/missing-type",
                            Severity.ERROR,
                            "The header has no `:jbake-type:` line.",
                            "Add `:jbake-type: post` for an article, or `:jbake-type: page` for a page such as About.")
                    .examples(
                            Example.all("= Knee Pain\n:jbake-status: published\n:jbake-date: 2026-01-10\n\nText.\n"),
                            Example.all("Text.\n")),
            Rule.of(
                            "content/unknown-type",
                            Severity.ERROR,
                            "`:jbake-type:` says something other than `post` or `page`, often a typo such as `posts`.",
                            "Write `post` or `page`.")
                    .examples(
                            Example.all(Example.HEADER.replace("type: post", "type: posts") + "\nText.\n"),
                            Example.all(Example.HEADER.replace("type: post", "type: page") + "\nText.\n")),
            Rule.of(
                            "content/unknown-header",
                            Severity.ERROR,
                            "A header line is one letter or two away from one the build reads, a misspelling such as `:jbake-summery:` or `:jbake-tag:` (or `tag=` in JBake's properties header); its value would be ignored.",
                            "Correct it as the message suggests (see <<header>> for the header lines). Any other `:jbake-NAME:` line is no mistake: it reaches the templates as `content.NAME`, as JBake passes it.")
                    .examples(
                            Example.all(
                                    Example.HEADER + ":jbake-summery: Knees.\n\nText.\n",
                                    Example.HEADER + ":jbake-tag: knees\n\nText.\n"),
                            Example.all(Example.HEADER + ":jbake-print-edition: spring\n\nText.\n")),
            Rule.of(
                            "content/unknown-status",
                            Severity.ERROR,
                            "`:jbake-status:` says something other than `published` or `draft`, often `Published` with a capital or a typo such as `publised`.",
                            "The article stays out of the site until the status is one of the two; write `published` to publish it.")
                    .examples(
                            Example.all(Example.HEADER.replace("status: published", "status: publised") + "\nText.\n"),
                            Example.all(Example.HEADER.replace("status: published", "status: draft") + "\nText.\n")),
            Rule.of(
                            "content/far-future-date",
                            Severity.WARNING,
                            "A published article is dated more than a year ahead, so it stays off the site until that day: nearly always a mistyped year (`2062` for `2026`).",
                            "Write the day the article should appear.")
                    .examples(
                            Example.all(Example.HEADER.replace("2026-01-10", "2062-01-10") + "\nText.\n"),
                            Example.all(Example.HEADER.replace("2026-01-10", "2026-12-10") + "\nText.\n")),
            Rule.of(
                            "content/bad-date",
                            Severity.ERROR,
                            "A date in the header is not a date.",
                            "Write year-month-day with hyphens: `2026-03-14`, not `14/03/2026` or `March 14, 2026`.")
                    .examples(
                            Example.all(Example.HEADER.replace("2026-01-10", "14/03/2026") + "\nText.\n"),
                            Example.all("Text.\n")),
            Rule.of(
                            "content/file-name",
                            Severity.ERROR,
                            "The file's name becomes the page's address, and an address takes only lower-case letters, digits and single hyphens: `My Article.adoc` or `Back_Pain.adoc` would make addresses that break links.",
                            "Rename the file as the message suggests (`my-article.adoc`), or start articles with `mvn -Pnew`, which names the file for you. The article is left out of the site until it is renamed.")
                    .examples(
                            List.of(
                                    Example.files("content/blog/Knee Pain.adoc", "Text.\n"),
                                    Example.files("content/blog/back_pain.adoc", "Text.\n")),
                            List.of(Example.files("content/blog/knee-pain.adoc", "Text.\n"))),
            Rule.of(
                            "content/reserved-address",
                            Severity.ERROR,
                            "The file would be published at an address the build keeps for pages it makes itself: the home page (`index`), the list of all articles (`archive`), the topic pages (anything under `tags/`), the feed (`feed`), the sitemap, the 404 page, `robots.txt`, the search's index, the host's `_headers` and `_redirects`, the home page's later pages (`/2/`, `/3/`, ...), and each old address of `data/redirects.yml`, where the build writes a page that sends readers on.",
                            "`content/tags.adoc`, for example, would be replaced by the list of topics without a word. Rename the file (`our-topics.adoc`), or move it into a folder such as `content/blog/`. The site is not published until it is fixed.")
                    .examples(
                            List.of(
                                    Example.files("content/tags.adoc", "Text.\n"),
                                    Example.files("content/archive.adoc", "Text.\n")),
                            List.of(
                                    Example.files("content/our-topics.adoc", "Text.\n"),
                                    Example.files("content/blog/tags.adoc", "Text.\n"))),
            Rule.of(
                            "content/tag-address",
                            Severity.ERROR,
                            "Every topic in `:jbake-tags:` gets a page, `/tags/<topic in words>.html`, and this topic cannot: it has no letter or digit (`!!!`, an emoji, `..`), it is longer than 80 characters, or it is `index`, the address of the page that lists every topic.",
                            "Write the topic in a few words, such as `back pain`, or take it out. The message names the topic's place on the line.")
                    .examples(
                            Example.all(
                                    Example.HEADER.replace("tags: knee pain", "tags: knee pain, !!!") + "\nText.\n"),
                            Example.all(Example.HEADER.replace("tags: knee pain", "tags: knee pain, ciática")
                                    + "\nText.\n")),
            Rule.of(
                            "content/not-asciidoc",
                            Severity.ERROR,
                            "A file in `content/` is neither an article nor a page: a data file (`.yml`, say).",
                            "Only AsciiDoc (`.adoc`), Markdown (`.md`) and HTML (`.html`) files become pages (see <<markdown>>). Write the text as an article (`mvn -Pnew -Dtitle=\"...\"` starts one), or move the file out of `content/` (data about the clinic goes in `data/clinic.yml`).")
                    .coveredBy("SiteBuildTest"),
            Rule.of(
                            "content/unknown-attribute",
                            Severity.ERROR,
                            "A Markdown or HTML article names a facts attribute the build does not know, such as `+{clinic-phon}+`: readers would see it as typed.",
                            "Correct it as the message suggests; the attributes are listed under <<clinic-facts>>.")
                    .examples(
                            List.of(
                                    Example.files(
                                            "content/blog/example.md",
                                            "title=Knee Pain\ntype=post\nstatus=published\ndate=2026-01-10\n~~~~~~\n\nCall {clinic-phon}.\n")),
                            List.of(
                                    Example.files(
                                            "content/blog/example.md",
                                            "title=Knee Pain\ntype=post\nstatus=published\ndate=2026-01-10\n~~~~~~\n\nCall {clinic-phone}.\n"))),
            Rule.of(
                            "content/unreadable",
                            Severity.ERROR,
                            "The file is not UTF-8 text: it was probably saved in another encoding (Windows-1252, \"ANSI\"), often after text was pasted from a word processor.",
                            "Save it again as UTF-8 (in most editors: Save As, Encoding: UTF-8), then look at the line named: its quotes, dashes and accented letters are the characters that were saved wrongly. The same message can name a shared piece in `content/partials/`.")
                    .coveredBy("SiteBuildTest"),
            Rule.of(
                            "content/include-outside",
                            Severity.ERROR,
                            "An `include::` names a file outside `content/`, or an address on the internet.",
                            "Copy the text into a file in `content/partials/` and include that (see <<includes>>).")
                    .examples(
                            Example.all(
                                    "include::../../data/clinic.yml[]\n", "include::https://example.com/note.adoc[]\n"),
                            List.of(Example.files(
                                    "content/partials/note.adoc",
                                    "Shared.\n",
                                    "content/blog/example.adoc",
                                    "include::../partials/note.adoc[]\n"))),
            Rule.of(
                            "content/include-loop",
                            Severity.ERROR,
                            "A shared piece includes itself, directly or through another piece (`a.adoc` includes `b.adoc`, which includes `a.adoc`), so the text would never end.",
                            "The message names the include that closes the loop: remove it, or the other one.")
                    .examples(
                            List.of(Example.files(
                                    "content/partials/a.adoc", "include::b.adoc[]\n",
                                    "content/partials/b.adoc", "include::a.adoc[]\n",
                                    "content/blog/example.adoc", "include::../partials/a.adoc[]\n")),
                            List.of(Example.files(
                                    "content/partials/a.adoc", "include::b.adoc[]\n",
                                    "content/partials/b.adoc", "Shared.\n",
                                    "content/blog/example.adoc", "include::../partials/a.adoc[]\n"))),
            Rule.of(
                            "content/include-missing",
                            Severity.ERROR,
                            "The file named by an `include::` does not exist or cannot be read.",
                            "Check its name and folder: from `content/blog/` the path starts with `../partials/`.")
                    .examples(
                            Example.all("include::../partials/no-such-note.adoc[]\n"),
                            List.of(Example.files(
                                    "content/partials/note.adoc",
                                    "Shared.\n",
                                    "content/blog/example.adoc",
                                    "include::../partials/note.adoc[]\n"))),
            Rule.of(
                            "content/include-tag",
                            Severity.ERROR,
                            "An include asks for a part of a shared piece by its tag (`include::../partials/x.adoc[tag=short]`), and the piece does not mark that part as it should: no part has that name (the page would leave it out), or a part is opened and never closed (the page would show the rest of the file).",
                            "Mark each part with a line `// tag::short[]` before it and `// end::short[]` after it, and check the name in the include (see <<includes>>).")
                    .examples(
                            List.of(Example.files(
                                    "content/partials/note.adoc", "// tag::short[]\nShort.\n// end::short[]\n",
                                    "content/blog/example.adoc", "include::../partials/note.adoc[tag=long]\n")),
                            List.of(Example.files(
                                    "content/partials/note.adoc", "// tag::short[]\nShort.\n// end::short[]\n",
                                    "content/blog/example.adoc", "include::../partials/note.adoc[tag=short]\n"))),
            Rule.of(
                            "files/outside-project",
                            Severity.ERROR,
                            "A file or folder the build reads (in `content/`, `assets/`, `templates/`, `data/`, or `jbake.properties`) is a link (a \"symlink\" or \"shortcut\") to somewhere outside the project, or to nothing.",
                            "The build would publish whatever that file holds, so it stops instead. Put the file itself in the project, or delete the link. A link to another file of the project is fine.")
                    .coveredBy("ProjectFilesTest"),
            Rule.of(
                            "asciidoc/unknown-style",
                            Severity.ERROR,
                            "A line in square brackets on its own, such as `[Editor's note: reviewed in 2026]`, is read by AsciiDoc as the style of the paragraph under it, and the line is left out of the page.",
                            "To show the words, write them without the brackets, or inside a sentence. When the brackets hold a misspelled style (`[souce]`, `[Warning]`), the message names the style meant: `[source]`, `[WARNING]`.")
                    .examples(
                            Example.all("[Editor's note: reviewed in 2026]\nText.\n", "[souce]\n----\ncode\n----\n"),
                            Example.all("[NOTE]\nText.\n", "[source]\n----\ncode\n----\n")),
            Rule.of(
                            "asciidoc/error",
                            Severity.ERROR,
                            "Asciidoctor, which reads the articles, could not understand a line.",
                            "The most common case is `+{clinic-phon} is not a known attribute+`: an attribute name is misspelled. Write one of the attributes of <<clinic-facts>>, exactly as listed. For any other message, look at the line named and compare it with the examples in this guide.")
                    .examples(Example.all("Call {clinic-phon}.\n"), Example.all("Call {clinic-phone}.\n")),
            Rule.of(
                            "asciidoc/warning",
                            Severity.WARNING,
                            "Asciidoctor read the line but something looks wrong, such as a list numbered out of order.",
                            "The message says what it saw; fix the line it names.")
                    .examples(Example.all("1. Rest.\n3. Ice.\n"), Example.all("1. Rest.\n2. Ice.\n")),
            Rule.of(
                            "asciidoc/unclosed-block",
                            Severity.ERROR,
                            "A block opened with a line such as `----`, `|===`, `====` or `+____+` is never closed, so everything after it, to the end of the article, would be shown inside it (as code, as one table, as one quote).",
                            "Add the same line where the block should end; the message names it.")
                    .examples(Example.all("----\ncode\n", "|===\n| a | b\n"), Example.all("----\ncode\n----\n")),
            Rule.of(
                            "links/missing-article",
                            Severity.ERROR,
                            "An `xref:` names a file that is not an article or page; the message suggests the closest name.",
                            "Write the file name of an existing article, as it is in `content/blog/` (see <<links>>).")
                    .examples(
                            List.of(Example.of("See xref:sciatica-basic.adoc[what sciatica is].\n")),
                            List.of(Example.together(
                                    "See xref:example-2.adoc[what sciatica is].\n", "Sciatica is a pain.\n"))),
            Rule.of(
                            "links/unpublished-article",
                            Severity.ERROR,
                            "An `xref:` links to a draft or a scheduled article, which readers cannot see yet.",
                            "Remove the link until that article is published, or publish it first. The preview allows these links, so that you can write both articles at once.")
                    .examples(
                            List.of(Example.together(
                                    "See xref:example-2.adoc[what sciatica is].\n",
                                    Example.HEADER.replace("published", "draft") + "\nSciatica is a pain.\n")),
                            List.of(Example.together(
                                    "See xref:example-2.adoc[what sciatica is].\n", "Sciatica is a pain.\n"))),
            Rule.of(
                            "links/missing-anchor",
                            Severity.ERROR,
                            "An `xref:file.adoc#id` names a section id the other article does not have; the message lists the ids it has.",
                            "Use one of them, or put `+[[id]]+` on the line above the heading you mean. The same for `+<<id>>+`, a link to a section of the same article. An `xref:` without `.adoc` is read as such a link: to link to another article, write its file name in full, `+xref:sciatica-basics.adoc[...]+`.")
                    .examples(
                            List.of(Example.together(
                                    "See xref:example-2.adoc#causes[its causes].\n",
                                    "== Why\n\nSciatica is a pain.\n")),
                            List.of(Example.together(
                                    "See xref:example-2.adoc#causes[its causes].\n",
                                    "[[causes]]\n== Why\n\nSciatica is a pain.\n"))),
            Rule.of(
                            "links/broken",
                            Severity.ERROR,
                            "A link or picture on a built page leads nowhere on the site, or to a `#section` the page does not have.",
                            "The line named is where the link was written, in an article or a template. Correct the address; link to articles with `xref:` and to pictures with `/images/...`. An address of another website begins with `https://` (`+link:https://www.nih.gov[the NIH]+`): without it, the browser looks for `www.nih.gov` on this site.")
                    .examples(
                            Example.all(
                                    "<a href=\"/blog/sciatica-basic/\">what sciatica is</a>",
                                    "<a href=\"www.nih.gov\">the NIH</a>",
                                    "<a href=\"#causes\">its causes</a>",
                                    "<img src=\"/images/knee.jpg\" alt=\"A knee\">"),
                            Example.all(
                                    "<a href=\"/blog/example/\">this page</a>",
                                    "<a href=\"https://www.nih.gov\">the NIH</a>",
                                    "<h2 id=\"causes\">Causes</h2><a href=\"#causes\">its causes</a>")),
            Rule.of(
                            "page/remote-resource",
                            Severity.ERROR,
                            "A page would fetch something from another site as it opens: a picture given by its web address (`image::https://...[]`), a video player, a font or a script from another server.",
                            "The clinic's pages fetch nothing from elsewhere, so that no other company learns who reads about which condition, and the site's security policy would block it anyway. Save the picture under `assets/images/` and write `image::name.jpg[...]`; for a video, link to it with words (`https://...[Watch the stretches on YouTube]`) instead of embedding it.")
                    .examples(
                            Example.all(
                                    "<img src=\"https://cdn.example.com/knee.jpg\" alt=\"A knee\">",
                                    "<iframe src=\"https://www.youtube.com/embed/42\"></iframe>",
                                    "<script src=\"https://widgets.example.com/book.js\"></script>"),
                            Example.all(
                                    "<a href=\"https://www.youtube.com/watch?v=42\">Watch the stretches</a>",
                                    "<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"A dot\">")),
            Rule.of(
                            "page/picture",
                            Severity.ERROR,
                            "A picture would not reach readers: it is in a format most browsers cannot show (HEIC, from an iPhone; TIFF; a file with no `.jpg` or `.png` in its name), it cannot be read (the file is damaged, or was saved from a web page as something else), or it is too large to prepare for phones (more than 64 megapixels).",
                            "Open it, save or export it as JPEG (a drawing as PNG), put that file in `assets/images/` and use its name (see <<images>>).")
                    .examples(
                            List.of(Example.files(
                                    "blog/example/index.html", "<img src=\"/images/knee.heic\" alt=\"A knee\">",
                                    "images/knee.heic", "a picture from an iPhone")),
                            List.of(
                                    Example.files(
                                            "blog/example/index.html", "<img src=\"/images/knee.svg\" alt=\"A knee\">",
                                            "images/knee.svg",
                                                    "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 4 4\"><rect width=\"4\" height=\"4\"/></svg>"))),
            Rule.of(
                            "page/inline-script",
                            Severity.ERROR,
                            "A page carries script in its own text: a `<script>` or an `onclick=` pasted into a `++++` block, a `javascript:` address (in a link, a form, a frame's `srcdoc`, however it is spelled), or CSS that runs code.",
                            "The site's security policy lets only the site's own script files run, so it would do nothing on the published site (or, on a host that ignores the policy, run code nobody reviewed). Remove it; if the page needs behaviour, ask whoever maintains the templates.")
                    .examples(
                            Example.all(
                                    "<script>book()</script>",
                                    "<button onclick=\"book()\">Book a visit</button>",
                                    "<a href=\"JavaScript:book()\">Book a visit</a>"),
                            Example.all("<p title=\"javascript: a history\">A history of the language.</p>")),
            Rule.of(
                            "page/http-link",
                            Severity.WARNING,
                            "A link sends readers to another site over `http://`, unencrypted: what they do there can be read or changed on the way.",
                            "Write the site's `https://` address if it has one (nearly every site does). The page is still published, as JBake publishes it.")
                    .examples(
                            Example.all("<a href=\"http://www.nih.gov/\">the NIH</a>"),
                            Example.all(
                                    "<a href=\"https://www.nih.gov/\">the NIH</a>",
                                    "<a href=\"/blog/example/\">this page</a>")),
            Rule.of(
                            "page/not-allowed",
                            Severity.ERROR,
                            "HTML pasted into a `++++` block holds something the site's pages may not: an element such as `<iframe>`, `<object>`, `<embed>`, `<svg>`, `<style>`, `<base>` or `<meta http-equiv>`, an attribute AsciiDoc never writes, or an address of a kind pages do not use (a `data:` page, a form that sends to another site).",
                            "The pages hold only what AsciiDoc and the templates write, so that nothing a reviewer did not see can reach readers. Write it in AsciiDoc instead: `image::name.jpg[...]` for a picture, `+link:https://...[words]+` for a page or a video elsewhere, a table with `|===`; or remove it.")
                    .examples(
                            Example.all(
                                    "<style>p { color: red }</style>",
                                    "<p draggable=\"true\">Drag me</p>",
                                    "<form action=\"https://forms.example.com/collect\"></form>",
                                    "<a href=\"data:text/html;base64,PHNjcmlwdD4=\">Open</a>"),
                            Example.all(
                                    "<table class=\"tableblock\"><tbody><tr><td>Rest</td></tr></tbody></table>",
                                    "<div class=\"admonitionblock note\"><p>Ice helps.</p></div>")),
            Rule.of(
                            "related/self",
                            Severity.WARNING,
                            "An article names itself in `:jbake-related:`.",
                            "Remove its own file name from the line.")
                    .examples(
                            List.of(Example.of(Example.HEADER + ":jbake-related: example-1.adoc\n\nText.\n")),
                            List.of(RELATED_TO_A_PUBLISHED_ARTICLE)),
            Rule.of(
                            "related/unpublished",
                            Severity.ERROR,
                            "`:jbake-related:` names a draft or a scheduled article.",
                            "Remove it until that article is published.")
                    .examples(
                            List.of(Example.together(
                                    Example.HEADER + ":jbake-related: example-2.adoc\n\nText.\n",
                                    Example.HEADER.replace("Knee", "Hip").replace("published", "draft") + "\nText.\n")),
                            List.of(RELATED_TO_A_PUBLISHED_ARTICLE)),
            Rule.of(
                            "related/missing",
                            Severity.ERROR,
                            "`:jbake-related:` names a file that is not an article.",
                            "Write the file name of an article in `content/blog/`, such as `understanding-lumbar-spinal-stenosis.adoc`.")
                    .examples(
                            List.of(Example.of(Example.HEADER + ":jbake-related: knee-pain-at-nigth.adoc\n\nText.\n")),
                            List.of(RELATED_TO_A_PUBLISHED_ARTICLE)),
            Rule.of(
                            "facts/retired-phone",
                            Severity.ERROR,
                            "A phone number the clinic no longer uses.",
                            "Write `+{clinic-phone}+` (or `+{clinic-phone-link}+` for a link that calls) instead of the number.")
                    .examples(Example.all("Call 202-555-0100 today.\n"), Example.all("Call {clinic-phone} today.\n")),
            Rule.of(
                            "facts/unknown-phone",
                            Severity.ERROR,
                            "A phone number that is not one of the clinic's in `data/clinic.yml`.",
                            "If it is the clinic's, write `+{clinic-phone}+`. If it belongs to another organisation, such as a crisis line, ask for it to be added to `other-phones` in `data/clinic.yml`.")
                    .examples(
                            Example.all("Call 202-555-0142 today.\n"),
                            Example.all("Call 988, the Suicide & Crisis Lifeline.\n")),
            Rule.of(
                            "facts/typed-phone",
                            Severity.WARNING,
                            "The clinic's current number is typed by hand, so it would not change when `data/clinic.yml` does.",
                            "Write the attribute the message names, such as `+{clinic-phone}+`. In a template it is an error.")
                    .examples(
                            Example.all("Call 202-555-0110 today.\n", "link:tel:+12025550110[Call us]\n"),
                            Example.all("Call {clinic-phone} today.\n")),
            Rule.of(
                            "facts/tel-mismatch",
                            Severity.ERROR,
                            "A link that calls a number shows another number as its text, so a reader who taps it reaches another number than the one they read.",
                            "Write `+{clinic-phone-link}+`, which shows and calls the same number.")
                    .examples(
                            Example.all("link:tel:+12025550110[703-555-0111]\n"),
                            Example.all("link:tel:+12025550110[Call us]\n", "{clinic-phone-link}\n")),
            Rule.of(
                            "facts/retired-office",
                            Severity.ERROR,
                            "The article mentions an office that has closed; the message names the current offices.",
                            "Name a current office, with its attribute, such as `+{office-arlington-name}+`.")
                    .examples(
                            Example.all(
                                    "Visit our Silver Spring office.\n", "Book at our Silver Spring, MD location.\n"),
                            Example.all("Visit our {office-arlington-name} office.\n")),
            Rule.of(
                            "facts/unknown-office",
                            Severity.ERROR,
                            "The article mentions \"our ... office\" in a place where the clinic has no office.",
                            "Name a current office, with its attribute; if an office has opened there, it must be added to `data/clinic.yml` first.")
                    .examples(
                            Example.all("Come to our Bethesda office.\n"),
                            Example.all("Come to our Arlington office.\n")),
            Rule.of(
                            "facts/typed-address",
                            Severity.WARNING,
                            "The article types the street address of one of the clinic's offices, as `data/clinic.yml` gives it.",
                            "Write its attribute instead, such as `+{office-arlington-address}+`: when the office moves, the file changes and every article with it.")
                    .examples(
                            Example.all("Our office is at 100 Example Street, Arlington, VA 22201.\n"),
                            Example.all("Our office is at {office-arlington-address}.\n")),
            Rule.of(
                            "facts/unknown-address",
                            Severity.ERROR,
                            "The article types a street address (a number, a street, then a state and ZIP code) that is none of the clinic's offices.",
                            "Readers would take it for the clinic's. If an office is there, add its `street`, `suite` and `zip` to that office in `data/clinic.yml` first and write its attribute; if it is another place's address (a hospital, a gym), name the place instead of its address.")
                    .examples(
                            Example.all("Visit us at 1234 Wilson Blvd, Suite 200, Arlington, VA 22201.\n"),
                            Example.all(
                                    "We moved from 1234 Wilson Blvd last year.\n",
                                    "It is a 10 Minute Drive, then 15 more.\n")),
            Rule.of(
                            "facts/unread-file",
                            Severity.WARNING,
                            "A file of the site whose text the build cannot read, though readers can: a PDF of scanned pages (the message names the pages that are only pictures), a PDF locked with a password, or a kind of file the build has no reader for, such as a Word document.",
                            "It may hold an old number, and only a person can tell. Check its phone numbers and addresses against `data/clinic.yml` by hand, or publish its text as a page or a PDF exported from a document (without a password). See <<published-files>> and <<stale-pdf>>.")
                    .coveredBy("PdfFilesTest"),
            Rule.of(
                            "facts/damaged-file",
                            Severity.ERROR,
                            "A file of the site is broken, so readers could not open it either: a PDF cut short by a failed upload or copy, a file named `.pdf` that is something else, an SVG with no drawing in it.",
                            "Export or save it again from the program that made it, and replace the file in `assets/`.")
                    .coveredBy("PdfFilesTest"),
            Rule.of(
                            "facts/stale-verification",
                            Severity.WARNING,
                            "Nobody has confirmed the facts in `data/clinic.yml` for more than 180 days (`-Dfacts.maxAgeDays=N` changes the limit), or `verified:` is a day still to come.",
                            "Confirm every fact with the clinic (name, phone numbers, offices), then set `verified:` to today's date. The deploy pipeline, which builds with `-Dfacts.strict=true`, makes it an error.")
                    .examples(
                            Example.all(
                                    CLINIC.replace("2026-06-01", "2025-06-01"),
                                    CLINIC.replace("2026-06-01", "2026-07-01")),
                            Example.all(CLINIC, CLINIC.replace("2026-06-01", "2026-01-01"))),
            Rule.of(
                            "facts/registry",
                            Severity.WARNING,
                            "The practice's record in the national NPI registry disagrees with `data/clinic.yml`, such as an office or a number one of them does not list, or the registry could not be asked.",
                            "Find out which one is out of date and correct it. With `-Dfacts.strict=true` it is an error.")
                    .coveredBy("NpiRegistryCheckTest"),
            Rule.of(
                            "facts/missing-file",
                            Severity.ERROR,
                            "`data/clinic.yml` does not exist.",
                            "Restore it: every page takes the clinic's name, phone and offices from it.")
                    .coveredBy("ClinicFactsLoaderTest"),
            Rule.of(
                            "facts/unreadable",
                            Severity.ERROR,
                            "`data/clinic.yml` exists but cannot be read: it is locked or damaged, or, when the message names a line, it was saved in another encoding than UTF-8.",
                            "Save it again as UTF-8 and check that line's letters.")
                    .coveredBy("SiteBuildTest"),
            Rule.of(
                            "facts/yaml-syntax",
                            Severity.ERROR,
                            "`data/clinic.yml` is not valid YAML at that line, often a quote that is not closed or a line indented by a different number of spaces than its neighbours.",
                            "Fix the line named.")
                    .examples(
                            Example.all(
                                    CLINIC.replace("name: Example", "name: \"Example"),
                                    CLINIC.replace("    city:", "   city:")),
                            Example.all(CLINIC)),
            Rule.of(
                            "facts/yaml-shape",
                            Severity.ERROR,
                            "A part of `data/clinic.yml` has the wrong shape, such as a single value where a list of entries (each starting with `+-+` and a space) is expected.",
                            "The message says what is expected there.")
                    .examples(
                            Example.all(CLINIC.substring(0, CLINIC.indexOf("offices:")) + "offices: Arlington\n"),
                            Example.all(CLINIC)),
            Rule.of(
                            "facts/missing-key",
                            Severity.ERROR,
                            "A required line is missing, such as `phone:` at the top or `city:` in an office, or no office is listed.",
                            "Add the line the message names.")
                    .examples(
                            Example.all(
                                    CLINIC.replace("phone: \"202-555-0110\"\n", ""),
                                    CLINIC.replace("    city: Arlington\n", "")),
                            Example.all(CLINIC)),
            Rule.of(
                            "facts/unknown-key",
                            Severity.ERROR,
                            "A key the file does not know, often a typo such as `adress:`; the message suggests the key meant.",
                            "Correct the name.")
                    .examples(
                            Example.all(CLINIC + "    adress: 100 Example Street\n"),
                            Example.all(CLINIC + "    fax: \"703-555-0112\"\n")),
            Rule.of("facts/duplicate-key", Severity.ERROR, "The same key is given twice in one place.", "Keep one.")
                    .examples(Example.all(CLINIC + "    city: Arlington\n"), Example.all(CLINIC)),
            Rule.of(
                            "facts/bad-phone",
                            Severity.ERROR,
                            "A phone number in the file is not a complete number.",
                            "Write all ten digits, in quotes, such as `\"202-851-7034\"`.")
                    .examples(
                            Example.all(CLINIC.replace("202-555-0110", "202-555-011")),
                            Example.all(CLINIC.replace("202-555-0110", "(202) 555-0110"))),
            Rule.of(
                            "facts/bad-date",
                            Severity.ERROR,
                            "A date in the file is not a date.",
                            "Write year-month-day, such as `2026-11-24`.")
                    .examples(Example.all(CLINIC.replace("2026-06-01", "June 1, 2026")), Example.all(CLINIC)),
            Rule.of(
                            "facts/bad-office-id",
                            Severity.ERROR,
                            "An office id holds something other than lower-case letters, digits and hyphens.",
                            "Write it like `washington-dc`: it becomes part of attribute names such as `+{office-washington-dc-phone}+`.")
                    .examples(
                            Example.all(CLINIC.replace("id: arlington", "id: Arlington VA")),
                            Example.all(CLINIC.replace("id: arlington", "id: arlington-va"))),
            Rule.of(
                            "facts/duplicate-office",
                            Severity.ERROR,
                            "Two offices have the same id.",
                            "Give each office its own id.")
                    .examples(
                            Example.all(CLINIC + CLINIC.substring(CLINIC.indexOf("  - id:"))),
                            Example.all(CLINIC
                                    + CLINIC.substring(CLINIC.indexOf("  - id:"))
                                            .replace("arlington", "vienna"))),
            Rule.of(
                            "template/error",
                            Severity.ERROR,
                            "A template (`templates/*.ftl`) failed while building a page; the line and column are in the template.",
                            "If you did not change a template, send the message to the developers.")
                    .coveredBy("SiteBuildTest"),
            Rule.of(
                            "html/invalid",
                            Severity.ERROR,
                            "A built page is not valid HTML; the line named is the template or article line that produced it, when it can be found.",
                            "In an article this is usually a raw HTML passthrough: remove it or fix its markup. Some are warnings, as the W3C's HTML checker judges them.")
                    .examples(
                            Example.all(
                                    "<ul><p>Rest.</p></ul>", "<a href=\"/blog/example/\"><a href=\"/\">Home</a></a>"),
                            Example.all("<ul><li>Rest.</li></ul>")),
            Rule.of(
                            "html/validator",
                            Severity.ERROR,
                            "The HTML checker itself could not run.",
                            "Send the message to the developers.")
                    .coveredBy("SiteBuildTest"),
            Rule.of(
                            "redirects/yaml",
                            Severity.ERROR,
                            "`data/redirects.yml` is not valid YAML, or not a list of entries.",
                            "Write each entry as `- from: ...` with `to: ...` below it, indented by two spaces.")
                    .examples(
                            Example.all(
                                    "- from: /old-sciatica\n  to: [/blog/sciatica-basics/\n",
                                    "from: /old-sciatica\nto: /blog/sciatica-basics/\n"),
                            Example.all("- from: /old-sciatica\n  to: /blog/sciatica-basics/\n")),
            Rule.of(
                            "redirects/entry",
                            Severity.ERROR,
                            "An entry lacks `from:` or `to:`, or an address is not one of this site: it does not start with `/`, starts with `//` (another site), holds a space, a line break or an invisible character, or has a part between two `/` longer than 255 bytes, more than a file name can hold.",
                            "Give both, as the browser's address bar shows them after the site's name, starting with `/` (a space as `%20`).")
                    .examples(
                            Example.all(
                                    "- from: old-sciatica\n  to: /blog/sciatica-basics/\n",
                                    "- to: /blog/sciatica-basics/\n",
                                    "- from: /old sciatica\n  to: /blog/sciatica-basics/\n",
                                    "- from: //example.com/old\n  to: /blog/sciatica-basics/\n"),
                            Example.all(
                                    "- from: /old-sciatica\n  to: /blog/sciatica-basics/\n",
                                    "- from: /old%20sciatica\n  to: /blog/sciatica-basics/\n")),
            Rule.of(
                            "redirects/missing-target",
                            Severity.ERROR,
                            "The `to:` address is not a page of the site.",
                            "Write the address of an existing page, such as `/blog/<file name>/`.")
                    .examples(
                            Example.all("- from: /old-sciatica\n  to: /blog/sciatica-basic/\n"),
                            Example.all("- from: /old-sciatica\n  to: /blog/sciatica-basics/\n")),
            Rule.of(
                            "redirects/clash",
                            Severity.ERROR,
                            "The `from:` address is the address of a current page, which the redirect would hide.",
                            "Remove the entry, or correct its `from:`.")
                    .examples(
                            Example.all("- from: /blog/sciatica-basics/index.html\n  to: /blog/sciatica-basics/\n"),
                            Example.all("- from: /blog/sciatica-basics-old\n  to: /blog/sciatica-basics/\n")),
            Rule.of(
                            "redirects/unpublished-target",
                            Severity.WARNING,
                            "The `to:` address is an article that is not published yet: a draft (as `mvn -Pimport` makes them) or an article dated later.",
                            "Nothing to do: the old address leads there from the first build that publishes the article, and until then the old site still shows its page. If the article will not be published, remove the entry.")
                    .examples(
                            List.of(Example.files(
                                    "data/redirects.yml",
                                    "- from: /old-knee-pain\n  to: /blog/knee-pain/\n",
                                    "content/blog/knee-pain.adoc",
                                    Example.HEADER.replace("published", "draft") + "\nText.\n")),
                            List.of(Example.files(
                                    "data/redirects.yml",
                                    "- from: /old-sciatica\n  to: /blog/sciatica-basics/\n",
                                    "content/blog/knee-pain.adoc",
                                    Example.HEADER.replace("published", "draft") + "\nText.\n"))),
            Rule.of(
                            "build/settings",
                            Severity.ERROR,
                            "`jbake.properties`, the site's settings, cannot be read.",
                            "Restore the file, or undo the last change to it. When the message names a line, the setting on it is the problem: a setting written twice (keep one of the two lines: the site's engine would use one value and the checks the other), a count that is not a whole number such as `index.posts_per_page=ten` (write `10`), or a `site.timezone` that is not a time zone (write one such as `America/New_York`).")
                    .coveredBy("SiteBuildTest"),
            Rule.of(
                            "build/data-file",
                            Severity.ERROR,
                            "A file in `data/` other than `clinic.yml` and `redirects.yml` is not YAML the build can read, or holds a value that is not of the kind its `!!` tag names (`!!int many`).",
                            "Correct the line named, or move the file out of `data/` if the site does not need it: the build reads every file there for the templates.")
                    .coveredBy("SiteBuildFuzzTest"),
            Rule.of(
                            "cms/missing-script",
                            Severity.ERROR,
                            "The writing tool at `/admin/` needs the two scripts Maven fetches (the CMS and Asciidoctor.js, under `target/admin-vendor/`).",
                            "Build with `mvn package` (or `mvn -Ppreview`), not by running the build's Java class alone. It is for whoever runs the build.")
                    .coveredBy("AdminFilesTest"),
            Rule.of(
                            "preview/build-stopped",
                            Severity.ERROR,
                            "The build stopped unexpectedly.",
                            "Undo your last change and save again; if the message stays, send it to the developers. It happens in the preview only.")
                    .coveredBy("PreviewServerTest"));
}
