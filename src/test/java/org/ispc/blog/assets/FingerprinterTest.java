package org.ispc.blog.assets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FingerprinterTest {

    @TempDir
    Path project;

    private static final String PAGE =
            "<link rel=\"stylesheet\" href=\"/css/site.css\"><script src=\"/js/menu.js\"></script>";

    @Test
    void pagesAreWrittenWithTheNamesTheFilesGetAndOnlyCopiedPagesAreRewrittenAfterwards() throws IOException {
        write("assets/css/site.css", "body {\n  color: black;\n}\n");
        write("content/js/menu.js", "menu();\n");
        write("assets/offline.html", PAGE);
        Map<String, String> names = Fingerprinter.names(project.resolve("assets"), project.resolve("content"));
        Path site = project.resolve("site");
        write("site/css/site.css", read("assets/css/site.css"));
        write("site/js/menu.js", read("content/js/menu.js"));
        write("site/offline.html", PAGE); // copied as it is, as JBake copies assets
        write("site/index.html", Fingerprinter.rewriter(names).apply(PAGE)); // written by the template engine

        Map<String, String> renamed =
                Fingerprinter.apply(site, names, project.resolve("assets"), project.resolve("content"));

        assertEquals(names, renamed);
        String css = renamed.get("/css/site.css");
        assertTrue(css.matches("/css/site\\.[0-9a-f]{10}\\.css"), css);
        assertEquals("body{color:black}\n", Files.readString(site.resolve(css.substring(1))));
        assertFalse(Files.exists(site.resolve("css/site.css")));
        String expected = "<link rel=\"stylesheet\" href=\"" + css + "\"><script src=\"" + renamed.get("/js/menu.js")
                + "\"></script>";
        assertEquals(expected, read("site/index.html"));
        assertEquals(expected, read("site/offline.html"));
    }

    @Test
    void whenTheSiteHoldsOtherFilesThanExpectedEveryPageIsRewritten() throws IOException {
        write("assets/css/site.css", "p { margin: 0 }\n");
        Map<String, String> names = Fingerprinter.names(project.resolve("assets"));
        write("site/css/site.css", read("assets/css/site.css"));
        write("site/js/menu.js", "menu();\n"); // made by something other than the two folders
        write("site/index.html", PAGE);

        Map<String, String> renamed = Fingerprinter.apply(project.resolve("site"), names, project.resolve("assets"));

        assertEquals(2, renamed.size());
        assertEquals(
                "<link rel=\"stylesheet\" href=\"" + renamed.get("/css/site.css") + "\"><script src=\""
                        + renamed.get("/js/menu.js") + "\"></script>",
                read("site/index.html"));
    }

    private void write(String path, String text) throws IOException {
        Path file = project.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private String read(String path) throws IOException {
        return Files.readString(project.resolve(path));
    }
}
