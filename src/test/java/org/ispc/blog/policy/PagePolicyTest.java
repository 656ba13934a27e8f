package org.ispc.blog.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.ispc.blog.diag.RuleId;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The page policy on one piece of markup at a time, as a writer could paste it into a {@code ++++} block: what
 * it reports (rule ids, in order), and that what Asciidoctor and the templates write passes.
 */
class PagePolicyTest {

    private static final String HOST = "https://blog.example.com";

    record Case(String name, String html, List<RuleId> rules) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Case passes(String name, String html) {
        return new Case(name, html, List.of());
    }

    private static Case script(String name, String html) {
        return new Case(name, html, List.of(PagePolicy.INLINE_SCRIPT));
    }

    private static Case remote(String name, String html) {
        return new Case(name, html, List.of(PagePolicy.REMOTE_RESOURCE));
    }

    private static Case refused(String name, String html) {
        return new Case(name, html, List.of(PagePolicy.NOT_ALLOWED));
    }

    static Stream<Case> cases() {
        return Stream.of(
                // what the templates and Asciidoctor write
                passes(
                        "links of every kind",
                        "<a href=\"/about/\">a</a><a href=\"#top\">b</a><a href=\"x.html\">c</a>"
                                + "<a href=\"https://www.nih.gov/\">d</a><a href=\"mailto:a@b.org\">e</a>"
                                + "<a href=\"tel:+12028517034\">f</a><a href=\"https://blog.example.com/tags/\">g</a>"),
                passes(
                        "the site's frame",
                        "<html lang=\"en\"><head><meta charset=\"utf-8\"><title>t</title>"
                                + "<meta property=\"og:image\" content=\"https://blog.example.com/i.jpg\">"
                                + "<link rel=\"canonical\" href=\"https://blog.example.com/\">"
                                + "<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">"
                                + "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"t\" href=\"/feed.xml\">"
                                + "<link rel=\"stylesheet\" href=\"/css/site.0123456789.css\">"
                                + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\"}</script>"
                                + "</head><body><script src=\"/js/search.0123456789.js\" defer></script></body></html>"),
                passes(
                        "the search form",
                        "<form id=\"f\" role=\"search\" hidden><label for=\"i\">Search</label>"
                                + "<input id=\"i\" name=\"q\" type=\"search\" autocomplete=\"off\">"
                                + "<button type=\"submit\">Search</button></form>"),
                passes(
                        "a picture for phones",
                        "<picture><source type=\"image/webp\" srcset=\"/images/a-480.0123456789.webp"
                                + " 480w, /images/a-960.0123456789.webp 960w\" sizes=\"100vw\"><img src=\"/images/a.jpg\""
                                + " srcset=\"/images/a-480.jpg 480w\" sizes=\"100vw\" alt=\"A\" width=\"4\" height=\"3\""
                                + " loading=\"lazy\" decoding=\"async\"></picture>"),
                passes(
                        "a data: picture (Asciidoctor's data-uri)",
                        "<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"a\">"),
                passes(
                        "a table with widths",
                        "<table class=\"tableblock\"><colgroup><col style=\"width: 50%;\">"
                                + "</colgroup><tbody><tr><td class=\"tableblock\" colspan=\"2\">x</td></tr></tbody></table>"),
                passes(
                        "aria and data attributes",
                        "<nav aria-label=\"Site\"><pre><code data-lang=\"sh\">x</code></pre></nav>"),
                passes("a local video", "<video src=\"/media/clip.mp4\" controls></video>"),
                passes("a text that starts like a script", "<p title=\"javascript: a history\">x</p>"),
                // the forms issue 19 found passing
                script("javascript: in action", "<form action=\"javascript:alert(1)\"></form>"),
                script("javascript: in formaction", "<button formaction=\"javascript:alert(1)\">x</button>"),
                script(
                        "javascript: in formaction of an input",
                        "<input type=\"submit\" formaction=\"javascript:a()\">"),
                script("javascript: in SVG's xlink:href", "<svg><a xlink:href=\"javascript:alert(1)\"></a></svg>"),
                script("script in srcdoc", "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>"),
                script("script in srcdoc, escaped", "<iframe srcdoc=\"&lt;img src=x onerror=alert(1)&gt;\"></iframe>"),
                remote("SVG image", "<svg><image href=\"https://t.example.com/a.png\"/></svg>"),
                remote("SVG image, xlink", "<svg><image xlink:href=\"https://t.example.com/a.png\"/></svg>"),
                remote("SVG use", "<svg><use href=\"https://t.example.com/s.svg#i\"/></svg>"),
                remote("CSS url() in style", "<div style=\"background:url(https://t.example.com/b.png)\">x</div>"),
                remote(
                        "CSS url() quoted, escaped",
                        "<div style=\"background:\\75 rl('//t.example.com/b.png')\">x</div>"),
                remote(
                        "CSS image-set()",
                        "<div style=\"background-image:image-set('/a.png' 1x, 'https://t.example.com/b.png' 2x)\">x</div>"),
                remote("an image button", "<input type=\"image\" src=\"https://t.example.com/c.png\" alt=\"Go\">"),
                // obfuscated javascript:
                script("a tab inside", "<a href=\"java&#x09;script:alert(1)\">x</a>"),
                script("a line break inside", "<a href=\"java\nscript:alert(1)\">x</a>"),
                script("capitals and spaces", "<a href=\"  JaVaScRiPt:alert(1)\">x</a>"),
                script("a character reference", "<a href=\"&#106;avascript:alert(1)\">x</a>"),
                script("a named reference for the colon", "<a href=\"javascript&colon;alert(1)\">x</a>"),
                script("a control character before", "<a href=\"&#x01;javascript:alert(1)\">x</a>"),
                script("vbscript", "<a href=\"vbscript:msgbox(1)\">x</a>"),
                script("javascript: in an image", "<img src=\"javascript:alert(1)\" alt=\"a\">"),
                // other attributes that hold an address
                remote("poster", "<video src=\"/v.mp4\" poster=\"https://t.example.com/p.jpg\"></video>"),
                remote("background", "<table background=\"https://t.example.com/b.jpg\"><tr><td>x</td></tr></table>"),
                remote("srcset", "<img src=\"/a.jpg\" srcset=\"/a.jpg 1x, https://t.example.com/a.jpg 2x\" alt=\"a\">"),
                remote("ping", "<a href=\"/\" ping=\"https://t.example.com/p\">x</a>"),
                remote("object data", "<object data=\"https://t.example.com/f.swf\"></object>"),
                remote("embed", "<embed src=\"https://t.example.com/f.swf\">"),
                remote("iframe", "<iframe src=\"https://video.example.com/embed/42\"></iframe>"),
                remote("codebase", "<object codebase=\"https://t.example.com/\"></object>"),
                remote("icon", "<menuitem icon=\"https://t.example.com/i.png\"></menuitem>"),
                remote("manifest", "<html manifest=\"https://t.example.com/m.appcache\"><body></body></html>"),
                remote("a link element that preloads", "<link rel=\"preload\" href=\"https://t.example.com/f.woff2\">"),
                remote("a style sheet elsewhere", "<link rel=\"stylesheet\" href=\"https://fonts.example.com/css\">"),
                remote("a script elsewhere", "<script src=\"https://t.example.com/a.js\"></script>"),
                remote("a protocol-relative picture", "<img src=\"//t.example.com/a.png\" alt=\"a\">"),
                remote("a backslash picture", "<img src=\"/\\t.example.com/a.png\" alt=\"a\">"),
                remote("@import in a style element", "<style>@import 'https://t.example.com/a.css';</style>"),
                remote(
                        "@import url() in a style element",
                        "<style>@\\69mport url(https://t.example.com/a.css);</style>"),
                remote(
                        "a picture on a look-alike host",
                        "<img src=\"https://blog.example.com.t.example.com/a.png\" alt=\"a\">"),
                refused("cite, longdesc", "<img src=\"/a.png\" alt=\"a\" longdesc=\"/d.html\">"),
                refused("formaction to another site", "<button formaction=\"https://t.example.com/\">x</button>"),
                refused("a form that sends elsewhere", "<form action=\"https://t.example.com/collect\"></form>"),
                script(
                        "SVG animate to javascript:",
                        "<svg><a><animate attributeName=\"href\" to=\"javascript:alert(1)\"/></a></svg>"),
                script(
                        "SVG set to javascript:",
                        "<svg><a><set attributeName=\"href\" to=\"javascript:alert(1)\"/></a></svg>"),
                refused("SVG inline", "<svg><circle r=\"4\"></circle></svg>"),
                script(
                        "meta refresh to javascript:",
                        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">"),
                refused("meta refresh", "<meta http-equiv=\"refresh\" content=\"0;url=https://t.example.com/\">"),
                refused("base", "<base href=\"https://t.example.com/\">"),
                refused("a referrer policy", "<meta name=\"referrer\" content=\"unsafe-url\">"),
                script("an HTML script with href, which browsers ignore", "<script href=\"/js/a.js\">go()</script>"),
                remote("SVG script by href", "<svg><script href=\"https://t.example.com/a.js\"></script></svg>"),
                script(
                        "a script inside MathML",
                        "<math><maction actiontype=\"statusline\" xlink:href=\"javascript:a()\">x</maction></math>"),
                refused(
                        "noscript, which browsers read differently",
                        "<noscript><p title=\"</noscript><img src=x>\"></p></noscript>"),
                refused("an area of an image map", "<map name=\"m\"><area href=\"https://t.example.com/\"></map>"),
                remote("SVG feImage", "<svg><filter><feImage href=\"https://t.example.com/a.png\"/></filter></svg>"),
                remote("a video source elsewhere", "<video><source src=\"https://t.example.com/v.mp4\"></video>"),
                remote("an icon elsewhere", "<link rel=\"icon\" href=\"https://t.example.com/i.ico\">"),
                remote(
                        "a remote load inside srcdoc",
                        "<iframe srcdoc=\"&lt;img src=https://t.example.com/a.png&gt;\"></iframe>"),
                remote(
                        "CSS url() with a character reference",
                        "<div style=\"background:url(&quot;https://t.example.com/a&quot;)\">x</div>"),
                passes(
                        "a data: picture in a srcset with commas",
                        "<img src=\"/a.png\" srcset=\"data:image/png;base64,AA,BB 1x, /b.png 2x\" alt=\"a\">"),
                refused("base, same site", "<base href=\"/\">"),
                refused("link rel=import", "<link rel=\"import\" href=\"/x.html\">"),
                refused("an object on the site", "<object data=\"/f.svg\" type=\"image/svg+xml\"></object>"),
                refused("an iframe on the site", "<iframe src=\"/about/\"></iframe>"),
                refused("a style element", "<style>p { color: red }</style>"),
                refused("a data: page in a link", "<a href=\"data:text/html;base64,PHNjcmlwdD4=\">x</a>"),
                refused("a data: page in an image", "<img src=\"data:text/html,x\" alt=\"a\">"),
                // a warning of its own: JBake sites (its example project among them) link so, and readers leave by
                // choice
                new Case("a plain http link", "<a href=\"http://www.nih.gov/\">x</a>", List.of(PagePolicy.HTTP_LINK)),
                refused("ftp", "<a href=\"ftp://ftp.example.com/\">x</a>"),
                refused("a script outside /js/", "<script src=\"/images/a.js\"></script>"),
                refused("a style sheet outside /css/", "<link rel=\"stylesheet\" href=\"/images/a.css\">"),
                refused("a module script", "<script type=\"module\" src=\"/js/a.js\"></script>"),
                refused("an unknown attribute", "<p draggable=\"true\">x</p>"),
                refused("two unknown attributes", "<p draggable=\"true\" contenteditable>x</p>"),
                script("an event handler", "<p onclick=\"go()\">x</p>"),
                script("an event handler in SVG", "<svg onload=\"go()\"></svg>"),
                script("a script element", "<script>go()</script>"),
                script("a script of another type", "<script type=\"text/javascript\">go()</script>"),
                script("CSS expression()", "<p style=\"width: expression(alert(1))\">x</p>"),
                script("javascript: in CSS url()", "<p style=\"background:url('javascript:alert(1)')\">x</p>"),
                refused("CSS url() of the site", "<style>p { background: url(/images/a.png) }</style>"),
                passes(
                        "CSS url() of the site in a style attribute",
                        "<p style=\"background: url(/images/a.png)\">x</p>"),
                refused("an image input", "<input type=\"image\" src=\"/images/go.png\" alt=\"Go\">"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsWhatThePageBreaks(Case c) {
        String html = c.html();
        PagePolicy.Inspection inspection = new PagePolicy(HOST).inspect();
        for (Element e : Jsoup.parse(html).getAllElements()) {
            inspection.element(e);
        }
        List<PagePolicy.Breach> breaches = inspection.breaches(html);
        assertEquals(c.rules(), breaches.stream().map(PagePolicy.Breach::rule).toList(), breaches.toString());
    }
}
