package org.ispc.blog.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SitePathTest {

    @Test
    void aPageIsServedAtItsFoldersAddressAndAnyOtherFileAtItsPath() {
        assertEquals("/blog/sciatica/", new SitePath("blog/sciatica/index.html").url());
        assertEquals("/", new SitePath("index.html").url());
        assertEquals("/404.html", new SitePath("404.html").url());
        assertEquals("/css/site.0123456789.css", new SitePath("css/site.0123456789.css").url());
    }

    @Test
    void anArticlesAddressNamesItsPage() {
        for (String page : List.of("blog/sciatica/index.html", "index.html", "feed.xml")) {
            assertEquals(new SitePath(page), SitePath.ofUrl(new SitePath(page).url()), page);
        }
    }

    @Test
    void aFileOfTheFolderThatHoldsTheSiteIsNamedFromItsRoot() {
        Path staging = Path.of("target", "www.staging");
        SitePath page =
                SitePath.of(staging, staging.resolve("blog").resolve("x").resolve("index.html"));

        assertEquals("blog/x/index.html", page.path());
        assertEquals(Path.of("target", "preview", "blog", "x", "index.html"), page.in(Path.of("target", "preview")));
    }

    @Test
    void anAddressOrAWindowsPathIsNotAPathInTheSite() {
        for (String wrong : List.of("", "/blog/x/", "blog\\x\\index.html")) {
            assertThrows(IllegalArgumentException.class, () -> new SitePath(wrong), wrong);
        }
    }
}
