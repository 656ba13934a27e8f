package org.ispc.blog.lint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ispc.blog.checks.BuiltSite;
import org.ispc.blog.checks.Check;
import org.ispc.blog.checks.CleanVerdicts;
import org.ispc.blog.checks.Scope;
import org.ispc.blog.content.Manuscript;
import org.ispc.blog.content.SourceText;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Position;

/**
 * The writers' slips a reader would notice, caught at their line: a list promised by "including:" that
 * never comes, a stray character from another alphabet, garbled quotes, missing header fields, images
 * without a description, vague link text. Each rule id has an entry in the README.
 */
public final class ContentLint implements Check {

    static final int MAX_TITLE = 70;
    static final int MAX_SUMMARY = 160;

    /** Scripts a clinic's English prose uses; Greek is allowed for units and symbols such as µ and α. */
    private static final Set<Character.UnicodeScript> ENGLISH_SCRIPTS = Set.of(
            Character.UnicodeScript.LATIN,
            Character.UnicodeScript.COMMON,
            Character.UnicodeScript.INHERITED,
            Character.UnicodeScript.GREEK);

    /** UTF-8 text that was read as Windows-1252 once: â€™ for ’, Ã© for é, Â before a space. */
    private static final Pattern MOJIBAKE = Pattern.compile(
            "â€[\\u0080-\\u00BF\\u2010-\\u203A\\u0152\\u0153\\u0160\\u0161\\u017D\\u017E\\u0178\\u02C6\\u02DC\\u2122]?|Ã[\\u0080-\\u00BF]|Â[\\u00A0-\\u00BF]");

    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(\\*+|-|\\.+|\\d+\\.|[a-zA-Z]\\.|<\\d+>)\\s+\\S.*");
    /** The term of a description list: "Sciatica:: Pain along the sciatic nerve". */
    private static final Pattern DESCRIPTION_TERM = Pattern.compile("^[^\\s:][^:]*:{2,4}(\\s+\\S.*)?$");
    /** A list item as a word processor writes it: a bullet character, or "1)"; AsciiDoc prints both as text. */
    private static final Pattern WORD_LIST_ITEM =
            Pattern.compile("^\\s*([\u2022\u25E6\u25AA\u2023\u2013\u2014]|\\d+\\))\\s+\\S.*");
    /** Markup that needs an ordinary space after it, followed by a no-break space pasted from a word processor. */
    private static final Pattern MARKUP_BEFORE_NO_BREAK_SPACE = Pattern.compile("^(=+|\\*+|\\.+|-)\u00A0");

    private static final Pattern BLOCK_START =
            Pattern.compile("^(\\|===|====+|\\*\\*\\*\\*+|----+|\\.\\.\\.\\.+|\\[.*\\]|image::.*|include::.*)\\s*$");
    private static final Pattern HEADING = Pattern.compile("^(={2,6})\\s+\\S.*");
    /** A heading's marker with nothing after it; four or more '=' alone open an example block instead. */
    private static final Pattern EMPTY_HEADING = Pattern.compile("^(={1,3})\\s*$");
    /** ":Name: several words" in the body: a setting where text was meant. */
    private static final Pattern BODY_SETTING = Pattern.compile("^:([A-Za-z][\\w-]*):\\s+(\\S+\\s+\\S.*)$");

    /** An HTML tag a writer may type out of habit: AsciiDoc prints it as text. */
    private static final Pattern HTML_TAG = Pattern.compile(
            "</?(b|strong|i|em|u|br|p|a|img|ul|ol|li|h[1-6]|sup|sub|table|tr|td|th|div|span)(\\s[^<>]*)?/?>",
            Pattern.CASE_INSENSITIVE);
    /** A table attribute line that sets the columns or the format itself: its cells are not counted. */
    private static final Pattern TABLE_LAYOUT = Pattern.compile("cols|format|separator");
    /** What may stand right before a cell's '|' as its span or style ("2+", ".3+", "a", "^.^h"). */
    private static final Pattern CELL_SPEC =
            Pattern.compile("(\\d+\\*)?(\\d*(\\.\\d+)?\\+)?([<^>])?(\\.[<^>])?[adehlmsv]?");

    private static final Pattern LITERAL_DELIMITER = Pattern.compile("^(----+|\\.\\.\\.\\.+|\\+\\+\\+\\++)\\s*$");
    private static final Pattern IMAGE = Pattern.compile("image::?([^\\[\\s]+)\\[([^\\]]*)\\]");
    private static final Pattern LINK_TEXT =
            Pattern.compile("(?:link:|xref:|https?://)[^\\[\\s]*\\[([^\\]]*)\\]|<<[^,>]+,([^>]*)>>");
    /** Formatting and links that work in an article's text but show as typed in its summary. */
    private static final Pattern SUMMARY_MARKUP =
            Pattern.compile("(?:xref|link|image|mailto):\\S*\\[[^\\]]*\\]|https?://\\S+\\[[^\\]]*\\]|<<[^>]+>>"
                    + "|(?<![\\w*_`])([*_`])(?=\\S)[^*_`]*?\\S\\1(?![\\w*_`])");
    /** [text](address) and ![description](picture): Markdown, shown by AsciiDoc as typed. */
    private static final Pattern MARKDOWN_LINK = Pattern.compile(
            "(!?)\\[([^\\]\\[]+)\\]\\(((?:https?://|mailto:|www\\.|/)[^)\\s]*|[^)\\s/]+\\.(?:adoc|html?|jpe?g|png|gif|webp|svg|pdf))\\)");
    /** The second line of a Markdown table: |---|:--:| */
    private static final Pattern MARKDOWN_TABLE_RULE =
            Pattern.compile("^\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)+\\|?\\s*$");

    private static final Set<String> VAGUE_LINK_TEXT =
            Set.of("click here", "here", "read more", "more", "this link", "link", "this", "learn more");

    private static final String DUPLICATE_TITLE = "lint/duplicate-title";
    private static final String DUPLICATE_SLUG = "lint/duplicate-slug";
    private static final java.util.Set<String> DUPLICATE_RULES = java.util.Set.of(DUPLICATE_TITLE, DUPLICATE_SLUG);

    @Override
    public String name() {
        return "content lint";
    }

    @Override
    public List<Finding> run(BuiltSite site) {
        return runOn(site, Scope.everything(), List.of());
    }

    /**
     * Every rule but the duplicates reads one document: out of scope, last build's findings stand. Duplicates
     * are looked for among all documents every time.
     */
    @Override
    public List<Finding> runOn(BuiltSite site, Scope scope, List<Finding> previous) {
        List<Manuscript> docs = site.catalog().visible(site.settings().preview());
        List<Finding> findings = new ArrayList<>(previous.stream()
                .filter(f -> !scope.covers(f) && !DUPLICATE_RULES.contains(f.rule()))
                .toList());
        // each document on its own, on every core; a document found clean before, and unchanged since, is not read
        CleanVerdicts clean = new CleanVerdicts(
                site.root().resolve("target/cache/lint"), site.settings().today() + "\0" + reviewMaxAgeMonths());
        findings.addAll(docs.parallelStream()
                .filter(m -> scope.coversSource(m.path()))
                .flatMap(m -> clean
                        .findings("document", m.path(), m.source() + "\0" + m.bodyHtml(), () -> {
                            List<Finding> found = new ArrayList<>(lint(m));
                            reviewDue(m, site.settings().today(), found);
                            updated(m, site.settings().today(), found);
                            return found;
                        })
                        .stream())
                .toList());
        clean.save(scope.wholeSite());
        duplicates(docs, findings);
        return findings;
    }

    /** Months after which a medical review is due again; -Dreview.maxAgeMonths=N changes it. */
    static int reviewMaxAgeMonths() {
        try {
            return Integer.parseInt(
                    System.getProperty("review.maxAgeMonths", "12").trim());
        } catch (NumberFormatException e) {
            return 12;
        }
    }

    /**
     * The medical review's two header lines: both or neither (the page shows a review only with its reviewer, and
     * the build can tell when it is due only from its date), never dated after today (the page would claim a
     * review that has not taken place), and not older than the policy (the article may no longer say what
     * medicine says).
     */
    private static void reviewDue(Manuscript m, java.time.LocalDate today, List<Finding> findings) {
        if (m.reviewedBy().isPresent() && m.reviewedOn().isEmpty()) {
            findings.add(Finding.warning(
                    headerLine(m, ":jbake-reviewed-by:"),
                    "lint/review-incomplete",
                    "the medical review names its reviewer but not its date; add ':jbake-reviewed-on:' with the day"
                            + " of the review, such as " + today
                            + ", so that the build can tell when it is due again"));
        }
        if (m.reviewedOn().isPresent() && m.reviewedBy().isEmpty()) {
            findings.add(Finding.warning(
                    headerLine(m, ":jbake-reviewed-on:"),
                    "lint/review-incomplete",
                    "the medical review has a date but no reviewer, so the page does not show it; add"
                            + " ':jbake-reviewed-by:' with the clinician's name and credentials"));
        }
        m.reviewedOn()
                .filter(on -> on.isAfter(today) && m.isPublished())
                .ifPresent(on -> findings.add(Finding.error(
                        headerLine(m, ":jbake-reviewed-on:"),
                        "lint/review-future",
                        "the medical review is dated " + on
                                + ", a day still to come, and the page would say it took place;"
                                + " write the day the clinician reviewed the article")));
        int months = reviewMaxAgeMonths();
        m.reviewedOn()
                .filter(on -> on.plusMonths(months).isBefore(today))
                .ifPresent(on -> findings.add(Finding.warning(
                        headerLine(m, ":jbake-reviewed-on:"),
                        "lint/review-due",
                        "the medical review dates from " + on + ", more than " + months + " months ago; ask a"
                                + " clinician to review the article again, then update :jbake-reviewed-by: and"
                                + " :jbake-reviewed-on:")));
    }

    /**
     * The day of the last update: after the article's own date (an update cannot come before it was published,
     * and readers would see the dates the wrong way round) and, once published, not after today (the page would
     * claim a change nobody has made yet).
     */
    private static void updated(Manuscript m, java.time.LocalDate today, List<Finding> findings) {
        m.updatedOn()
                .filter(on -> m.date().filter(on::isBefore).isPresent())
                .ifPresent(on -> findings.add(Finding.error(
                        headerLine(m, ":jbake-updated:"),
                        "lint/updated-before-date",
                        "the update is dated " + on + ", before the article's date "
                                + m.date().orElseThrow() + "; write the day you last changed the article, or"
                                + " remove the line if it has not changed since")));
        m.updatedOn()
                .filter(on -> on.isAfter(today) && m.isPublished())
                .ifPresent(on -> findings.add(Finding.error(
                        headerLine(m, ":jbake-updated:"),
                        "lint/updated-future",
                        "the update is dated " + on + ", a day still to come, and the page would say the article"
                                + " was changed then; write the day you changed it, such as " + today)));
    }

    /** Every rule that concerns one document on its own. */
    List<Finding> lint(Manuscript m) {
        List<Finding> findings = new ArrayList<>();
        headerFields(m, findings);
        String[] written = m.source().lines().toArray(String[]::new); // \n, and \r\n from files saved on Windows
        // JBake's properties header (title=..., then ~~~~~~) is no AsciiDoc: its lines are empty for the rules below
        String[] lines = m.sourceBelowHeader().lines().toArray(String[]::new);
        int bodyStart = bodyStart(lines);
        emptyBody(m, lines, bodyStart).ifPresent(findings::add);
        gluedToHeader(m.path(), lines, bodyStart).ifPresent(findings::add);
        boolean inLiteral = false;
        int tableOpenedAt = -1; // the line of an open table's "|===", while one is open
        Paragraph paragraph = new Paragraph();
        int lastHeading = 1;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int number = i + 1;
            characters(m.path(), written[i], number, findings);
            placeholder(m, written[i], number, findings);
            noBreakSpaceAfterMarkup(m.path(), line, number).ifPresent(findings::add);
            if (i < bodyStart) {
                continue;
            }
            if (startsWithAny(line, "-.+") && LITERAL_DELIMITER.matcher(line).matches()) {
                inLiteral = !inLiteral;
                paragraph.end();
                continue;
            }
            if (inLiteral || line.startsWith("//")) {
                continue;
            }
            if (line.startsWith("|===") && line.strip().equals("|===")) {
                if (tableOpenedAt < 0) {
                    tableOpenedAt = i;
                } else {
                    incompleteTableRow(m.path(), lines, tableOpenedAt, i).ifPresent(findings::add);
                    tableOpenedAt = -1;
                }
            }
            if (line.startsWith(":")) {
                settingForText(m.path(), line, number).ifPresent(findings::add);
            }
            paragraph.next(m.path(), line, number).ifPresent(findings::add);
            if (line.stripTrailing().endsWith(":")
                    && !line.startsWith(":")
                    && !line.startsWith("[")
                    && !LIST_ITEM.matcher(line).matches()
                    && !HEADING.matcher(line).matches()
                    && !(line.contains("::") && DESCRIPTION_TERM.matcher(line).matches())
                    && !nextIsList(lines, i + 1)) {
                findings.add(Finding.error(
                        Position.at(m.path(), number, line.stripTrailing().length()),
                        "lint/missing-list",
                        "this sentence ends with ':' but no list follows; add the list (one '* item' per line, after"
                                + " a blank line) or end the sentence with a full stop"));
            }
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                int level = heading.group(1).length();
                if (level > lastHeading + 1) {
                    // an error: the page's outline is invalid HTML, which fails the build's HTML check anyway;
                    // this says so at the heading, with what to write
                    findings.add(Finding.error(
                            Position.at(m.path(), number, 1),
                            "lint/heading-skip",
                            "this heading jumps from level " + lastHeading + " to level " + level + "; use "
                                    + "=".repeat(lastHeading + 1) + " so screen readers can follow the outline"));
                }
                lastHeading = level;
            }
            if (line.startsWith("=")) {
                emptyHeading(m.path(), line, number).ifPresent(findings::add);
            }
            images(m.path(), line, number, findings);
            linkText(m.path(), line, number, findings);
            markdown(m.path(), lines, i, findings);
            if (line.indexOf('<') >= 0) {
                htmlTag(m.path(), line, number).ifPresent(findings::add);
            }
            wordList(m.path(), lines, i).ifPresent(findings::add);
        }
        return findings;
    }

    /**
     * A heading begun and left without its words ("== " alone): AsciiDoc prints the equals signs as a paragraph of
     * their own, and the section the writer meant is not there.
     */
    private static Optional<Finding> emptyHeading(String path, String line, int number) {
        Matcher m = EMPTY_HEADING.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        String marker = m.group(1).length() == 1 ? "==" : m.group(1);
        return Optional.of(Finding.error(
                Position.at(path, number, 1),
                "lint/empty-heading",
                "this heading has no words, and the page would show '" + m.group(1) + "' as a line of text; write the"
                        + " heading after the equals signs and a space, such as '" + marker
                        + " When to see a specialist', or delete the line"));
    }

    /**
     * A table whose cells do not fill its last row: Asciidoctor leaves that row's cells out of the page without a
     * word. The columns are the cells of the table's first line, as AsciiDoc counts them; tables with a cols or
     * format attribute, or with cell styles and spans ("2+|", "a|"), are AsciiDoc's own business and not counted.
     *
     * @param open the line of the table's opening "|===", {@code close} that of its closing one
     */
    private static Optional<Finding> incompleteTableRow(String path, String[] lines, int open, int close) {
        boolean ownLayout = open > 0
                && lines[open - 1].startsWith("[")
                && TABLE_LAYOUT.matcher(lines[open - 1]).find();
        return ownLayout ? Optional.empty() : incompleteRow(path, lines, open + 1, close);
    }

    private static Optional<Finding> incompleteRow(String path, String[] lines, int from, int to) {
        List<Position> cells = new ArrayList<>(); // where each cell's '|' stands
        int columns = 0;
        for (int i = from; i < to; i++) {
            String line = lines[i];
            if (line.startsWith("//")) {
                continue;
            }
            int onThisLine = 0;
            for (int c = 0; c < line.length(); c++) {
                if (line.charAt(c) != '|' || c > 0 && line.charAt(c - 1) == '\\') {
                    continue;
                }
                int tokenStart = c;
                while (tokenStart > 0 && !Character.isWhitespace(line.charAt(tokenStart - 1))) {
                    tokenStart--;
                }
                String before = line.substring(tokenStart, c);
                if (!before.isEmpty() && CELL_SPEC.matcher(before).matches()) {
                    return Optional.empty(); // a span or a style: not counted
                }
                cells.add(Position.at(path, i + 1, c + 1));
                onThisLine++;
            }
            if (columns == 0) {
                columns = onThisLine;
            }
        }
        if (columns == 0 || cells.size() % columns == 0) {
            return Optional.empty();
        }
        return Optional.of(Finding.error(
                cells.get(cells.size() / columns * columns), // the first cell of the row left out
                "lint/table-cells",
                "this table has " + columns + " columns (its first line has " + columns + " cells) but "
                        + cells.size() + " cells in all, so its last row is incomplete and the page leaves its cells"
                        + " out, from this one; add the missing cells (an empty cell is a '|' alone), here or in a"
                        + " row above"));
    }

    /**
     * ":Tip: drink water before bed." in the body is an attribute entry: AsciiDoc sets an attribute named Tip and
     * shows nothing. A value of several words is text a writer meant to show; a single word may be a setting.
     */
    private static Optional<Finding> settingForText(String path, String line, int number) {
        Matcher entry = BODY_SETTING.matcher(line);
        if (!entry.matches()) {
            return Optional.empty();
        }
        String name = entry.group(1);
        String text = entry.group(2).strip();
        String box =
                org.ispc.blog.asciidoc.AsciidocConverter.ADMONITIONS.contains(name.toUpperCase(java.util.Locale.ROOT))
                        ? ", or '" + name.toUpperCase(java.util.Locale.ROOT) + ": " + text + "' for a "
                                + name.toLowerCase(java.util.Locale.ROOT) + " box"
                        : "";
        return Optional.of(Finding.error(
                Position.at(path, number, 1),
                "lint/setting-line",
                "this line starts with ':" + name + ":', which AsciiDoc reads as a setting named '" + name
                        + "', and the page does not show it; write '" + name + ": " + text
                        + "' without the first colon" + box));
    }

    /**
     * An HTML tag typed in the text (<b>, <br>, <a href=...>): AsciiDoc shows it as typed, angle brackets and all.
     * The message gives the AsciiDoc that does what the tag meant.
     */
    private static Optional<Finding> htmlTag(String path, String line, int number) {
        Matcher tag = HTML_TAG.matcher(line);
        // +++<b>+++ and pass:[...] hand HTML to the page on purpose
        if (!tag.find() || insideBackticks(line, tag.start()) || line.contains("+++") || line.contains("pass:[")) {
            return Optional.empty();
        }
        String name = tag.group(1).toLowerCase(java.util.Locale.ROOT);
        String instead =
                switch (name) {
                    case "b", "strong" -> "write *bold words* between stars";
                    case "i", "em" -> "write _words in italics_ between underscores";
                    case "br" ->
                        "end the line with a space and a '+' to break it there, or leave an empty line for a new"
                                + " paragraph";
                    case "p" -> "leave an empty line between paragraphs";
                    case "a" ->
                        "write the link as https://www.example.org/[the words to click] (or xref:article.adoc[...]"
                                + " for an article of this blog)";
                    case "img" -> "show a picture with image::file-name.jpg[what it shows]";
                    case "ul", "ol", "li" -> "start each item of a list with '* ' (or '. ' for numbered steps)";
                    case "sup" -> "write ^words^ between carets for superscript";
                    case "sub" -> "write ~words~ between tildes for subscript";
                    case "table", "tr", "td", "th" ->
                        "write the table between two '|===' lines (see the writer's guide," + " Tables)";
                    case "u" -> "AsciiDoc has no underline (readers take it for a link); use *bold* for emphasis";
                    default ->
                        name.startsWith("h")
                                ? "start a heading with '== ' (and one inside it with '=== ')"
                                : "write the words without the tag";
                };
        return Optional.of(Finding.error(
                Position.at(path, number, tag.start() + 1),
                "lint/html-tag",
                "'" + tag.group() + "' is HTML, which AsciiDoc shows exactly as typed; " + instead));
    }

    /** Whether a position of the line stands in `monospace`, where AsciiDoc shows code as typed on purpose. */
    private static boolean insideBackticks(String line, int at) {
        int ticks = 0;
        for (int i = 0; i < at; i++) {
            if (line.charAt(i) == '`') {
                ticks++;
            }
        }
        return ticks % 2 == 1;
    }

    /**
     * The first item of a list pasted from a word processor ("• item", "– item", "1) item"): the page would print it
     * as text. Word processors turn "- " into a dash, so dashes count when two lines in a row start with one.
     */
    private static Optional<Finding> wordList(String path, String[] lines, int i) {
        String start = lines[i].stripLeading();
        // a pattern for every line of every article is a cost: only lines starting as such an item are tried
        if (start.isEmpty()
                || !Character.isDigit(start.charAt(0))
                        && "\u2022\u25E6\u25AA\u2023\u2013\u2014".indexOf(start.charAt(0)) < 0
                || !WORD_LIST_ITEM.matcher(lines[i]).matches()
                || i > 0 && WORD_LIST_ITEM.matcher(lines[i - 1]).matches()) {
            return Optional.empty();
        }
        char marker = start.charAt(0);
        boolean dash = marker == '\u2013' || marker == '\u2014';
        if (dash
                && !(i + 1 < lines.length
                        && WORD_LIST_ITEM.matcher(lines[i + 1]).matches())) {
            return Optional.empty(); // one line after a dash is a sentence, or a quotation's "— its author"
        }
        boolean numbered = Character.isDigit(marker);
        return Optional.of(Finding.error(
                Position.at(path, i + 1, lines[i].indexOf(lines[i].strip()) + 1),
                "lint/word-list",
                numbered
                        ? "this list is numbered '1)', which AsciiDoc prints as text; start each item with '. ' (a"
                                + " full stop and a space) and AsciiDoc numbers them"
                        : "this list starts its items with '" + lines[i].strip().charAt(0) + "' (pasted from a word"
                                + " processor), which AsciiDoc prints as text; start each item with '* ' (a star and a"
                                + " space)"));
    }

    /**
     * "==" or "*" followed by a no-break space: AsciiDoc does not see the markup at all. (Header lines are looked
     * at where every document is read, drafts included: see the article engine.)
     */
    private static Optional<Finding> noBreakSpaceAfterMarkup(String path, String line, int number) {
        if (line.indexOf('\u00A0') < 0) {
            return Optional.empty();
        }
        Matcher markup = MARKUP_BEFORE_NO_BREAK_SPACE.matcher(line);
        if (!markup.find()) {
            return Optional.empty();
        }
        return Optional.of(Finding.error(
                Position.at(path, number, markup.end()),
                "lint/no-break-space",
                "a no-break space (pasted from a word processor) follows '" + markup.group(1) + "', and AsciiDoc"
                        + " needs an ordinary space there to see it; delete the space and type it again"));
    }

    /**
     * A line right under the header lines, with no blank line between: AsciiDoc counts it as part of the header
     * and leaves it out of the page, without a word.
     */
    private static Optional<Finding> gluedToHeader(String path, String[] lines, int bodyStart) {
        for (int i = bodyStart; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                return Optional.empty();
            }
            if (!line.startsWith("//") && !line.startsWith(":")) {
                return Optional.of(Finding.error(
                        Position.at(path, i + 1, 1),
                        "lint/glued-header",
                        "this line follows the header lines with no empty line between them, and AsciiDoc leaves it"
                                + " out of the page; leave an empty line above it"));
            }
        }
        return Optional.empty();
    }

    /** Links, pictures and tables written the Markdown way, which the page would show as typed. */
    private static void markdown(String path, String[] lines, int i, List<Finding> findings) {
        String line = lines[i];
        if (line.contains("](")) {
            Matcher link = MARKDOWN_LINK.matcher(line);
            while (link.find()) {
                String text = link.group(2);
                String address = link.group(3);
                // a picture on a line of its own is a block (image::), one inside a sentence an inline image (image:)
                String macro = line.strip().equals(link.group()) ? "image::" : "image:";
                String asciidoc = !link.group(1).isEmpty()
                        ? macro + address.replaceFirst("^/images/", "") + "[" + text + "]"
                        : address.endsWith(".adoc")
                                ? "xref:" + address + "[" + text + "]"
                                : (address.startsWith("www.") ? "https://" : address.startsWith("/") ? "link:" : "")
                                        + address + "[" + text + "]";
                findings.add(Finding.error(
                        Position.at(path, i + 1, link.start() + 1),
                        "lint/markdown",
                        "this " + (link.group(1).isEmpty() ? "link" : "picture") + " is written the Markdown way,"
                                + " and the page would show it as typed; in AsciiDoc write " + asciidoc));
            }
        }
        if (line.startsWith("|")
                && !line.startsWith("|===")
                && i + 1 < lines.length
                && MARKDOWN_TABLE_RULE.matcher(lines[i + 1]).matches()) {
            findings.add(Finding.error(
                    Position.at(path, i + 1, 1),
                    "lint/markdown",
                    "this table is written the Markdown way, and the page would show its lines as typed; in AsciiDoc"
                            + " a table goes between two '|===' lines, one '|cell' per cell and no '---' line (see"
                            + " the writer's guide, \"Tables\")"));
        }
    }

    private static void headerFields(Manuscript m, List<Finding> findings) {
        Position top = Position.at(m.path(), 1, 1);
        if (m.title().isBlank()) {
            findings.add(Finding.error(
                    top, "lint/missing-title", "the file has no title; start it with a line '= Title of the article'"));
        } else if (m.title().length() > MAX_TITLE) {
            findings.add(Finding.warning(
                    top,
                    "lint/long-title",
                    "the title has " + m.title().length() + " characters; search results cut it after about "
                            + MAX_TITLE + ", so shorten it"));
        }
        if (!m.isPost()) {
            return;
        }
        Position summaryAt = headerLine(m, ":jbake-summary:");
        if (m.date().isEmpty()
                && SourceText.lineStartingWith(m.path(), m.source(), ":jbake-date:")
                        .isEmpty()) {
            findings.add(Finding.error(
                    top,
                    "lint/missing-date",
                    "the article has no date; add a line ':jbake-date: 2026-03-14' to the header"
                            + (looksLikeADate(m.author())
                                    ? " (AsciiDoc reads the date under the title as the author's name: a date line"
                                            + " comes under the author line)"
                                    : "")));
        }
        if (!writesField(m, "summary")) {
            // JBake has no summary: a JBake site is still published, with its opening sentences as the summary
            findings.add(Finding.warning(
                    summaryAt,
                    "lint/missing-summary",
                    "the article has no summary, so lists and search results show "
                            + (m.summary().isBlank() ? "none" : "its opening: '" + m.summary() + "'")
                            + "; add ':jbake-summary:' with one or two sentences (at most " + MAX_SUMMARY
                            + " characters) to choose what they show"));
        } else if (m.summary().isBlank()) {
            findings.add(Finding.error(
                    summaryAt,
                    "lint/missing-summary",
                    "the summary is empty; write one or two sentences (at most " + MAX_SUMMARY
                            + " characters) for lists and search results, or remove the line"));
        } else if (m.summary().length() > MAX_SUMMARY) {
            findings.add(Finding.warning(
                    summaryAt,
                    "lint/long-summary",
                    "the summary has " + m.summary().length() + " characters; search results show about " + MAX_SUMMARY
                            + ", so shorten it"));
        }
        Matcher markup = SUMMARY_MARKUP.matcher(writesField(m, "summary") ? m.summary() : "");
        if (markup.find()) {
            findings.add(Finding.error(
                    summaryAt,
                    "lint/summary-markup",
                    "the summary is shown as plain text (in lists, search results, the feed and shared links), so '"
                            + markup.group().strip() + "' would appear exactly as typed; write it without formatting"
                            + " or links"));
        }
        if (m.tags().isEmpty()) {
            findings.add(
                    Finding.warning(
                            headerLine(m, ":jbake-tags:"),
                            "lint/no-tags",
                            "the article has no tags; add ':jbake-tags:' with two to four topics, such as 'sciatica, nerve pain'"));
        }
        topicSlips(m).ifPresent(findings::add);
        if (m.author().isBlank()) {
            findings.add(Finding.warning(
                    Position.at(m.path(), 2, 1),
                    "lint/no-author",
                    "the article names no author; write who wrote it on the line right under the title, such as"
                            + " 'ISPPC Patient Education Team' (without it, the page names the clinic as its author)"));
        }
    }

    /**
     * Topics separated by semicolons become one topic ("back pain; posture" gets a page of its own), and a topic
     * written as a hashtag keeps its '#' on the page: both are what other tools taught writers.
     */
    private static Optional<Finding> topicSlips(Manuscript m) {
        for (String tag : m.tags()) {
            String fix = null;
            if (tag.contains(";")) {
                List<String> meant = m.tags().stream()
                        .flatMap(t -> java.util.Arrays.stream(t.split(";")))
                        .map(String::strip)
                        .filter(t -> !t.isEmpty())
                        .toList();
                fix = "topics are separated by commas, and this makes '" + tag + "' one topic; write ':jbake-tags: "
                        + String.join(", ", meant) + "'";
            } else if (tag.startsWith("#")) {
                fix = "a topic is written as words, without '#': write '"
                        + tag.substring(1).strip() + "' (several words are fine, such as 'back pain')";
            }
            if (fix != null) {
                return Optional.of(Finding.error(headerLine(m, ":jbake-tags:"), "lint/topic-format", fix));
            }
        }
        return Optional.empty();
    }

    /** Whether the header writes a field, as {@code :jbake-NAME:} or in JBake's properties header as {@code NAME=}. */
    private static boolean writesField(Manuscript m, String field) {
        if (SourceText.lineStartingWith(m.path(), m.source(), ":jbake-" + field + ":")
                .isPresent()) {
            return true;
        }
        String header = m.source()
                .lines()
                .limit(m.propertiesHeaderLines())
                .map(String::trim)
                .filter(line -> line.startsWith(field + "="))
                .findFirst()
                .orElse("");
        return !header.isEmpty();
    }

    /** An author line that is a date: the trap of a date line written right under the title. */
    private static boolean looksLikeADate(String author) {
        return author.matches("\\d{4}-\\d{2}-\\d{2}.*");
    }

    /** Where a header line stands, or the document's first line when it has none. */
    private static Position headerLine(Manuscript m, String prefix) {
        return SourceText.lineStartingWith(m.path(), m.source(), prefix).orElse(Position.at(m.path(), 1, 1));
    }

    /** A published document with nothing after its header: its page would be a title alone. */
    private static Optional<Finding> emptyBody(Manuscript m, String[] lines, int bodyStart) {
        for (int i = bodyStart; i < lines.length; i++) {
            if (!lines[i].isBlank() && !lines[i].startsWith("//")) {
                return Optional.empty();
            }
        }
        if (!m.isPublished()) {
            return Optional.empty();
        }
        return Optional.of(Finding.error(
                Position.at(m.path(), 1, 1),
                "lint/empty-article",
                "the article has no text after its header; write it under the header, after a blank line, or set"
                        + " :jbake-status: draft until it is ready"));
    }

    private static void characters(String path, String line, int number, List<Finding> findings) {
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            if (cp >= 0x20 && cp < 0x7F) {
                i++; // printable ASCII, nearly all of an article: nothing any rule below reports
                continue;
            }
            Position at = Position.at(path, number, i + 1);
            if (cp == 0xFFFD) {
                findings.add(Finding.error(
                        at,
                        "lint/replacement-char",
                        "a '\uFFFD' stands here: a character was lost when the text was copied; retype it"));
            } else if (cp < 0x20 && cp != '\t' && cp != '\r' || cp == 0x7F || cp >= 0x80 && cp < 0xA0) {
                findings.add(Finding.error(
                        at,
                        "lint/control-char",
                        String.format(
                                Locale.ROOT, "an invisible control character (U+%04X) stands here; delete it", cp)));
            } else if (Character.isLetter(cp) && !ENGLISH_SCRIPTS.contains(Character.UnicodeScript.of(cp))) {
                String hint = cp == 0x4E00
                        ? "it looks like a dash but is the Chinese character for 'one'; write -- (an em dash) instead"
                        : "it is not an English letter; retype the word";
                findings.add(Finding.error(
                        at,
                        "lint/foreign-script",
                        String.format(
                                Locale.ROOT,
                                "the character '%s' (U+%04X, %s script) stands in English text: %s",
                                new String(Character.toChars(cp)),
                                cp,
                                Character.UnicodeScript.of(cp).name().toLowerCase(Locale.ROOT),
                                hint)));
            }
            i += Character.charCount(cp);
        }
        Matcher garbled = MOJIBAKE.matcher(line);
        while (garbled.find()) {
            findings.add(Finding.error(
                    Position.at(path, number, garbled.start() + 1),
                    "lint/mojibake",
                    "'" + garbled.group()
                            + "' is garbled text from a bad copy (a quote, dash or accent); retype that character"));
        }
    }

    /**
     * The placeholders `mvn -Pnew` writes: allowed in a draft, an error once the article is to be published,
     * where a reader would see them.
     */
    private static void placeholder(Manuscript m, String line, int number, List<Finding> findings) {
        int at = line.indexOf(org.ispc.blog.writer.NewArticle.PLACEHOLDER);
        if (at >= 0 && m.isPublished()) {
            findings.add(Finding.error(
                    Position.at(m.path(), number, at + 1),
                    "lint/placeholder",
                    "this line still holds the placeholder '" + org.ispc.blog.writer.NewArticle.PLACEHOLDER
                            + "' from the new-article template; write the text, or set :jbake-status: draft until it"
                            + " is ready"));
        }
    }

    private static void images(String path, String line, int number, List<Finding> findings) {
        Matcher image = IMAGE.matcher(line);
        while (image.find()) {
            String alt = image.group(2).split(",", 2)[0].trim();
            if (alt.isEmpty() || alt.contains("=")) {
                findings.add(Finding.error(
                        Position.at(path, number, image.start() + 1),
                        "lint/image-alt",
                        "the image '" + image.group(1)
                                + "' has no description; write what it shows between the brackets," + " e.g. image::"
                                + image.group(1) + "[Physical therapist guiding a stretch]"));
            }
            String description = image.group(2).trim();
            // curly quotes from a word processor are no quotes to AsciiDoc: the fix has straight ones instead
            boolean curly = description.startsWith("\u201C") || description.startsWith("\u2018");
            String words = curly ? description.replaceAll("^[\u201C\u2018]|[\u201D\u2019]$", "") : description;
            commaInDescription(description)
                    .ifPresent(rest -> findings.add(Finding.error(
                            Position.at(path, number, image.start(2) + 1),
                            "lint/image-comma",
                            "the picture's description has a comma, and AsciiDoc reads what follows it ('" + rest
                                    + "') as the picture's width; put the whole description in "
                                    + (curly
                                            ? "straight double quotes (curly ones, from a word processor, are not"
                                                    + " quotes to AsciiDoc): "
                                            : "double quotes: ")
                                    + image.group().substring(0, image.start(1) - image.start()) + image.group(1)
                                    + "[\"" + words + "\"]")));
        }
    }

    /**
     * What follows a comma in a picture's description, when AsciiDoc would take it as the width: not a number,
     * not a named attribute, not inside quotes.
     */
    private static Optional<String> commaInDescription(String attributes) {
        String text = attributes.trim();
        if (text.startsWith("\"") || text.startsWith("'")) {
            return Optional.empty();
        }
        String[] parts = text.split(",", 3);
        if (parts.length < 2) {
            return Optional.empty();
        }
        String second = parts[1].trim();
        return second.isEmpty() || second.contains("=") || second.matches("\\d+(px|%)?")
                ? Optional.empty()
                : Optional.of(second);
    }

    private static void linkText(String path, String line, int number, List<Finding> findings) {
        Matcher link = LINK_TEXT.matcher(line);
        while (link.find()) {
            String text = (link.group(1) != null ? link.group(1) : link.group(2))
                    .trim()
                    .toLowerCase(Locale.ROOT);
            if (VAGUE_LINK_TEXT.contains(text)) {
                findings.add(Finding.warning(
                        Position.at(path, number, link.start() + 1),
                        "lint/vague-link-text",
                        "the link text '" + text + "' says nothing about where it leads; use the destination's topic,"
                                + " e.g. [our guide to sciatica]"));
            }
        }
    }

    /**
     * Follows where paragraphs begin and end, to catch a list or an image written on the line right after a
     * sentence: AsciiDoc reads it as more words of that paragraph, so readers see "* stretch daily" or
     * "image::knee.jpg[...]" as text (the "including:" with nothing after it of the clinic's old site); and a
     * paragraph that begins with spaces, which AsciiDoc shows as a literal block.
     */
    private static final class Paragraph {
        private static final Pattern BLOCK_MACRO = Pattern.compile("^(image|video|audio)::\\S+\\[.*\\]\\s*$");
        private static final Pattern BOUNDARY = Pattern.compile(
                "^(\\|===|====+|\\*\\*\\*\\*+|____+|--|\\+|\\[.*\\]|:[^:\\s]+:.*|\\.[^.\\s].*|={1,6}\\s.*)\\s*$");
        private static final Pattern DESCRIPTION_TERM = Pattern.compile("^\\S.*?(::|;;)(\\s.*)?$");

        private enum Open {
            NOTHING,
            TEXT,
            LIST
        }

        private Open open = Open.NOTHING;
        private boolean inTable;

        void end() {
            open = Open.NOTHING;
        }

        Optional<Finding> next(String path, String line, int number) {
            if (line.strip().equals("|===")) {
                inTable = !inTable;
                end();
                return Optional.empty();
            }
            if (inTable
                    || line.isBlank()
                    || startsWithAny(line, "|=*_-+[:.")
                            && BOUNDARY.matcher(line).matches()) {
                end();
                return Optional.empty();
            }
            if (line.contains("::") && BLOCK_MACRO.matcher(line).matches()) {
                if (open == Open.NOTHING) {
                    return Optional.empty();
                }
                String macro = line.strip();
                return Optional.of(Finding.error(
                        Position.at(path, number, 1),
                        "lint/glued-block",
                        "this line follows the text above without a blank line, so readers see '" + shortened(macro)
                                + "' as words of that paragraph instead of the picture; leave a blank line before it"));
            }
            if (mayBeListItem(line) && LIST_ITEM.matcher(line).matches()) {
                Open before = open;
                open = Open.LIST;
                if (before == Open.TEXT) {
                    return Optional.of(Finding.error(
                            Position.at(path, number, 1),
                            "lint/glued-block",
                            "this list item follows the sentence above without a blank line, so readers see '"
                                    + shortened(line.strip())
                                    + "' as words of that paragraph instead of a list; leave a blank line before"
                                    + " the list's first item"));
                }
                return Optional.empty();
            }
            if (open == Open.NOTHING && Character.isWhitespace(line.charAt(0))) {
                open = Open.TEXT;
                return Optional.of(Finding.error(
                        Position.at(path, number, line.indexOf(line.strip()) + 1),
                        "lint/indented-text",
                        "this paragraph starts with spaces or a tab (pasted text often does), and AsciiDoc shows it as"
                                + " a grey box of fixed-width text, as it shows code; delete the spaces before '"
                                + shortened(line.strip()) + "'"));
            }
            if (open == Open.NOTHING) {
                boolean term = (line.contains("::") || line.contains(";;"))
                        && DESCRIPTION_TERM.matcher(line).matches();
                open = term ? Open.LIST : Open.TEXT;
            }
            return Optional.empty();
        }

        private static String shortened(String text) {
            return text.length() > 40 ? text.substring(0, 37) + "..." : text;
        }
    }

    /** Whether a line starts with one of {@code chars}: the patterns it guards all do. */
    private static boolean startsWithAny(String line, String chars) {
        return !line.isEmpty() && chars.indexOf(line.charAt(0)) >= 0;
    }

    /** Whether a line can match {@link #LIST_ITEM}: a marker (*, -, ., <, a digit, or a letter and a dot) first. */
    private static boolean mayBeListItem(String line) {
        int i = 0;
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        if (i >= line.length()) {
            return false;
        }
        char c = line.charAt(i);
        return "*-.<".indexOf(c) >= 0
                || Character.isDigit(c)
                || Character.isLetter(c) && i + 1 < line.length() && line.charAt(i + 1) == '.';
    }

    private static boolean nextIsList(String[] lines, int from) {
        for (int i = from; i < lines.length; i++) {
            String l = lines[i];
            if (l.isBlank() || l.startsWith("//")) {
                continue;
            }
            return LIST_ITEM.matcher(l).matches()
                    || DESCRIPTION_TERM.matcher(l).matches()
                    || WORD_LIST_ITEM.matcher(l).matches() // reported as lint/word-list, once
                    || BLOCK_START.matcher(l.strip()).matches()
                    || l.startsWith(".") && !l.startsWith(". ");
        }
        return false;
    }

    /** The first line after the header (title, author line, attribute lines). */
    private static int bodyStart(String[] lines) {
        int top = 0;
        while (top < lines.length && lines[top].isEmpty()) {
            top++; // below JBake's properties header, whose lines are left empty
        }
        int i = top;
        while (i < lines.length
                && (lines[i].startsWith("=") && i == top
                        || lines[i].startsWith(":")
                        || i == top + 1 && !lines[i].isBlank()
                        || i == top + 2 && revisionLine(lines, top))) {
            i++;
        }
        return i;
    }

    /** Whether the title has an author line and, under it, a revision line (the date JBake reads). */
    private static boolean revisionLine(String[] lines, int top) {
        return lines[top].startsWith("=")
                && !lines[top + 1].isBlank()
                && !lines[top + 1].startsWith(":")
                && !lines[top + 2].isBlank()
                && !lines[top + 2].startsWith(":");
    }

    private static void duplicates(List<Manuscript> docs, List<Finding> findings) {
        sameKey(
                docs,
                m -> m.title().trim().toLowerCase(Locale.ROOT),
                (m, other) -> Finding.error(
                        Position.at(m.path(), 1, 1),
                        DUPLICATE_TITLE,
                        "'" + m.title() + "' is also the title of " + other.path()
                                + "; give each article its own title"),
                findings);
        sameKey(
                docs,
                Manuscript::url,
                (m, other) -> Finding.error(
                        Position.at(m.path(), 1, 1),
                        DUPLICATE_SLUG,
                        "this file would be published at " + m.url() + ", like " + other.path()
                                + "; rename one of the files"),
                findings);
    }

    /** Reports every document whose key another document shares, naming the other one. */
    private static void sameKey(
            List<Manuscript> docs,
            java.util.function.Function<Manuscript, String> key,
            java.util.function.BiFunction<Manuscript, Manuscript, Finding> finding,
            List<Finding> findings) {
        Map<String, List<Manuscript>> groups = new HashMap<>();
        for (Manuscript m : docs) {
            String k = key.apply(m);
            if (!k.isEmpty()) {
                groups.computeIfAbsent(k, x -> new ArrayList<>()).add(m);
            }
        }
        for (List<Manuscript> group : groups.values()) {
            for (int i = 0; group.size() > 1 && i < group.size(); i++) {
                findings.add(finding.apply(group.get(i), group.get(i == 0 ? 1 : 0)));
            }
        }
    }
}
