package org.ispc.blog.content;

import java.nio.file.Path;

/**
 * A file of the built site by its path from the site's root, with forward slashes: {@code blog/x/index.html},
 * {@code css/site.css}. It names the same file in the staging folder, target/www and target/preview, which is why
 * the checks, the preview's patches and the scope of a partial build pass it rather than a {@link Path}; and it is
 * never a project path such as {@code content/blog/x.adoc}, which a String or a Path would let slip in its place.
 */
public record SitePath(String path) implements Comparable<SitePath> {

    public SitePath {
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\")) {
            throw new IllegalArgumentException("not a path inside the site: '" + path + "'");
        }
    }

    /** {@code file}'s path in the site whose root is {@code site}. */
    public static SitePath of(Path site, Path file) {
        return new SitePath(FileTree.relative(site, file));
    }

    /** The page served at {@code url}, an address of the site such as {@code /blog/x/}: blog/x/index.html. */
    public static SitePath ofUrl(String url) {
        return new SitePath(url.substring(1) + (url.endsWith("/") ? "index.html" : ""));
    }

    /** The address readers ask for: blog/x/index.html is served as /blog/x/, other files as their path. */
    public String url() {
        String p = "/" + path;
        return p.endsWith("/index.html") ? p.substring(0, p.length() - "index.html".length()) : p;
    }

    /** The file in the folder that holds the site (a staging folder, target/www, target/preview). */
    public Path in(Path site) {
        return site.resolve(path);
    }

    @Override
    public int compareTo(SitePath other) {
        return path.compareTo(other.path);
    }

    @Override
    public String toString() {
        return path;
    }
}
