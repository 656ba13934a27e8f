package org.ispc.blog.assets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.ispc.blog.content.Digest;
import org.ispc.blog.content.FileTree;

/**
 * Gives every stylesheet and script a name that changes with its content (site.3f9a0c1d2e.css), minified,
 * and points every page at the new name. Browsers and CDNs may then keep these files for a year: a change
 * is a new file.
 */
public final class Fingerprinter {

    private Fingerprinter() {}

    /**
     * Renames the CSS and JS files under {@code site} and rewrites references in HTML and XML files.
     *
     * @return the site paths of the fingerprinted files, old root-relative URL to new one
     */
    public static Map<String, String> apply(Path site) {
        Map<String, String> renamed = new TreeMap<>();
        for (Path file : FileTree.files(site, ".css", ".js")) {
            String text = FileTree.read(file);
            String minified = file.toString().endsWith(".css") ? minifyCss(text) : text;
            String name = file.getFileName().toString();
            int dot = name.lastIndexOf('.');
            String hashed = name.substring(0, dot) + "." + hash(minified) + name.substring(dot);
            Path target = file.resolveSibling(hashed);
            FileTree.write(target, minified);
            delete(file);
            renamed.put(url(site, file), url(site, target));
        }
        rewrite(site, renamed);
        return renamed;
    }

    /** Rewrites, in the HTML and XML files under {@code pages}, the references to files renamed by {@link #apply}. */
    public static void rewrite(Path pages, Map<String, String> renamed) {
        FileTree.files(pages, ".html", ".xml").parallelStream().forEach(page -> {
            String text = FileTree.read(page);
            String rewritten = text;
            for (Map.Entry<String, String> e : renamed.entrySet()) {
                rewritten = rewritten.replace("\"" + e.getKey() + "\"", "\"" + e.getValue() + "\"");
            }
            if (!rewritten.equals(text)) {
                FileTree.write(page, rewritten);
            }
        });
    }

    /** Whether a site path names a fingerprinted file, which may be cached for good. */
    public static boolean isFingerprinted(String path) {
        return path.matches(".*\\.[0-9a-f]{10}\\.(css|js|webp|jpg|png)$");
    }

    /**
     * Removes comments and the white space CSS does not need. Conservative on purpose: strings and
     * url() values are left alone, so the result means exactly what the source meant.
     */
    static String minifyCss(String css) {
        StringBuilder out = new StringBuilder(css.length());
        int i = 0;
        char quote = 0;
        boolean space = false;
        while (i < css.length()) {
            char c = css.charAt(i);
            if (quote != 0) {
                out.append(c);
                if (c == '\\' && i + 1 < css.length()) {
                    out.append(css.charAt(++i));
                } else if (c == quote) {
                    quote = 0;
                }
                i++;
                continue;
            }
            if (c == '/' && i + 1 < css.length() && css.charAt(i + 1) == '*') {
                int end = css.indexOf("*/", i + 2);
                i = end < 0 ? css.length() : end + 2;
                continue;
            }
            if (Character.isWhitespace(c)) {
                space = true;
                i++;
                continue;
            }
            if (space && out.length() > 0 && !isTight(out.charAt(out.length() - 1)) && (!isTight(c) || c == ':')) {
                out.append(' ');
            }
            space = false;
            if (c == '"' || c == '\'') {
                quote = c;
            }
            if (c == '}' && out.length() > 0 && out.charAt(out.length() - 1) == ';') {
                out.setLength(out.length() - 1);
            }
            out.append(c);
            i++;
        }
        return out.append('\n').toString();
    }

    /** Characters around which white space means nothing; a space before ':' does ("a :focus"), so it stays. */
    private static boolean isTight(char c) {
        return c == '{' || c == '}' || c == ';' || c == ':' || c == ',' || c == '>';
    }

    private static String hash(String text) {
        return Digest.of(text).substring(0, 10);
    }

    private static String url(Path site, Path file) {
        return "/" + site.relativize(file).toString().replace('\\', '/');
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
