package org.ispc.blog.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ispc.blog.jbake.SiteSettings;

/** robots.txt, naming the sitemap, as search engines expect it at the site's root. */
public final class Robots {
    private Robots() {}

    public static void write(Path site, SiteSettings settings) {
        String text = "User-agent: *\nAllow: /\n\nSitemap: " + settings.absolute("/sitemap.xml") + "\n";
        try {
            Files.writeString(site.resolve("robots.txt"), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
