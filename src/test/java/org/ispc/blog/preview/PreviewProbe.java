package org.ispc.blog.preview;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ispc.blog.pipeline.SiteBuild;

/**
 * {@code PreviewProbe <folder>}: the preview's server in a JVM of its own, as {@code mvn -Ppreview} starts it, with a
 * stand-in build that serves one page. Prints {@code address: <url>} and serves until its input closes.
 */
public final class PreviewProbe {

    private PreviewProbe() {}

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        Path page = root.resolve(SiteBuild.PREVIEW).resolve("index.html");
        Files.createDirectories(page.getParent());
        Files.writeString(page, "<!DOCTYPE html><html><head><title>t</title></head><body>Draft text</body></html>");
        try (PreviewServer server = PreviewServer.start(
                root, 0, changed -> new SiteBuild.Outcome(true, List.of(), page.getParent(), List.of()))) {
            System.out.println("address: " + server.address());
            System.out.flush();
            System.in.readAllBytes();
        }
        System.exit(0);
    }
}
