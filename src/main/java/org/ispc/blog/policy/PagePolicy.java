package org.ispc.blog.policy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ispc.blog.diag.RuleId;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Safelist;

/**
 * What a published page may hold, whatever its source (an article's raw HTML in a {@code ++++} block, a template):
 * an allow-list, not a list of bad patterns. Elements and attributes are allowed by name, from jsoup's
 * {@link Safelist#relaxed()} (the maintained model of markup safe to show from an author) plus, by name, what
 * Asciidoctor and the site's templates write; every address is checked by what it leads to (this site, https,
 * mailto:, tel:, a data: picture), as a browser reads it; everything else is a finding. Why it matters: the pages
 * promise readers that nothing of their visit reaches another site, and the site's Content-Security-Policy, which
 * would block script and remote loads, is not sent by every host (GitHub Pages sends none).
 */
public final class PagePolicy {

    /** A page would fetch something from another site as it opens. */
    public static final RuleId REMOTE_RESOURCE = RuleId.of("page/remote-resource");
    /** A page carries script in its own text: a script element, an on... handler, a javascript: address. */
    public static final RuleId INLINE_SCRIPT = RuleId.of("page/inline-script");
    /** An element, attribute or address that the policy does not allow. */
    public static final RuleId NOT_ALLOWED = RuleId.of("page/not-allowed");
    /**
     * A link readers click to another site over http://: a warning, not an error (JBake publishes it, and the reader
     * leaves the site by choice); its https:// address is better.
     */
    public static final RuleId HTTP_LINK = RuleId.of("page/http-link");

    /**
     * One thing a page breaks of the policy.
     *
     * @param written what to look for in the source to name the line that wrote it, most precise first
     */
    public record Breach(RuleId rule, String message, List<String> written) {}

    /** The templates' JSON-LD: data for search engines, which no browser runs. */
    private static final String STRUCTURED_DATA = "application/ld+json";
    /** Where the site's own script and style files are published (from assets/js/ and assets/css/). */
    private static final String SCRIPTS = "/js/";

    private static final String STYLES = "/css/";

    /** How an allowed attribute may use an address. */
    private enum Use {
        /** followed by a reader's click: this site, another site over https, mailto:, tel: */
        LINK,
        /** a picture shown in the page: a file of this site, or one written into the address (data:image) */
        PICTURE,
        /** a file of this site loaded as the page opens (video, icon, the form's own page) */
        SITE_FILE,
        /** where a form sends what readers type: a page of this site */
        FORM,
        /** one of the site's own script files */
        SITE_SCRIPT,
        /** one of the site's own style sheets */
        SITE_STYLE
    }

    /**
     * Every attribute that holds an address in HTML or SVG, whether the policy allows it or not: an address in any
     * of them is read for script and remote loads (ping, poster, background, codebase, ... included).
     */
    private static final Set<String> ADDRESS_ATTRIBUTES = Set.of(
            "href",
            "src",
            "srcset",
            "imagesrcset",
            "action",
            "formaction",
            "cite",
            "data",
            "poster",
            "background",
            "codebase",
            "classid",
            "longdesc",
            "manifest",
            "icon",
            "ping",
            "usemap",
            "profile",
            "archive",
            "dynsrc",
            "lowsrc",
            "xlink:href",
            "itemtype",
            "attributionsrc");
    /** Of those, the ones whose address the browser fetches without a click (and ping, which reports clicks). */
    private static final Set<String> LOADING_ATTRIBUTES = Set.of(
            "src",
            "srcset",
            "imagesrcset",
            "data",
            "poster",
            "background",
            "codebase",
            "classid",
            "manifest",
            "icon",
            "ping",
            "archive",
            "dynsrc",
            "lowsrc",
            "xlink:href",
            "href",
            "attributionsrc");

    /** The addresses the policy allows, and how each may be used. */
    private static final Map<String, Use> ALLOWED_ADDRESSES = Map.ofEntries(
            Map.entry("a href", Use.LINK),
            Map.entry("blockquote cite", Use.LINK),
            Map.entry("q cite", Use.LINK),
            Map.entry("img src", Use.PICTURE),
            Map.entry("img srcset", Use.PICTURE),
            Map.entry("source srcset", Use.PICTURE),
            Map.entry("source src", Use.SITE_FILE),
            Map.entry("video src", Use.SITE_FILE),
            Map.entry("video poster", Use.PICTURE),
            Map.entry("audio src", Use.SITE_FILE),
            Map.entry("track src", Use.SITE_FILE),
            Map.entry("form action", Use.FORM),
            Map.entry("script src", Use.SITE_SCRIPT));
    /** What a link element may be: a style sheet or icon of the site, or the name of an address (no load). */
    private static final Map<String, Use> LINK_RELS = Map.of(
            "stylesheet", Use.SITE_STYLE,
            "icon", Use.SITE_FILE,
            "canonical", Use.LINK,
            "alternate", Use.LINK,
            "author", Use.LINK,
            "license", Use.LINK);

    /** Allowed on every element (style too, once its CSS is read). */
    private static final Set<String> GLOBAL_ATTRIBUTES =
            Set.of("class", "id", "title", "lang", "dir", "role", "hidden", "tabindex");

    private static final Set<String> INPUT_TYPES = Set.of("search", "text", "checkbox", "submit", "button");
    /**
     * What a meta element may name: the templates' own, and a few more that only describe the page (a referrer
     * policy, say, would let other sites learn which article a reader came from).
     */
    private static final Set<String> META_NAMES = Set.of(
            "description",
            "viewport",
            "robots",
            "twitter:card",
            "author",
            "keywords",
            "generator",
            "theme-color",
            "color-scheme");

    private static final Pattern REFRESH_ADDRESS =
            Pattern.compile("(?i)^[\\s\\d.]*[;,]?\\s*(?:url\\s*=\\s*)?['\"]?([^'\"]*)");

    private final Safelist allowed;
    /**
     * The allow-list's answers by name, "tag" or "tag attribute": jsoup's Safelist makes objects for every question,
     * and a cold build asks about each of some hundred thousand elements.
     */
    private final Map<String, Boolean> allowedByName = new ConcurrentHashMap<>();

    private final String siteHost;

    /** @param siteHost the site's own address (site.host), such as https://blog.example.com */
    public PagePolicy(String siteHost) {
        this.siteHost = siteHost.replaceAll("/+$", "");
        this.allowed = allowList();
    }

    /**
     * jsoup's relaxed list, with what Asciidoctor and the templates write added by name. Only names are asked of
     * it: every attribute that holds an address is checked here instead, by what the address leads to (jsoup's
     * check of protocols would refuse the site's relative links and allow any https:// load).
     */
    private static Safelist allowList() {
        return new Safelist(Safelist.relaxed())
                .preserveRelativeLinks(true)
                // the frame of every page (templates/layout.ftl)
                .addTags("html", "head", "body", "title", "meta", "link", "script")
                .addAttributes("html", "lang")
                .addAttributes("meta", "charset", "name", "content", "property")
                .addAttributes("link", "rel", "href", "type", "title", "sizes", "hreflang")
                .addAttributes("script", "src", "type", "defer")
                // the templates' sections, the search form, dates
                .addTags("header", "footer", "main", "nav", "section", "article", "aside", "details", "summary")
                .addTags("form", "input", "button", "label", "time", "figure", "figcaption", "hr", "address")
                .addAttributes("form", "action", "method")
                .addAttributes("input", "type", "name", "value", "autocomplete", "placeholder", "checked", "disabled")
                .addAttributes("button", "type", "name", "value", "disabled")
                .addAttributes("label", "for")
                .addAttributes("time", "datetime")
                .addAttributes("details", "open")
                // Asciidoctor's blocks and inline markup, and the pictures the build sizes for phones
                .addTags("picture", "source", "video", "audio", "track", "kbd", "mark", "abbr", "s", "del", "ins")
                .addTags("var", "samp", "dfn", "wbr")
                .addAttributes("a", "target", "rel", "name", "hreflang", "type")
                .addAttributes("img", "srcset", "sizes", "loading", "decoding")
                .addAttributes("source", "src", "srcset", "sizes", "type", "media")
                .addAttributes("video", "src", "poster", "controls", "width", "height", "preload", "loop", "muted")
                .addAttributes("audio", "src", "controls", "preload", "loop")
                .addAttributes("track", "src", "kind", "srclang", "label", "default")
                .addAttributes("ol", "reversed")
                .addAttributes("li", "value")
                .addAttributes("td", "headers")
                .addAttributes("th", "headers")
                // on every element; style only after its CSS is read (see InlineCss)
                .addAttributes(":all", GLOBAL_ATTRIBUTES.toArray(String[]::new))
                .addAttributes(":all", "style");
    }

    /** A reading of one page, element after element, in the order of the page. */
    public Inspection inspect() {
        return new Inspection();
    }

    /** What one page breaks of the policy: fed every element of the page in document order, once. */
    public final class Inspection {
        private final List<Found> found = new ArrayList<>();
        /** Elements the policy does not allow: what they hold is reported only when it loads or runs something. */
        private final Set<Element> refused = new HashSet<>();

        private int index;

        /** Reads one element (the next of the page in document order). */
        public void element(Element e) {
            int at = index++;
            if (e instanceof Document) {
                return; // the document itself, which getAllElements() lists first
            }
            boolean insideRefused = !refused.isEmpty() && e.parents().stream().anyMatch(refused::contains);
            String tag = e.normalName();
            boolean allowedTag = !insideRefused && allowedByName.computeIfAbsent(tag, allowed::isSafeTag);
            List<Found> mine = e.attributesSize() == 0 && !tag.equals("script") && !tag.equals("style") && allowedTag
                    ? List.of()
                    : new ArrayList<>(0);
            for (Attribute a : e.attributes()) {
                attribute(e, tag, a, allowedTag, at, mine);
            }
            if (tag.equals("script")) {
                scriptElement(e, at, mine);
            } else if (tag.equals("style")) {
                css(e.data(), at, "", "<style>", mine);
            }
            if (!allowedTag && !insideRefused) {
                refused.add(e);
                if (mine.isEmpty()) {
                    mine.add(new Found(at, "", new Breach(NOT_ALLOWED, notAllowedElement(tag), List.of("<" + tag))));
                }
            }
            if (!mine.isEmpty()) {
                found.addAll(oneForEachProblem(tag, mine));
            }
        }

        /**
         * An element's findings as a writer needs them: what loads or runs, each; else the attributes the policy
         * does not allow, together.
         */
        private static List<Found> oneForEachProblem(String tag, List<Found> mine) {
            List<Found> speaking = mine.stream()
                    .filter(f -> !f.breach.rule().equals(NOT_ALLOWED))
                    .toList();
            if (!speaking.isEmpty() || mine.size() < 2) {
                return speaking.isEmpty() ? mine : speaking;
            }
            List<String> attributes = mine.stream()
                    .filter(f -> !f.attribute.isEmpty())
                    .map(f -> f.attribute)
                    .distinct()
                    .toList();
            if (attributes.size() < 2) {
                return List.of(mine.get(0));
            }
            Found first = mine.get(0);
            return List.of(new Found(
                    first.element,
                    first.attribute,
                    new Breach(
                            NOT_ALLOWED,
                            "this page has the attributes " + String.join(", ", attributes) + " on <" + tag + ">,"
                                    + " which the site's pages may not hold (only what AsciiDoc and the templates"
                                    + " write: see the writer's guide); remove them",
                            first.breach.written())));
        }

        /**
         * What the page breaks, in order, each with what to look for in its source; {@code html} is the page as
         * written, read again with positions only when there is something to report, for the text as typed.
         */
        public List<Breach> breaches(String html) {
            if (found.isEmpty()) {
                return List.of();
            }
            // an element refused whose content loads or runs something is reported for that alone
            Set<Integer> speaking = new HashSet<>();
            for (Found f : found) {
                if (!f.breach.rule().equals(NOT_ALLOWED)) {
                    speaking.add(f.element);
                }
            }
            Document positioned = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
            List<Element> elements = positioned.getAllElements();
            List<Breach> out = new ArrayList<>();
            for (Found f : found) {
                if (f.breach.rule().equals(NOT_ALLOWED)
                        && f.attribute.isEmpty()
                        && holdsSpeaking(elements, f, speaking)) {
                    continue;
                }
                out.add(asWritten(html, f, f.element < elements.size() ? elements.get(f.element) : null));
            }
            return out;
        }

        private boolean holdsSpeaking(List<Element> elements, Found refusedElement, Set<Integer> speaking) {
            if (refusedElement.element >= elements.size()) {
                return false;
            }
            Element container = elements.get(refusedElement.element);
            return speaking.stream()
                    .filter(i -> i >= refusedElement.element && i < elements.size())
                    .anyMatch(i -> i == refusedElement.element
                            || elements.get(i).parents().contains(container));
        }

        private void attribute(Element e, String tag, Attribute a, boolean allowedTag, int at, List<Found> mine) {
            String name = a.getKey().toLowerCase(Locale.ROOT);
            String value = a.getValue();
            if (name.startsWith("on") && name.length() > 2) {
                mine.add(new Found(at, name, script(value)));
            } else if (name.equals("srcdoc")) {
                srcdoc(value, at, mine);
            } else if (name.equals("style")) {
                css(value, at, name, "style=\"...\"", mine);
            } else if (ADDRESS_ATTRIBUTES.contains(name)) {
                address(e, tag, name, value, allowedTag, at, mine);
            } else if (tag.equals("meta") && name.equals("http-equiv")) {
                refresh(e, at, mine);
            } else if (allowedTag && allowedByName(e, tag, a, name) && allowedValue(tag, name, value)) {
                return;
            } else if (Address.read(value, siteHost).kind() == Address.Kind.SCRIPT) {
                mine.add(new Found(at, name, script(value))); // <set to="javascript:...">, <animate values=...>
            } else if (allowedTag) {
                mine.add(
                        new Found(at, name, new Breach(NOT_ALLOWED, notAllowedAttribute(tag, name, value), List.of())));
            }
        }

        private void address(
                Element e, String tag, String name, String value, boolean allowedTag, int at, List<Found> mine) {
            Use use = allowedTag ? useOf(e, tag, name) : null;
            List<String> values = name.endsWith("srcset") ? Address.srcset(value) : List.of(value);
            for (String v : values) {
                Address address = Address.read(v, siteHost);
                if (address.kind() == Address.Kind.SCRIPT) {
                    mine.add(new Found(at, name, script(address.text())));
                } else if (address.isRemote()
                        && (use == null ? loads(tag, name) : use != Use.LINK && use != Use.FORM)) {
                    mine.add(new Found(at, name, remote(v)));
                } else if (use == null) {
                    if (allowedTag) {
                        mine.add(new Found(
                                at, name, new Breach(NOT_ALLOWED, notAllowedAttribute(tag, name, v), List.of(v))));
                    }
                } else {
                    String problem = problem(use, address);
                    if (problem != null) {
                        boolean http = use == Use.LINK && address.kind() == Address.Kind.OTHER_SITE_HTTP;
                        mine.add(new Found(
                                at,
                                name,
                                new Breach(
                                        http ? HTTP_LINK : NOT_ALLOWED,
                                        "the address '" + v + "' in <" + tag + " " + name + "> " + problem,
                                        List.of(v))));
                    }
                }
            }
        }

        /** Whether an attribute the policy does not allow would fetch its address without a click. */
        private static boolean loads(String tag, String name) {
            return LOADING_ATTRIBUTES.contains(name)
                    && !(name.endsWith("href") && (tag.equals("a") || tag.equals("area") || tag.equals("base")));
        }

        /** Why an address may not be used so, or null when it may. */
        private String problem(Use use, Address address) {
            Address.Kind kind = address.kind();
            if (use == Use.LINK) {
                return switch (kind) {
                    case SAME_SITE, OTHER_SITE, MAIL, PHONE -> null;
                    case OTHER_SITE_HTTP ->
                        "would send readers to another site unencrypted; write its https:// address";
                    default ->
                        "is not an address a reader can follow from the site's pages (they link to pages,"
                                + " https:// addresses, mailto: and tel:); remove it or write the page's https:// address";
                };
            }
            if (kind == Address.Kind.DATA_PICTURE && use == Use.PICTURE) {
                return null;
            }
            if (use == Use.FORM && kind != Address.Kind.SAME_SITE) {
                return "would send what readers type to another site; a form may send only to a page of this site";
            }
            if (kind != Address.Kind.SAME_SITE) {
                return "is not a file of the site; save the file under assets/ and use it from there";
            }
            String path = address.sitePath(siteHost);
            if (use == Use.SITE_SCRIPT && (path == null || !path.startsWith(SCRIPTS))) {
                return "is not one of the site's script files (assets/js/, published at " + SCRIPTS + ")";
            }
            if (use == Use.SITE_STYLE && (path == null || !path.startsWith(STYLES))) {
                return "is not one of the site's style sheets (assets/css/, published at " + STYLES + ")";
            }
            return null;
        }

        private Use useOf(Element e, String tag, String name) {
            if (tag.equals("link") && name.equals("href")) {
                return LINK_RELS.get(e.attr("rel").strip().toLowerCase(Locale.ROOT));
            }
            return ALLOWED_ADDRESSES.get(tag + " " + name);
        }

        /** A script element is allowed by name in two forms: the templates' JSON-LD, and a site's script file. */
        private void scriptElement(Element e, int at, List<Found> mine) {
            String type = e.attr("type").strip().toLowerCase(Locale.ROOT);
            boolean file = e.hasAttr("src")
                    || Parser.NamespaceSvg.equals(e.tag().namespace())
                            && (e.hasAttr("href") || e.hasAttr("xlink:href"));
            if (!file && !type.equals(STRUCTURED_DATA)) {
                mine.add(new Found(at, "", script(e.data())));
            } else if (e.hasAttr("src") && !type.isEmpty()) {
                mine.add(new Found(
                        at, "type", new Breach(NOT_ALLOWED, notAllowedAttribute("script", "type", type), List.of())));
            }
        }

        private void srcdoc(String html, int at, List<Found> mine) {
            Inspection inner = new Inspection();
            for (Element e : Jsoup.parse(html).getAllElements()) {
                inner.element(e);
            }
            for (Found f : inner.found) {
                Breach b = f.breach;
                mine.add(new Found(
                        at, "srcdoc", new Breach(b.rule(), "in the srcdoc of a frame: " + b.message(), List.of())));
            }
        }

        private void css(String css, int at, String attribute, String where, List<Found> mine) {
            for (InlineCss.Use use : InlineCss.uses(css)) {
                Breach breach;
                if (use.address() == null) {
                    breach = script(use.construct());
                } else {
                    Address address = Address.read(use.address(), siteHost);
                    if (address.kind() == Address.Kind.SCRIPT) {
                        breach = script(address.text());
                    } else if (address.isRemote()) {
                        breach = remote(use.address());
                    } else if (address.kind() == Address.Kind.SAME_SITE
                                    && !use.construct().equals("@import")
                            || address.kind() == Address.Kind.DATA_PICTURE) {
                        continue;
                    } else {
                        breach = new Breach(
                                NOT_ALLOWED,
                                "CSS written into the page (" + where + ") loads '" + use.address() + "' with "
                                        + use.construct() + "; the site's styling belongs in assets/css/",
                                List.of(use.address()));
                    }
                }
                mine.add(new Found(at, attribute, breach));
            }
        }

        /** http-equiv: only a refresh could matter, and is reported by what its address would do. */
        private void refresh(Element e, int at, List<Found> mine) {
            Matcher m = REFRESH_ADDRESS.matcher(e.attr("content"));
            if (e.attr("http-equiv").strip().equalsIgnoreCase("refresh")
                    && m.find()
                    && Address.read(m.group(1), siteHost).kind() == Address.Kind.SCRIPT) {
                mine.add(new Found(at, "content", script(m.group(1))));
                return;
            }
            mine.add(new Found(
                    at,
                    "http-equiv",
                    new Breach(
                            NOT_ALLOWED,
                            "this page has <meta http-equiv=\"" + e.attr("http-equiv") + "\">, which the site's"
                                    + " pages may not set (a refresh sends readers elsewhere: old addresses are"
                                    + " redirected with data/redirects.yml); remove it",
                            List.of("http-equiv"))));
        }

        private boolean allowedByName(Element e, String tag, Attribute a, String name) {
            // by name alone: the attributes whose values Safelist would check (addresses) never come here
            return GLOBAL_ATTRIBUTES.contains(name)
                    || name.startsWith("aria-")
                    || name.startsWith("data-")
                    || allowedByName.computeIfAbsent(tag + " " + name, k -> allowed.isSafeAttribute(tag, e, a));
        }

        private boolean allowedValue(String tag, String name, String value) {
            if (tag.equals("input") && name.equals("type")) {
                return INPUT_TYPES.contains(value.strip().toLowerCase(Locale.ROOT));
            }
            if (tag.equals("link") && name.equals("rel")) {
                return LINK_RELS.containsKey(value.strip().toLowerCase(Locale.ROOT));
            }
            if (tag.equals("meta") && name.equals("name")) {
                return META_NAMES.contains(value.strip().toLowerCase(Locale.ROOT));
            }
            return true;
        }
    }

    /** One breach, with the element it was found on (its place among the page's elements) and attribute. */
    private record Found(int element, String attribute, Breach breach) {}

    /** The breach with the text of the page as typed (the attribute's value, else the start tag) to look for. */
    private static Breach asWritten(String html, Found f, Element e) {
        List<String> written = new ArrayList<>();
        if (e != null) {
            if (!f.attribute.isEmpty()) {
                Range.AttributeRange range = e.attributes().sourceRange(f.attribute);
                if (range.nameRange().isTracked() && range.valueRange().isTracked()) {
                    // the attribute as typed, name and value: its value alone may stand earlier in the source
                    written.add(slice(
                            html,
                            range.nameRange().startPos(),
                            range.valueRange().endPos()));
                }
            }
            if (e.sourceRange().isTracked()) {
                written.add(
                        slice(html, e.sourceRange().startPos(), e.sourceRange().endPos()));
            }
        }
        written.addAll(f.breach.written());
        written.removeIf(String::isBlank);
        return new Breach(f.breach.rule(), f.breach.message(), List.copyOf(written));
    }

    private static String slice(String html, int from, int to) {
        int start = Math.max(0, from);
        int end = Math.min(html.length(), to);
        return start < end ? html.substring(start, end) : "";
    }

    private static Breach script(String code) {
        return new Breach(
                INLINE_SCRIPT,
                "this page has script written into it ('" + firstWords(code) + "'); the site's Content-Security-Policy"
                        + " lets only the site's own script files run, so remove it or move the code into a file"
                        + " under assets/js/",
                List.of(code));
    }

    private static Breach remote(String address) {
        return new Breach(
                REMOTE_RESOURCE,
                "this page would fetch '" + address + "' from another site as it opens; the clinic's pages"
                        + " fetch nothing from elsewhere (what readers read stays private, and the site's"
                        + " Content-Security-Policy blocks it); save the file under assets/ and use it from"
                        + " there, or remove it",
                List.of(address));
    }

    private static String notAllowedElement(String tag) {
        return "this page has the element <" + tag + ">, which the site's pages may not hold (only what AsciiDoc and"
                + " the templates write: see the writer's guide); remove it, or write it in AsciiDoc: image::name.jpg[...]"
                + " for a picture, link:https://...[words] for a page or video elsewhere";
    }

    private static String notAllowedAttribute(String tag, String name, String value) {
        return "this page has " + name + "=\"" + firstWords(value) + "\" on <" + tag + ">, which the site's pages may"
                + " not hold (only what AsciiDoc and the templates write: see the writer's guide); remove it";
    }

    private static String firstWords(String code) {
        String words = code.strip().replaceAll("\\s+", " ");
        return words.length() > 40 ? words.substring(0, 40) : words;
    }
}
