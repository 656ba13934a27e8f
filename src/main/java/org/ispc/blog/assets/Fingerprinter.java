package org.ispc.blog.assets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
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
     * The names the CSS and JS files of the project will have in the site, worked out from the folders JBake copies
     * them from ({@code assets/}, and {@code content/} for files that are not documents) before anything is baked:
     * the template engine writes pages with them ({@link #rewriter}), so that no page is read and written again.
     *
     * @return root-relative URL to fingerprinted URL
     */
    public static Map<String, String> names(Path... sourceFolders) {
        Map<String, String> names = new TreeMap<>();
        for (Path from : sourceFolders) {
            if (Files.isDirectory(from)) {
                for (Path file : FileTree.files(from, ".css", ".js")) {
                    names.put(url(from, file), url(from, file.resolveSibling(hashedName(file, minified(file)))));
                }
            }
        }
        return names;
    }

    /** What the template engine does to each page it writes: the old URLs in quotes become the new ones. */
    public static UnaryOperator<String> rewriter(Map<String, String> renamed) {
        return text -> {
            String rewritten = text;
            for (Map.Entry<String, String> e : renamed.entrySet()) {
                rewritten = rewritten.replace("\"" + e.getKey() + "\"", "\"" + e.getValue() + "\"");
            }
            return rewritten;
        };
    }

    /**
     * Renames the CSS and JS files under {@code site} and points the HTML and XML files at the new names. Pages
     * the templates wrote with the {@code expected} names are not read again: only files copied as they are (an
     * HTML file among the assets) are rewritten, unless the site's files came out other than expected, in which
     * case every page is.
     *
     * @return the site paths of the fingerprinted files, old root-relative URL to new one
     */
    public static Map<String, String> apply(Path site, Map<String, String> expected, Path... copiedFrom) {
        Map<String, String> renamed = new TreeMap<>();
        for (Path file : FileTree.files(site, ".css", ".js")) {
            String minified = minified(file);
            Path target = file.resolveSibling(hashedName(file, minified));
            FileTree.write(target, minified);
            delete(file);
            renamed.put(url(site, file), url(site, target));
        }
        if (renamed.equals(expected)) {
            List<Path> copied = new ArrayList<>();
            for (Path folder : copiedFrom) {
                if (Files.isDirectory(folder)) {
                    for (Path file : FileTree.files(folder, ".html", ".xml")) {
                        Path inSite = site.resolve(folder.relativize(file).toString());
                        if (Files.isRegularFile(inSite)) {
                            copied.add(inSite);
                        }
                    }
                }
            }
            rewrite(copied, renamed);
        } else {
            rewrite(site, renamed);
        }
        return renamed;
    }

    /** Rewrites, in the HTML and XML files under {@code pages}, the references to files renamed by {@link #apply}. */
    public static void rewrite(Path pages, Map<String, String> renamed) {
        rewrite(FileTree.files(pages, ".html", ".xml"), renamed);
    }

    private static void rewrite(List<Path> pages, Map<String, String> renamed) {
        UnaryOperator<String> rewriter = rewriter(renamed);
        pages.parallelStream().forEach(page -> {
            String text = FileTree.read(page);
            String rewritten = rewriter.apply(text);
            if (!rewritten.equals(text)) {
                FileTree.write(page, rewritten);
            }
        });
    }

    private static String minified(Path file) {
        String text = FileTree.read(file);
        return file.toString().endsWith(".css") ? minifyCss(text) : text;
    }

    private static String hashedName(Path file, String minified) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return name.substring(0, dot) + "." + hash(minified) + name.substring(dot);
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
