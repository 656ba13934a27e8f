package org.ispc.blog.importer;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ispc.blog.facts.TypedFacts;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * An old page's article written as the body of an AsciiDoc article: headings, paragraphs, lists (nested too),
 * links, bold and italic, quotes and pictures. The clinic's numbers and office names become the attributes that
 * write them. What has no place in an article of this site (a table, an embedded video, a form) is left out with
 * a comment where it stood and a note for the report.
 */
final class ArticleBody {

    static final String NOT_CONVERTED = "import/not-converted";
    static final String EMPTY_LIST = "import/empty-list";
    static final String OLD_SITE_LINK = "import/old-site-link";

    /** Places a picture of the page in assets/images/ and gives its file name there, or notes why it could not. */
    interface Pictures {
        Optional<String> place(Element img, String writtenSrc, List<Note> notes);
    }

    private static final Set<String> INLINE = Set.of(
            "a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "data", "del", "dfn", "em", "font", "i", "ins", "kbd",
            "label", "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u",
            "var", "wbr");
    /** Content of another kind than text, which an article of this site does not hold. */
    private static final Set<String> NOT_TEXT = Set.of(
            "table",
            "iframe",
            "video",
            "audio",
            "object",
            "embed",
            "canvas",
            "svg",
            "map",
            "math",
            "form",
            "input",
            "button",
            "select",
            "textarea");
    /** Markup with nothing for readers. */
    private static final Set<String> UNSEEN = Set.of("script", "style", "noscript", "template", "link", "meta");

    private final TypedFacts facts;
    private final Pictures pictures;
    private final Map<Element, String> written;
    /** The old page's own address, against which its relative links are read. */
    private final Optional<URI> oldPage;

    private final List<Note> notes = new ArrayList<>();
    /** The level of the article's highest headings, which become "==". */
    private int topLevel = 2;

    ArticleBody(TypedFacts facts, Pictures pictures, Map<Element, String> written, Optional<URI> oldPage) {
        this.facts = facts;
        this.pictures = pictures;
        this.written = written;
        this.oldPage = oldPage;
    }

    /** What the last {@link #write} could not bring over as it was, in the order met. */
    List<Note> notes() {
        return List.copyOf(notes);
    }

    /** The article as AsciiDoc blocks, separated by blank lines, ending with a line break. */
    String write(Element article) {
        topLevel = article.select("h1, h2, h3, h4, h5, h6").stream()
                .mapToInt(h -> h.tagName().charAt(1) - '0')
                .min()
                .orElse(2);
        Blocks blocks = new Blocks();
        blocksOf(article, blocks);
        return blocks.text();
    }

    // ---- blocks

    private enum Kind {
        TEXT,
        BULLETS,
        NUMBERS
    }

    /** The blocks written so far; two lists in a row get a comment between them, or AsciiDoc would join them. */
    private static final class Blocks {
        private final StringBuilder out = new StringBuilder();
        private Kind last;

        void add(String block, Kind kind) {
            if (block.isBlank()) {
                return;
            }
            if (!out.isEmpty()) {
                out.append(kind != Kind.TEXT && kind == last ? "\n\n//\n\n" : "\n\n");
            }
            out.append(block.strip());
            last = kind;
        }

        boolean isEmpty() {
            return out.isEmpty();
        }

        String text() {
            return out.isEmpty() ? "" : out + "\n";
        }
    }

    private void blocksOf(Element container, Blocks blocks) {
        Inline paragraph = new Inline(container);
        for (Node child : container.childNodes()) {
            if (child instanceof TextNode || child instanceof Element e && isInline(e)) {
                paragraph.node(child);
            } else if (child instanceof Element e) {
                paragraph.flushInto(blocks);
                paragraph = new Inline(container);
                block(e, blocks);
            }
        }
        paragraph.flushInto(blocks);
    }

    private static boolean isInline(Element e) {
        return INLINE.contains(e.normalName())
                && e.select("p, div, ul, ol, h1, h2, h3, h4, h5, h6, table, blockquote")
                        .isEmpty();
    }

    private void block(Element e, Blocks blocks) {
        String tag = e.normalName();
        if (UNSEEN.contains(tag)) {
            return;
        }
        if (NOT_TEXT.contains(tag)) {
            notConverted(e, blocks);
            return;
        }
        switch (tag) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> heading(e, blocks);
            case "p" -> {
                Inline text = new Inline(e);
                text.children(e);
                text.flushInto(blocks);
            }
            case "ul", "ol" ->
                list(e, 1).ifPresent(list -> blocks.add(list, tag.equals("ol") ? Kind.NUMBERS : Kind.BULLETS));
            case "img" -> picture(e, Optional.empty()).ifPresent(p -> blocks.add(p, Kind.TEXT));
            case "figure" -> figure(e, blocks);
            case "blockquote" -> {
                Blocks quoted = new Blocks();
                blocksOf(e, quoted);
                if (!quoted.isEmpty()) {
                    blocks.add("____\n" + quoted.text() + "____", Kind.TEXT);
                }
            }
            case "pre" -> {
                String literal = e.wholeText().stripTrailing().replaceAll("^\\n+", "");
                if (!literal.isBlank()) {
                    blocks.add("....\n" + literal + "\n....", Kind.TEXT);
                }
            }
            case "hr" -> blocks.add("'''", Kind.TEXT);
            case "dl" -> definitions(e, blocks);
            case "br" -> {}
            default -> blocksOf(e, blocks);
        }
    }

    private void heading(Element e, Blocks blocks) {
        Inline text = new Inline(e);
        text.children(e);
        String words = text.line(" ");
        if (!words.isEmpty()) {
            int level = Math.max(2, Math.min(6, e.normalName().charAt(1) - '0' - topLevel + 2));
            blocks.add("=".repeat(level) + " " + words, Kind.TEXT);
        }
        text.pictures.forEach(p -> blocks.add(p, Kind.TEXT));
    }

    /**
     * A list, nested lists included, one item per line. A list without items (the old page lost them) is left out
     * and noted: the sentence that announced it stays as it was, and the build reports it at its line.
     */
    private Optional<String> list(Element list, int depth) {
        String marker = (list.normalName().equals("ol") ? "." : "*").repeat(Math.min(depth, 5));
        List<String> lines = new ArrayList<>();
        for (Element item : list.children()) {
            if (!item.normalName().equals("li")) {
                continue;
            }
            Inline text = new Inline(item);
            List<String> after = new ArrayList<>();
            for (Node child : item.childNodes()) {
                if (child instanceof Element e
                        && (e.normalName().equals("ul") || e.normalName().equals("ol"))) {
                    list(e, depth + 1).ifPresent(after::add);
                } else if (child instanceof Element e
                        && !isInline(e)
                        && !e.normalName().equals("br")) {
                    if (text.isEmpty()
                            && after.isEmpty()
                            && (e.normalName().equals("p") || e.normalName().equals("div"))) {
                        text.children(e);
                    } else {
                        Blocks attached = new Blocks();
                        block(e, attached);
                        if (!attached.isEmpty()) {
                            after.add("+\n" + attached.text().strip());
                        }
                    }
                } else {
                    text.node(child);
                }
            }
            String words = text.line(" +\n");
            if (words.isEmpty() && after.isEmpty() && text.pictures.isEmpty()) {
                continue;
            }
            lines.add(marker + " " + (words.isEmpty() ? "{empty}" : words));
            text.pictures.forEach(p -> lines.add("+\n" + p));
            lines.addAll(after);
        }
        if (lines.isEmpty()) {
            if (depth == 1) {
                notes.add(Note.at(
                        list,
                        EMPTY_LIST,
                        "a list with no items stands here in the old page; it was left out, and the sentence before it"
                                + " stays as it was: write the items the old page lost"));
            }
            return Optional.empty();
        }
        return Optional.of(String.join("\n", lines));
    }

    private void definitions(Element dl, Blocks blocks) {
        List<String> lines = new ArrayList<>();
        for (Element e : dl.children()) {
            Inline text = new Inline(e);
            text.children(e);
            String words = text.line(" ");
            if (words.isEmpty()) {
                continue;
            }
            lines.add(e.normalName().equals("dt") ? words + "::" : "  " + words);
        }
        blocks.add(String.join("\n", lines), Kind.TEXT);
    }

    private void figure(Element figure, Blocks blocks) {
        Element caption = figure.selectFirst("figcaption");
        Optional<String> title = Optional.ofNullable(caption).map(c -> {
            Inline text = new Inline(c);
            text.children(c);
            return text.line(" ");
        });
        for (Element img : figure.select("img")) {
            picture(img, title.filter(t -> !t.isEmpty())).ifPresent(p -> blocks.add(p, Kind.TEXT));
            title = Optional.empty();
        }
    }

    /** {@code image::file.jpg[What it shows]}, once the picture is in assets/images/. */
    private Optional<String> picture(Element img, Optional<String> caption) {
        String src = written.getOrDefault(img, img.attr("src"));
        String alt = SavedPage.oneLine(img.attr("alt"));
        Optional<String> file = pictures.place(img, src, notes);
        if (file.isEmpty()) {
            // where it stood, for the writer who brings it over by hand
            return Optional.of("// The old page showed a picture here that was not copied: " + src
                    + (alt.isEmpty() ? "" : " (\"" + alt + "\")"));
        }
        return file.map(name -> {
            String described = alt.contains(",") || alt.contains("=") || alt.startsWith("\"")
                    ? "\"" + alt.replace("\"", "\\\"") + "\""
                    : AsciidocText.inBrackets(alt);
            return caption.map(c -> "." + c + "\n").orElse("") + "image::" + name + "[" + described + "]";
        });
    }

    private void notConverted(Element e, Blocks blocks) {
        String tag = e.normalName();
        String what =
                switch (tag) {
                    case "table" -> "a table";
                    case "iframe", "object", "embed" -> "content embedded from another site (a video or a map)";
                    case "video", "audio" -> "a " + tag;
                    case "form", "input", "button", "select", "textarea" -> "a form";
                    default -> "a drawing (<" + tag + ">)";
                };
        String source = e.hasAttr("src") ? " (" + e.attr("src") + ")" : "";
        notes.add(Note.at(
                e,
                NOT_CONVERTED,
                what + source + " stands here in the old page and was left out; "
                        + (tag.equals("table")
                                ? "write it as an AsciiDoc table (see the writer's guide, \"Tables\") or as a list"
                                : "link to it with words instead, or leave it out")));
        blocks.add("// The old page had " + what + source + " here, left out by the importer.", Kind.TEXT);
    }

    // ---- inline text

    /** The text of one block as it is written: formatting, links, facts and escapes; its pictures come after it. */
    private final class Inline {
        private final StringBuilder out = new StringBuilder();
        private final List<String> pictures = new ArrayList<>();
        /** Whether AsciiDoc could pair a formatting mark of this block's text with another. */
        private final boolean pairable;

        Inline(Element block) {
            pairable = AsciidocText.couldPair(block.text())
                    || !block.select("b, strong, i, em, code, tt, sup, sub").isEmpty();
        }

        boolean isEmpty() {
            return out.toString().isBlank();
        }

        void children(Element e) {
            e.childNodes().forEach(this::node);
        }

        void node(Node node) {
            if (node instanceof TextNode t) {
                text(t.text());
                return;
            }
            if (!(node instanceof Element e)) {
                return;
            }
            switch (e.normalName()) {
                case "b", "strong" -> formatted(e, "*");
                case "i", "em", "cite", "dfn", "var" -> formatted(e, "_");
                case "code", "kbd", "samp", "tt" -> monospace(e);
                case "sup" -> formatted(e, "^");
                case "sub" -> formatted(e, "~");
                case "q" -> {
                    out.append('"');
                    children(e);
                    out.append('"');
                }
                case "br" -> out.append(" +\n");
                case "a" -> link(e);
                case "img" -> picture(e, Optional.empty()).ifPresent(pictures::add);
                default -> {
                    if (UNSEEN.contains(e.normalName())) {
                        return;
                    }
                    if (NOT_TEXT.contains(e.normalName())) {
                        Blocks left = new Blocks();
                        notConverted(e, left);
                        return;
                    }
                    children(e);
                }
            }
        }

        private void text(String raw) {
            String text = raw.replaceAll("[ \\t\\n\\r\\f]+", " ");
            int at = 0;
            for (TypedFacts.Typed typed : facts.in(text)) {
                out.append(AsciidocText.escape(text.substring(at, typed.start()), pairable));
                out.append(typed.reference());
                at = typed.end();
            }
            out.append(AsciidocText.escape(text.substring(at), pairable));
        }

        /**
         * Bold, italic and the like, around what the element holds: constrained ({@code *word*}) where AsciiDoc
         * sees a word's edge on both sides, doubled ({@code **part**word}) where it would not.
         */
        private void formatted(Element e, String mark) {
            Inline inner = new Inline(e, pairable);
            inner.children(e);
            pictures.addAll(inner.pictures);
            String text = inner.out.toString();
            String core = text.strip();
            if (core.isEmpty() || hasFormattingAncestor(e, mark)) {
                out.append(text);
                return;
            }
            out.append(text, 0, text.indexOf(core));
            char before = out.isEmpty() ? ' ' : out.charAt(out.length() - 1);
            String trailing = text.substring(text.indexOf(core) + core.length());
            int after = trailing.isEmpty() ? firstCharAfter(e) : ' ';
            boolean constrained = !AsciidocText.isWordChar(before)
                    && ";:}".indexOf(before) < 0
                    && (after < 0 || !AsciidocText.isWordChar(after));
            String m = constrained ? mark : mark + mark;
            out.append(m).append(core).append(m).append(trailing);
        }

        private boolean hasFormattingAncestor(Element e, String mark) {
            for (Element p = e.parent(); p != null && isInline(p); p = p.parent()) {
                String tag = p.normalName();
                if (mark.equals("*") && (tag.equals("b") || tag.equals("strong"))
                        || mark.equals("_") && (tag.equals("i") || tag.equals("em"))) {
                    return true;
                }
            }
            return false;
        }

        private void monospace(Element e) {
            String code = SavedPage.oneLine(e.text());
            if (code.isEmpty()) {
                return;
            }
            out.append(code.contains("+") ? "`" + AsciidocText.escape(code, true) + "`" : "`+" + code + "+`");
        }

        /** A link as AsciiDoc writes it; tel: links to the clinic's numbers write the number's attribute. */
        private void link(Element a) {
            String href = written.getOrDefault(a, a.attr("href")).strip();
            Inline inner = new Inline(a, pairable);
            inner.children(a);
            pictures.addAll(inner.pictures);
            String text = inner.out.toString().strip();
            String plain = SavedPage.oneLine(a.text());
            String lower = href.toLowerCase(Locale.ROOT);
            if (text.isEmpty() || href.isEmpty() || href.startsWith("#") || lower.startsWith("javascript:")) {
                out.append(text);
                return;
            }
            if (lower.startsWith("tel:")) {
                String target = href.substring(4);
                out.append(facts.telLink(target, plain)
                        .orElseGet(() -> "link:tel:" + facts.dialled(target).orElse(target.replaceAll("\\s", "")) + "["
                                + AsciidocText.inBrackets(text) + "]"));
                return;
            }
            if (lower.startsWith("mailto:")) {
                out.append(
                        href.equalsIgnoreCase("mailto:" + plain)
                                ? "mailto:" + plain + "[]"
                                : "mailto:" + href.substring(7) + "[" + AsciidocText.inBrackets(text) + "]");
                return;
            }
            Optional<URI> target = resolve(href);
            if (target.isEmpty()) {
                notes.add(Note.at(
                        a,
                        OLD_SITE_LINK,
                        "the link '" + href + "' on '" + plain + "' leads to a page of the old site, whose address is"
                                + " not known here; it was kept as text: link it to an article of this site with"
                                + " xref:file-name.adoc[" + plain + "]"));
                out.append(text);
                return;
            }
            URI uri = target.get();
            if (oldPage.isPresent() && sameSite(uri, oldPage.get())) {
                notes.add(Note.at(
                        a,
                        OLD_SITE_LINK,
                        "the link on '" + plain + "' leads to the old site's page " + uri.getRawPath()
                                + "; once that page is imported too, link to its article here with"
                                + " xref:file-name.adoc[" + plain + "]"));
            }
            String url = uri.toString();
            boolean safe = url.matches("[A-Za-z0-9:/?=&%.,;@!$'()\\-]+");
            char before = out.isEmpty() ? ' ' : out.charAt(out.length() - 1);
            boolean macro = !safe || AsciidocText.isWordChar(before) || before == ':';
            out.append(macro ? "link:" : "").append(safe ? url : "++" + url + "++");
            out.append(plain.equals(url) ? "[]" : "[" + AsciidocText.inBrackets(text) + "]");
        }

        /** The text as one line, or lines joined by {@code breaks} where the page had line breaks. */
        String line(String breaks) {
            String text = out.toString().replaceAll(" {2,}", " ").replaceAll("^[ \\u00A0]+|[ \\u00A0]+$", "");
            String[] lines = text.split(" ?\\+\\n", -1);
            List<String> kept = new ArrayList<>();
            for (String l : lines) {
                String s = l.replaceAll("^[ \\u00A0]+|[ \\u00A0]+$", "");
                if (!s.isEmpty()) {
                    kept.add(s);
                }
            }
            return String.join(breaks, kept);
        }

        /** Adds the text as a paragraph, then its pictures, to the blocks. */
        void flushInto(Blocks blocks) {
            String paragraph = line(" +\n");
            blocks.add(paragraph.isEmpty() ? "" : AsciidocText.asParagraph(paragraph), Kind.TEXT);
            pictures.forEach(p -> blocks.add(p, Kind.TEXT));
        }

        private Inline(Element block, boolean pairable) {
            this.pairable = pairable;
        }
    }

    /** The first character of the text after {@code e} in its block; -1 at the block's end. */
    private static int firstCharAfter(Element e) {
        for (Node n = e; n != null; n = n.parent()) {
            for (Node next = n.nextSibling(); next != null; next = next.nextSibling()) {
                String text = next instanceof TextNode t ? t.text() : next instanceof Element el ? el.text() : "";
                if (!text.isEmpty()) {
                    return text.charAt(0);
                }
            }
            if (!(n.parent() instanceof Element p) || !isInline(p)) {
                return -1;
            }
        }
        return -1;
    }

    private Optional<URI> resolve(String href) {
        try {
            URI uri = new URI(href.replace(" ", "%20"));
            if (uri.isAbsolute()) {
                return uri.getScheme().startsWith("http") ? Optional.of(uri) : Optional.empty();
            }
            if (href.startsWith("//")) {
                return Optional.of(new URI("https:" + href));
            }
            return oldPage.map(page -> page.resolve(uri));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean sameSite(URI a, URI b) {
        return a.getHost() != null
                && b.getHost() != null
                && stripWww(a.getHost()).equalsIgnoreCase(stripWww(b.getHost()));
    }

    private static String stripWww(String host) {
        return host.startsWith("www.") ? host.substring(4) : host;
    }
}
