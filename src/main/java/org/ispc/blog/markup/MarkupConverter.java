package org.ispc.blog.markup;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.PegdownExtensions;
import com.vladsch.flexmark.profile.pegdown.PegdownOptionsAdapter;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.ispc.blog.asciidoc.Converted;
import org.ispc.blog.content.BodyReading;
import org.ispc.blog.content.Markup;
import org.ispc.blog.content.PropertiesHeader;
import org.ispc.blog.diag.Finding;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Converts a Markdown or HTML article's body as jbake-core 2.7 does (its {@code MarkdownEngine}: flexmark with the
 * pegdown extensions named by {@code markdown.extensions}; its {@code RawMarkupEngine}: the HTML as written), after
 * filling in the clinic's facts attributes, and points links to other articles by file name at their pages.
 */
public final class MarkupConverter {

    /** flexmark's attribute for where an element stands in the source, as "start-end" character offsets. */
    public static final String SOURCE_POSITION = "md-pos";
    /** jbake-core's default.properties: markdown.extensions=HARDWRAPS,AUTOLINKS,FENCED_CODE_BLOCKS,DEFINITIONS. */
    private static final DataHolder JBAKE_DEFAULTS =
            markdownOptions(List.of("HARDWRAPS", "AUTOLINKS", "FENCED_CODE_BLOCKS", "DEFINITIONS"));

    private final Path projectRoot;
    private final DataHolder markdownOptions;
    private final ClinicFill clinicFill;
    private final UnaryOperator<String> addressOf;

    /**
     * @param markdownExtensions jbake.properties' {@code markdown.extensions}: pegdown extension names, each
     *     optionally prefixed with + or - (added or removed)
     * @param attributes the facts attributes every document may use ({@code clinic-phone}), AsciiDoc-valued
     * @param addressOf a content file's address from its path ({@code content/blog/x.md} to {@code /blog/x/})
     */
    public MarkupConverter(
            Path projectRoot,
            List<String> markdownExtensions,
            Map<String, String> attributes,
            UnaryOperator<String> addressOf) {
        this.projectRoot = projectRoot;
        this.markdownOptions = markdownOptions(markdownExtensions);
        this.clinicFill = new ClinicFill(attributes);
        this.addressOf = addressOf;
    }

    /**
     * What a Markdown or HTML file's body becomes; its title and header fields come from the properties header.
     *
     * @param path the file's path from the project root
     */
    public Converted convert(String path, String source, Markup markup, Optional<PropertiesHeader> header) {
        String body = header.map(h -> h.blanked(source)).orElse(source);
        List<Finding> findings = new ArrayList<>();
        String filled = clinicFill.fill(path, body, markup, findings);
        String html = markup == Markup.MARKDOWN
                ? markdown(markdownOptions).render(parser(markdownOptions).parse(filled))
                : filled.replaceFirst("^(\\r?\\n)+", ""); // JBake's body starts on the line after the separator
        html = ArticleLinks.pointed(path, html, this::address);
        org.jsoup.nodes.Document parsed = Jsoup.parseBodyFragment(html);
        Set<String> ids = new LinkedHashSet<>();
        for (Element e : parsed.select("[id]")) {
            ids.add(e.id());
        }
        return new Converted("", Map.of(), html, ids, BodyReading.of(parsed), findings, Map.of());
    }

    /**
     * A Markdown body rendered with each element's place in the source ({@link #SOURCE_POSITION}, character offsets
     * into {@code body}), with JBake's default extensions, for the checks that name a line.
     */
    public static String markdownWithPositions(String body) {
        MutableDataSet options = new MutableDataSet(JBAKE_DEFAULTS);
        options.set(HtmlRenderer.SOURCE_POSITION_ATTRIBUTE, SOURCE_POSITION);
        return markdown(options).render(parser(options).parse(body));
    }

    /** The address of the content file a link names, relative to the linking file, if there is such a file. */
    private Optional<String> address(String fromPath, String target) {
        Path dir = Path.of(fromPath).getParent();
        Path resolved = (dir == null ? Path.of(target) : dir.resolve(target)).normalize();
        String path = resolved.toString().replace('\\', '/');
        if (!path.startsWith("content/") || !Files.isRegularFile(projectRoot.resolve(resolved))) {
            return Optional.empty();
        }
        return Optional.of(addressOf.apply(path));
    }

    private static Parser parser(DataHolder options) {
        return Parser.builder(options).build();
    }

    private static HtmlRenderer markdown(DataHolder options) {
        return HtmlRenderer.builder(options).build();
    }

    /** jbake-core's MarkdownEngine: the named pegdown extensions, through flexmark's pegdown profile. */
    static DataHolder markdownOptions(List<String> names) {
        int extensions = PegdownExtensions.NONE;
        for (String name : names) {
            String trimmed = name.trim();
            if (trimmed.startsWith("-")) {
                extensions &= ~extension(trimmed.substring(1));
            } else {
                extensions |= extension(trimmed.startsWith("+") ? trimmed.substring(1) : trimmed);
            }
        }
        MutableDataSet options = new MutableDataSet(PegdownOptionsAdapter.flexmarkOptions(extensions));
        // the line breaks JBake writes as XHTML's <br />, which the HTML validator warns about on every page
        if ("<br />\n".equals(HtmlRenderer.SOFT_BREAK.get(options))) {
            options.set(HtmlRenderer.SOFT_BREAK, "<br>\n");
        }
        options.set(HtmlRenderer.HARD_BREAK, "<br>\n");
        return options.toImmutable();
    }

    /** An extension by its name in PegdownExtensions, as JBake looks it up; an unknown name adds nothing. */
    private static int extension(String name) {
        try {
            Field field = PegdownExtensions.class.getDeclaredField(name);
            return field.getInt(null);
        } catch (NoSuchFieldException | IllegalAccessException e) {
            return PegdownExtensions.NONE;
        }
    }
}
