package org.ispc.blog.registry;

import java.util.List;
import java.util.stream.Stream;
import org.ispc.blog.diag.Severity;
import org.ispc.blog.lint.ContentLint;
import org.ispc.blog.rules.Rule;

/**
 * The one list of the build's rules: every rule id a finding can carry, with its level and what it means. The
 * content lint's rules are units of their own, each with examples that must and must not trigger it
 * ({@link ContentLint#rules}); the others are checked on baked fixture sites, and are described here.
 * {@code RulesTest} fails when the code reports a rule this list lacks, when a rule lacks its entry in the
 * writer's guide, or when a lint rule lacks its examples.
 */
public final class Rules {

    private Rules() {}

    /** Every rule, the content lint's first. */
    public static List<Rule> all() {
        return Stream.of(ContentLint.rules(), CHECKED_ON_BAKED_SITES, IMPORTER)
                .flatMap(List::stream)
                .toList();
    }

    /**
     * What {@code mvn -Pimport} says about a saved page of the old site it could not bring over as it was
     * (importer/OldPageImport); OldPageImportTest imports fixture pages and bakes what it made.
     */
    private static final List<Rule> IMPORTER = List.of(
            Rule.baked(
                    "import/empty-list",
                    Severity.WARNING,
                    "The old page has a list without items here: its items were lost on the old site. The sentence that announced it (ending with `:`) is kept, and the build reports it (<<lint-missing-list>>).",
                    "Write the items under it, or end the sentence with a full stop."),
            Rule.baked(
                    "import/not-converted",
                    Severity.WARNING,
                    "A table, a video or map embedded from another site, or a form stands here in the old page, and was left out; a comment in the article marks the place.",
                    "Write a table again as in <<tables>>, or as a short list; link to a video with words (`+https://www.youtube.com/watch?v=...[Watch the stretches]+`); leave a form out."),
            Rule.baked(
                    "import/old-site-link",
                    Severity.WARNING,
                    "A link leads to another page of the old site. It was kept, to the old site's address.",
                    "When that page is brought over too, link to its article here instead, as in <<links>>: `+xref:file-name.adoc[words]+`."),
            Rule.baked(
                    "import/remote-picture",
                    Severity.WARNING,
                    "A picture of the page was not saved with it (its address is on another site), and the importer does not go online to fetch it. A comment in the article marks where it stood.",
                    "Save the picture into `assets/images/` and show it there as in <<images>>, or save the page again with \"Web page, complete\"."),
            Rule.baked(
                    "import/missing-picture",
                    Severity.WARNING,
                    "The page names a picture in the folder saved with it, but the file is not there.",
                    "Save the page again with \"Web page, complete\", or copy the picture into `assets/images/` and show it where the comment in the article says."),
            Rule.baked(
                    "import/picture-renamed",
                    Severity.WARNING,
                    "`assets/images/` has another picture of the same name, which was left as it is; the page's picture was saved under the next free name, which the article uses.",
                    "Nothing to do, unless both are the same picture: then delete the new file and show the old one."),
            Rule.baked(
                    "import/article-exists",
                    Severity.WARNING,
                    "An article with the file name the title gives exists already, and was left as it is; the page was not brought over.",
                    "If it was brought over before, there is nothing to do. To bring it over again, rename or delete that article first."),
            Rule.baked(
                    "import/already-redirected",
                    Severity.WARNING,
                    "`data/redirects.yml` already leads the page's old address to an article: the page was brought over before (or written again by hand), and it was skipped.",
                    "To bring it over again, remove that entry first."),
            Rule.baked(
                    "import/no-article",
                    Severity.WARNING,
                    "No article was found in the saved page (it is a list of articles, a contact page, or not a page of the old site), or it has no title, or it could not be read.",
                    "Save the article's own page and import that."),
            Rule.baked(
                    "import/no-date",
                    Severity.WARNING,
                    "The page does not say when it was published, so the draft is dated today.",
                    "Set `:jbake-date:` to the day the old site published the article, if you know it."),
            Rule.baked(
                    "import/address-from-file-name",
                    Severity.WARNING,
                    "The page does not name its address on the old site (browsers keep it as the \"canonical\" link, which this page lacks), so the old address added to `data/redirects.yml` was made from the file's name.",
                    "Correct the `from:` there to the address the page had on the old site."));

    /** The rules of the checks that read baked pages, the facts file or the whole site. */
    private static final List<Rule> CHECKED_ON_BAKED_SITES = List.of(
            Rule.baked(
                    "content/missing-type",
                    Severity.ERROR,
                    "The header has no `:jbake-type:` line.",
                    "Add `:jbake-type: post` for an article, or `:jbake-type: page` for a page such as About."),
            Rule.baked(
                    "content/unknown-type",
                    Severity.ERROR,
                    "`:jbake-type:` says something other than `post` or `page`, often a typo such as `posts`.",
                    "Write `post` or `page`."),
            Rule.baked(
                    "content/unknown-header",
                    Severity.ERROR,
                    "A header line is one letter or two away from one the build reads, a misspelling such as `:jbake-summery:` or `:jbake-tag:` (or `tag=` in JBake's properties header); its value would be ignored.",
                    "Correct it as the message suggests (see <<header>> for the header lines). Any other `:jbake-NAME:` line is no mistake: it reaches the templates as `content.NAME`, as JBake passes it."),
            Rule.baked(
                    "content/unknown-status",
                    Severity.ERROR,
                    "`:jbake-status:` says something other than `published` or `draft`, often `Published` with a capital or a typo such as `publised`.",
                    "The article stays out of the site until the status is one of the two; write `published` to publish it."),
            Rule.baked(
                    "content/far-future-date",
                    Severity.WARNING,
                    "A published article is dated more than a year ahead, so it stays off the site until that day: nearly always a mistyped year (`2062` for `2026`).",
                    "Write the day the article should appear."),
            Rule.baked(
                    "content/bad-date",
                    Severity.ERROR,
                    "A date in the header is not a date.",
                    "Write year-month-day with hyphens: `2026-03-14`, not `14/03/2026` or `March 14, 2026`."),
            Rule.baked(
                    "content/file-name",
                    Severity.ERROR,
                    "The file's name becomes the page's address, and an address takes only lower-case letters, digits and single hyphens: `My Article.adoc` or `Back_Pain.adoc` would make addresses that break links.",
                    "Rename the file as the message suggests (`my-article.adoc`), or start articles with `mvn -Pnew`, which names the file for you. The article is left out of the site until it is renamed."),
            Rule.baked(
                    "content/reserved-address",
                    Severity.ERROR,
                    "The file would be published at an address the build keeps for pages it makes itself: the home page (`index`), the list of all articles (`archive`), the topic pages (anything under `tags/`), the feed (`feed`), the sitemap, the 404 page, `robots.txt`, the search's index, the host's `_headers` and `_redirects`, the home page's later pages (`/2/`, `/3/`, ...), and each old address of `data/redirects.yml`, where the build writes a page that sends readers on.",
                    "`content/tags.adoc`, for example, would be replaced by the list of topics without a word. Rename the file (`our-topics.adoc`), or move it into a folder such as `content/blog/`. The site is not published until it is fixed."),
            Rule.baked(
                    "content/tag-address",
                    Severity.ERROR,
                    "Every topic in `:jbake-tags:` gets a page, `/tags/<topic in words>.html`, and this topic cannot: it has no letter or digit (`!!!`, an emoji, `..`), it is longer than 80 characters, or it is `index`, the address of the page that lists every topic.",
                    "Write the topic in a few words, such as `back pain`, or take it out. The message names the topic's place on the line."),
            Rule.baked(
                    "content/not-asciidoc",
                    Severity.ERROR,
                    "A file in `content/` is neither an article nor a page: a data file (`.yml`, say).",
                    "Only AsciiDoc (`.adoc`), Markdown (`.md`) and HTML (`.html`) files become pages (see <<markdown>>). Write the text as an article (`mvn -Pnew -Dtitle=\"...\"` starts one), or move the file out of `content/` (data about the clinic goes in `data/clinic.yml`)."),
            Rule.baked(
                    "content/unknown-attribute",
                    Severity.ERROR,
                    "A Markdown or HTML article names a facts attribute the build does not know, such as `+{clinic-phon}+`: readers would see it as typed.",
                    "Correct it as the message suggests; the attributes are listed under <<clinic-facts>>."),
            Rule.baked(
                    "content/unreadable",
                    Severity.ERROR,
                    "The file is not UTF-8 text: it was probably saved in another encoding (Windows-1252, \"ANSI\"), often after text was pasted from a word processor.",
                    "Save it again as UTF-8 (in most editors: Save As, Encoding: UTF-8), then look at the line named: its quotes, dashes and accented letters are the characters that were saved wrongly. The same message can name a shared piece in `content/partials/`."),
            Rule.baked(
                    "content/include-outside",
                    Severity.ERROR,
                    "An `include::` names a file outside `content/`, or an address on the internet.",
                    "Copy the text into a file in `content/partials/` and include that (see <<includes>>)."),
            Rule.baked(
                    "content/include-loop",
                    Severity.ERROR,
                    "A shared piece includes itself, directly or through another piece (`a.adoc` includes `b.adoc`, which includes `a.adoc`), so the text would never end.",
                    "The message names the include that closes the loop: remove it, or the other one."),
            Rule.baked(
                    "content/include-missing",
                    Severity.ERROR,
                    "The file named by an `include::` does not exist or cannot be read.",
                    "Check its name and folder: from `content/blog/` the path starts with `../partials/`."),
            Rule.baked(
                    "content/include-tag",
                    Severity.ERROR,
                    "An include asks for a part of a shared piece by its tag (`include::../partials/x.adoc[tag=short]`), and the piece does not mark that part as it should: no part has that name (the page would leave it out), or a part is opened and never closed (the page would show the rest of the file).",
                    "Mark each part with a line `// tag::short[]` before it and `// end::short[]` after it, and check the name in the include (see <<includes>>)."),
            Rule.baked(
                    "files/outside-project",
                    Severity.ERROR,
                    "A file or folder the build reads (in `content/`, `assets/`, `templates/`, `data/`, or `jbake.properties`) is a link (a \"symlink\" or \"shortcut\") to somewhere outside the project, or to nothing.",
                    "The build would publish whatever that file holds, so it stops instead. Put the file itself in the project, or delete the link. A link to another file of the project is fine."),
            Rule.baked(
                    "asciidoc/unknown-style",
                    Severity.ERROR,
                    "A line in square brackets on its own, such as `[Editor's note: reviewed in 2026]`, is read by AsciiDoc as the style of the paragraph under it, and the line is left out of the page.",
                    "To show the words, write them without the brackets, or inside a sentence. When the brackets hold a misspelled style (`[souce]`, `[Warning]`), the message names the style meant: `[source]`, `[WARNING]`."),
            Rule.baked(
                    "asciidoc/error",
                    Severity.ERROR,
                    "Asciidoctor, which reads the articles, could not understand a line.",
                    "The most common case is `+{clinic-phon} is not a known attribute+`: an attribute name is misspelled. Write one of the attributes of <<clinic-facts>>, exactly as listed. For any other message, look at the line named and compare it with the examples in this guide."),
            Rule.baked(
                    "asciidoc/warning",
                    Severity.WARNING,
                    "Asciidoctor read the line but something looks wrong, such as a list numbered out of order.",
                    "The message says what it saw; fix the line it names."),
            Rule.baked(
                    "asciidoc/unclosed-block",
                    Severity.ERROR,
                    "A block opened with a line such as `----`, `|===`, `====` or `+____+` is never closed, so everything after it, to the end of the article, would be shown inside it (as code, as one table, as one quote).",
                    "Add the same line where the block should end; the message names it."),
            Rule.baked(
                    "links/missing-article",
                    Severity.ERROR,
                    "An `xref:` names a file that is not an article or page; the message suggests the closest name.",
                    "Write the file name of an existing article, as it is in `content/blog/` (see <<links>>)."),
            Rule.baked(
                    "links/unpublished-article",
                    Severity.ERROR,
                    "An `xref:` links to a draft or a scheduled article, which readers cannot see yet.",
                    "Remove the link until that article is published, or publish it first. The preview allows these links, so that you can write both articles at once."),
            Rule.baked(
                    "links/missing-anchor",
                    Severity.ERROR,
                    "An `xref:file.adoc#id` names a section id the other article does not have; the message lists the ids it has.",
                    "Use one of them, or put `+[[id]]+` on the line above the heading you mean. The same for `+<<id>>+`, a link to a section of the same article. An `xref:` without `.adoc` is read as such a link: to link to another article, write its file name in full, `+xref:sciatica-basics.adoc[...]+`."),
            Rule.baked(
                    "links/broken",
                    Severity.ERROR,
                    "A link or picture on a built page leads nowhere on the site, or to a `#section` the page does not have.",
                    "The line named is where the link was written, in an article or a template. Correct the address; link to articles with `xref:` and to pictures with `/images/...`. An address of another website begins with `https://` (`+link:https://www.nih.gov[the NIH]+`): without it, the browser looks for `www.nih.gov` on this site."),
            Rule.baked(
                    "page/remote-resource",
                    Severity.ERROR,
                    "A page would fetch something from another site as it opens: a picture given by its web address (`image::https://...[]`), a video player, a font or a script from another server.",
                    "The clinic's pages fetch nothing from elsewhere, so that no other company learns who reads about which condition, and the site's security policy would block it anyway. Save the picture under `assets/images/` and write `image::name.jpg[...]`; for a video, link to it with words (`https://...[Watch the stretches on YouTube]`) instead of embedding it."),
            Rule.baked(
                    "page/picture",
                    Severity.ERROR,
                    "A picture would not reach readers: it is in a format most browsers cannot show (HEIC, from an iPhone; TIFF; a file with no `.jpg` or `.png` in its name), it cannot be read (the file is damaged, or was saved from a web page as something else), or it is too large to prepare for phones (more than 64 megapixels).",
                    "Open it, save or export it as JPEG (a drawing as PNG), put that file in `assets/images/` and use its name (see <<images>>)."),
            Rule.baked(
                    "page/inline-script",
                    Severity.ERROR,
                    "A page carries script in its own text: a `<script>` or an `onclick=` pasted into a `++++` block, a `javascript:` address (in a link, a form, a frame's `srcdoc`, however it is spelled), or CSS that runs code.",
                    "The site's security policy lets only the site's own script files run, so it would do nothing on the published site (or, on a host that ignores the policy, run code nobody reviewed). Remove it; if the page needs behaviour, ask whoever maintains the templates."),
            Rule.baked(
                    "page/http-link",
                    Severity.WARNING,
                    "A link sends readers to another site over `http://`, unencrypted: what they do there can be read or changed on the way.",
                    "Write the site's `https://` address if it has one (nearly every site does). The page is still published, as JBake publishes it."),
            Rule.baked(
                    "page/not-allowed",
                    Severity.ERROR,
                    "HTML pasted into a `++++` block holds something the site's pages may not: an element such as `<iframe>`, `<object>`, `<embed>`, `<svg>`, `<style>`, `<base>` or `<meta http-equiv>`, an attribute AsciiDoc never writes, or an address of a kind pages do not use (a `data:` page, a form that sends to another site).",
                    "The pages hold only what AsciiDoc and the templates write, so that nothing a reviewer did not see can reach readers. Write it in AsciiDoc instead: `image::name.jpg[...]` for a picture, `+link:https://...[words]+` for a page or a video elsewhere, a table with `|===`; or remove it."),
            Rule.baked(
                    "related/self",
                    Severity.ERROR,
                    "An article names itself in `:jbake-related:`.",
                    "Remove its own file name from the line."),
            Rule.baked(
                    "related/unpublished",
                    Severity.ERROR,
                    "`:jbake-related:` names a draft or a scheduled article.",
                    "Remove it until that article is published."),
            Rule.baked(
                    "related/missing",
                    Severity.ERROR,
                    "`:jbake-related:` names a file that is not an article.",
                    "Write the file name of an article in `content/blog/`, such as `understanding-lumbar-spinal-stenosis.adoc`."),
            Rule.baked(
                    "facts/retired-phone",
                    Severity.ERROR,
                    "A phone number the clinic no longer uses.",
                    "Write `+{clinic-phone}+` (or `+{clinic-phone-link}+` for a link that calls) instead of the number."),
            Rule.baked(
                    "facts/unknown-phone",
                    Severity.ERROR,
                    "A phone number that is not one of the clinic's in `data/clinic.yml`.",
                    "If it is the clinic's, write `+{clinic-phone}+`. If it belongs to another organisation, such as a crisis line, ask for it to be added to `other-phones` in `data/clinic.yml`."),
            Rule.baked(
                    "facts/typed-phone",
                    Severity.WARNING,
                    "The clinic's current number is typed by hand, so it would not change when `data/clinic.yml` does.",
                    "Write the attribute the message names, such as `+{clinic-phone}+`. In a template it is an error."),
            Rule.baked(
                    "facts/tel-mismatch",
                    Severity.ERROR,
                    "A link that calls a number shows another number as its text, so a reader who taps it reaches another number than the one they read.",
                    "Write `+{clinic-phone-link}+`, which shows and calls the same number."),
            Rule.baked(
                    "facts/retired-office",
                    Severity.ERROR,
                    "The article mentions an office that has closed; the message names the current offices.",
                    "Name a current office, with its attribute, such as `+{office-arlington-name}+`."),
            Rule.baked(
                    "facts/unknown-office",
                    Severity.ERROR,
                    "The article mentions \"our ... office\" in a place where the clinic has no office.",
                    "Name a current office, with its attribute; if an office has opened there, it must be added to `data/clinic.yml` first."),
            Rule.baked(
                    "facts/typed-address",
                    Severity.WARNING,
                    "The article types the street address of one of the clinic's offices, as `data/clinic.yml` gives it.",
                    "Write its attribute instead, such as `+{office-arlington-address}+`: when the office moves, the file changes and every article with it."),
            Rule.baked(
                    "facts/unknown-address",
                    Severity.ERROR,
                    "The article types a street address (a number, a street, then a state and ZIP code) that is none of the clinic's offices.",
                    "Readers would take it for the clinic's. If an office is there, add its `street`, `suite` and `zip` to that office in `data/clinic.yml` first and write its attribute; if it is another place's address (a hospital, a gym), name the place instead of its address."),
            Rule.baked(
                    "facts/unread-file",
                    Severity.WARNING,
                    "A file of the site whose text the build cannot read, though readers can: a PDF of scanned pages (the message names the pages that are only pictures), a PDF locked with a password, or a kind of file the build has no reader for, such as a Word document.",
                    "It may hold an old number, and only a person can tell. Check its phone numbers and addresses against `data/clinic.yml` by hand, or publish its text as a page or a PDF exported from a document (without a password). See <<published-files>> and <<stale-pdf>>."),
            Rule.baked(
                    "facts/damaged-file",
                    Severity.ERROR,
                    "A file of the site is broken, so readers could not open it either: a PDF cut short by a failed upload or copy, a file named `.pdf` that is something else, an SVG with no drawing in it.",
                    "Export or save it again from the program that made it, and replace the file in `assets/`."),
            Rule.baked(
                    "facts/stale-verification",
                    Severity.WARNING,
                    "Nobody has confirmed the facts in `data/clinic.yml` for more than 180 days (`-Dfacts.maxAgeDays=N` changes the limit), or `verified:` is a day still to come.",
                    "Confirm every fact with the clinic (name, phone numbers, offices), then set `verified:` to today's date. The deploy pipeline, which builds with `-Dfacts.strict=true`, makes it an error."),
            Rule.baked(
                    "facts/registry",
                    Severity.WARNING,
                    "The practice's record in the national NPI registry disagrees with `data/clinic.yml`, such as an office or a number one of them does not list, or the registry could not be asked.",
                    "Find out which one is out of date and correct it. With `-Dfacts.strict=true` it is an error."),
            Rule.baked(
                    "facts/options",
                    Severity.ERROR,
                    "A setting given to the build is not valid, such as `-Dfacts.maxAgeDays=soon` or `-Dfacts.strict=ture`.",
                    "Write a whole number of days, and `true` or `false`."),
            Rule.baked(
                    "facts/missing-file",
                    Severity.ERROR,
                    "`data/clinic.yml` does not exist.",
                    "Restore it: every page takes the clinic's name, phone and offices from it."),
            Rule.baked(
                    "facts/unreadable",
                    Severity.ERROR,
                    "`data/clinic.yml` exists but cannot be read: it is locked or damaged, or, when the message names a line, it was saved in another encoding than UTF-8.",
                    "Save it again as UTF-8 and check that line's letters."),
            Rule.baked(
                    "facts/yaml-syntax",
                    Severity.ERROR,
                    "`data/clinic.yml` is not valid YAML at that line, often a quote that is not closed or a line indented by a different number of spaces than its neighbours.",
                    "Fix the line named."),
            Rule.baked(
                    "facts/yaml-shape",
                    Severity.ERROR,
                    "A part of `data/clinic.yml` has the wrong shape, such as a single value where a list of entries (each starting with `+-+` and a space) is expected.",
                    "The message says what is expected there."),
            Rule.baked(
                    "facts/missing-key",
                    Severity.ERROR,
                    "A required line is missing, such as `phone:` at the top or `city:` in an office, or no office is listed.",
                    "Add the line the message names."),
            Rule.baked(
                    "facts/unknown-key",
                    Severity.ERROR,
                    "A key the file does not know, often a typo such as `adress:`; the message suggests the key meant.",
                    "Correct the name."),
            Rule.baked("facts/duplicate-key", Severity.ERROR, "The same key is given twice in one place.", "Keep one."),
            Rule.baked(
                    "facts/bad-phone",
                    Severity.ERROR,
                    "A phone number in the file is not a complete number.",
                    "Write all ten digits, in quotes, such as `\"202-851-7034\"`."),
            Rule.baked(
                    "facts/bad-date",
                    Severity.ERROR,
                    "A date in the file is not a date.",
                    "Write year-month-day, such as `2026-11-24`."),
            Rule.baked(
                    "facts/bad-office-id",
                    Severity.ERROR,
                    "An office id holds something other than lower-case letters, digits and hyphens.",
                    "Write it like `washington-dc`: it becomes part of attribute names such as `+{office-washington-dc-phone}+`."),
            Rule.baked(
                    "facts/duplicate-office",
                    Severity.ERROR,
                    "Two offices have the same id.",
                    "Give each office its own id."),
            Rule.baked(
                    "template/error",
                    Severity.ERROR,
                    "A template (`templates/*.ftl`) failed while building a page; the line and column are in the template.",
                    "If you did not change a template, send the message to the developers."),
            Rule.baked(
                    "html/invalid",
                    Severity.ERROR,
                    "A built page is not valid HTML; the line named is the template or article line that produced it, when it can be found.",
                    "In an article this is usually a raw HTML passthrough: remove it or fix its markup. Some are warnings, as the W3C's HTML checker judges them."),
            Rule.baked(
                    "html/validator",
                    Severity.ERROR,
                    "The HTML checker itself could not run.",
                    "Send the message to the developers."),
            Rule.baked(
                    "redirects/yaml",
                    Severity.ERROR,
                    "`data/redirects.yml` is not valid YAML, or not a list of entries.",
                    "Write each entry as `- from: ...` with `to: ...` below it, indented by two spaces."),
            Rule.baked(
                    "redirects/entry",
                    Severity.ERROR,
                    "An entry lacks `from:` or `to:`, or an address is not one of this site: it does not start with `/`, starts with `//` (another site), holds a space, a line break or an invisible character, or has a part between two `/` longer than 255 bytes, more than a file name can hold.",
                    "Give both, as the browser's address bar shows them after the site's name, starting with `/` (a space as `%20`)."),
            Rule.baked(
                    "redirects/missing-target",
                    Severity.ERROR,
                    "The `to:` address is not a page of the site.",
                    "Write the address of an existing page, such as `/blog/<file name>/`."),
            Rule.baked(
                    "redirects/clash",
                    Severity.ERROR,
                    "The `from:` address is the address of a current page, which the redirect would hide.",
                    "Remove the entry, or correct its `from:`."),
            Rule.baked(
                    "redirects/unpublished-target",
                    Severity.WARNING,
                    "The `to:` address is an article that is not published yet: a draft (as `mvn -Pimport` makes them) or an article dated later.",
                    "Nothing to do: the old address leads there from the first build that publishes the article, and until then the old site still shows its page. If the article will not be published, remove the entry."),
            Rule.baked(
                    "build/settings",
                    Severity.ERROR,
                    "`jbake.properties`, the site's settings, cannot be read.",
                    "Restore the file, or undo the last change to it. When the message names a line, the setting on it is the problem: a setting written twice (keep one of the two lines: the site's engine would use one value and the checks the other), a count that is not a whole number such as `index.posts_per_page=ten` (write `10`), or a `site.timezone` that is not a time zone (write one such as `America/New_York`)."),
            Rule.baked(
                    "build/data-file",
                    Severity.ERROR,
                    "A file in `data/` other than `clinic.yml` and `redirects.yml` is not YAML the build can read, or holds a value that is not of the kind its `!!` tag names (`!!int many`).",
                    "Correct the line named, or move the file out of `data/` if the site does not need it: the build reads every file there for the templates."),
            Rule.baked(
                    "cms/missing-script",
                    Severity.ERROR,
                    "The writing tool at `/admin/` needs the two scripts Maven fetches (the CMS and Asciidoctor.js, under `target/admin-vendor/`).",
                    "Build with `mvn package` (or `mvn -Ppreview`), not by running the build's Java class alone. It is for whoever runs the build."),
            Rule.baked(
                    "preview/build-stopped",
                    Severity.ERROR,
                    "The build stopped unexpectedly.",
                    "Undo your last change and save again; if the message stays, send it to the developers. It happens in the preview only."));
}
