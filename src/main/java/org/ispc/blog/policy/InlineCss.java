package org.ispc.blog.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What CSS written into a page (a style attribute, a style element) would load or run. The site's own styling
 * lives in assets/css/; in a page, CSS may only set how things look. Read after CSS's escapes and comments are
 * taken out, so that {@code \75 rl(}, {@code u\rl(} and {@code @\69mport} are seen for what they are.
 */
final class InlineCss {

    /** One thing the CSS loads (an address) or runs (script: an address of null). */
    record Use(String construct, String address) {}

    /** The rule that imports another style sheet, and the functions that make the browser fetch their argument. */
    private static final Pattern LOADING = Pattern.compile(
            "@import|(?<![a-z0-9_-])(url|src|image|image-set|-webkit-image-set|cross-fade)\\(",
            Pattern.CASE_INSENSITIVE);
    /** What old browsers ran as script from CSS: IE's expression() and behavior, Firefox's -moz-binding. */
    private static final Pattern RUNNING =
            Pattern.compile("expression\\(|behavior\\s*:|-moz-binding\\s*:", Pattern.CASE_INSENSITIVE);

    private static final Pattern STRING = Pattern.compile("\"[^\"]*\"|'[^']*'");
    private static final Pattern URL_THEN_ADDRESS =
            Pattern.compile("\\s*(url\\(\\s*)?(\"[^\"]*\"|'[^']*'|[^\\s)'\";]*)", Pattern.CASE_INSENSITIVE);

    private InlineCss() {}

    /** What {@code css} would load or run, in order; empty for CSS that only sets how things look. */
    static List<Use> uses(String css) {
        String plain = plain(css);
        List<Use> uses = new ArrayList<>();
        Matcher load = LOADING.matcher(plain);
        while (load.find()) {
            String construct = load.group(1) == null ? "@import" : load.group(1).toLowerCase(Locale.ROOT);
            Matcher address = URL_THEN_ADDRESS.matcher(plain).region(load.end(), plain.length());
            address.lookingAt();
            if (construct.equals("@import") && address.group(1) != null) {
                continue; // @import url(...): the url( is met next
            }
            if (construct.equals("@import") || construct.equals("url") || construct.equals("src")) {
                uses.add(new Use(construct, unquoted(address.group(2))));
            } else { // image-set("a.png" 1x, "b.png" 2x): each string of its arguments; a url( is met by itself
                Matcher string = STRING.matcher(plain).region(load.end(), closingParenthesis(plain, load.end()));
                while (string.find()) {
                    if (!plain.substring(0, string.start())
                            .stripTrailing()
                            .toLowerCase(Locale.ROOT)
                            .endsWith("url(")) {
                        uses.add(new Use(construct, unquoted(string.group())));
                    }
                }
            }
        }
        Matcher run = RUNNING.matcher(plain);
        while (run.find()) {
            uses.add(new Use(run.group().replaceAll("[\\s:(]", "").toLowerCase(Locale.ROOT), null));
        }
        return uses;
    }

    private static String unquoted(String address) {
        boolean quoted = address.length() >= 2 && (address.charAt(0) == '"' || address.charAt(0) == '\'');
        return quoted ? address.substring(1, address.length() - 1) : address;
    }

    /** Where the parenthesis opened just before {@code from} closes (the end of the text if it never does). */
    private static int closingParenthesis(String css, int from) {
        int depth = 1;
        for (int i = from; i < css.length(); i++) {
            char c = css.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth == 0) {
                return i;
            }
        }
        return css.length();
    }

    /** The CSS with its escapes read and its comments removed. */
    private static String plain(String css) {
        StringBuilder out = new StringBuilder(css.length());
        int i = 0;
        int n = css.length();
        while (i < n) {
            char c = css.charAt(i);
            if (c == '/' && i + 1 < n && css.charAt(i + 1) == '*') {
                int end = css.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == '\\' && i + 1 < n) {
                int hex = i + 1;
                while (hex < n && hex - i <= 6 && Character.digit(css.charAt(hex), 16) >= 0) {
                    hex++;
                }
                if (hex > i + 1) {
                    int code = Integer.parseInt(css.substring(i + 1, hex), 16);
                    out.appendCodePoint(Character.isValidCodePoint(code) && code != 0 ? code : 0xFFFD);
                    i = hex < n && Character.isWhitespace(css.charAt(hex)) ? hex + 1 : hex;
                } else {
                    out.append(css.charAt(i + 1) == '\n' ? "" : String.valueOf(css.charAt(i + 1)));
                    i += 2;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
