package org.ispc.blog.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An address in a page as a browser reads it, and what kind it is. Browsers drop control characters and spaces
 * around an address, tabs and line breaks inside it, ignore the case of its scheme and take a backslash for a
 * slash: {@code " JaVa&#x09;Script:..."} runs as {@code javascript:}, and {@code /\other.site} leads to another
 * site. The page's parser has already turned character references into characters.
 *
 * @param kind what the address leads to
 * @param text the address as the browser reads it
 */
public record Address(Kind kind, String text) {

    /** What an address leads to, as far as the page policy is concerned. */
    public enum Kind {
        /** a file or page of this site: a relative address, #fragment, or this site's own host */
        SAME_SITE,
        /** another site over https (or without a scheme, //host/..., which a page served over https reads so) */
        OTHER_SITE,
        /** another site over plain http */
        OTHER_SITE_HTTP,
        MAIL,
        PHONE,
        /** a picture written into the address itself (data:image/...) */
        DATA_PICTURE,
        /** any other data: address (a page, a script) */
        DATA_OTHER,
        /** code that runs when the address is followed or loaded */
        SCRIPT,
        /** any other scheme (ftp:, file:, blob:, ...) */
        OTHER_SCHEME
    }

    private static final Pattern SCHEME = Pattern.compile("([a-zA-Z][a-zA-Z0-9+.-]*):");

    /**
     * What {@code value}, as a page has it, leads to.
     *
     * @param siteHost the site's own address, such as https://blog.example.com
     */
    static Address read(String value, String siteHost) {
        String text = asBrowsersReadIt(value);
        if (text.isEmpty()
                || text.charAt(0) == '/' && (text.length() == 1 || text.charAt(1) != '/' && text.charAt(1) != '\\')
                || text.charAt(0) == '#') {
            return new Address(Kind.SAME_SITE, text); // most addresses of a page: /blog/x/, #top
        }
        Matcher scheme = SCHEME.matcher(text);
        if (!scheme.lookingAt()) {
            String slashes = text.replace('\\', '/');
            if (slashes.startsWith("//")) {
                return new Address(onThisHost("https:" + slashes, siteHost) ? Kind.SAME_SITE : Kind.OTHER_SITE, text);
            }
            return new Address(Kind.SAME_SITE, text);
        }
        String rest = text.substring(scheme.end()).stripLeading().toLowerCase(Locale.ROOT);
        Kind kind =
                switch (scheme.group(1).toLowerCase(Locale.ROOT)) {
                    case "https" -> onThisHost(text, siteHost) ? Kind.SAME_SITE : Kind.OTHER_SITE;
                    case "http" -> onThisHost(text, siteHost) ? Kind.SAME_SITE : Kind.OTHER_SITE_HTTP;
                    case "mailto" -> Kind.MAIL;
                    case "tel" -> Kind.PHONE;
                    case "data" -> rest.startsWith("image/") ? Kind.DATA_PICTURE : Kind.DATA_OTHER;
                    case "javascript", "vbscript", "livescript" -> Kind.SCRIPT;
                    default -> Kind.OTHER_SCHEME;
                };
        return new Address(kind, text);
    }

    /** Whether the browser would fetch something from another site for it. */
    boolean isRemote() {
        return kind == Kind.OTHER_SITE || kind == Kind.OTHER_SITE_HTTP;
    }

    /** The path of a same-site address on the site (/js/search.js), or null when it is relative to the page. */
    String sitePath(String siteHost) {
        if (text.startsWith("/")) {
            return text.startsWith("//") ? text.substring(("//" + hostOf(siteHost)).length()) : text;
        }
        return onThisHost(text, siteHost) ? text.substring(siteHost.length()) : null;
    }

    /** The address without what browsers ignore in it. */
    static String asBrowsersReadIt(String value) {
        if (nothingToDrop(value)) {
            return value;
        }
        int start = 0;
        int end = value.length();
        while (start < end && value.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && value.charAt(end - 1) <= ' ') {
            end--;
        }
        StringBuilder text = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = value.charAt(i);
            if (c != '\t' && c != '\n' && c != '\r') {
                text.append(c);
            }
        }
        return text.toString();
    }

    private static boolean nothingToDrop(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) <= ' ') {
                return false;
            }
        }
        return true;
    }

    /**
     * The addresses of a srcset ("/a-480.webp 480w, /a-960.webp 960w"), read as browsers do: an address runs to
     * the next space, so a data: address keeps its commas.
     */
    public static List<String> srcset(String srcset) {
        List<String> addresses = new ArrayList<>();
        int i = 0;
        int n = srcset.length();
        while (i < n) {
            while (i < n && (Character.isWhitespace(srcset.charAt(i)) || srcset.charAt(i) == ',')) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(srcset.charAt(i))) {
                i++;
            }
            String url = srcset.substring(start, i);
            if (url.endsWith(",")) {
                url = url.replaceAll(",+$", "");
            } else {
                int depth = 0; // descriptors, up to the comma that ends the candidate
                while (i < n && (srcset.charAt(i) != ',' || depth > 0)) {
                    depth += srcset.charAt(i) == '(' ? 1 : srcset.charAt(i) == ')' ? -1 : 0;
                    i++;
                }
            }
            if (!url.isEmpty()) {
                addresses.add(url);
            }
        }
        return addresses;
    }

    private static boolean onThisHost(String text, String siteHost) {
        if (siteHost.isEmpty() || !text.regionMatches(true, 0, siteHost, 0, siteHost.length())) {
            return false;
        }
        return text.length() == siteHost.length() || "/?#".indexOf(text.charAt(siteHost.length())) >= 0;
    }

    private static String hostOf(String siteHost) {
        int slashes = siteHost.indexOf("//");
        return slashes < 0 ? siteHost : siteHost.substring(slashes + 2);
    }
}
