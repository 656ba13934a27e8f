package org.ispc.blog.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.ispc.blog.pipeline.SiteBuild;
import org.ispc.blog.testing.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two real builds of one checkout at once, each in a JVM of its own as two `mvn package` runs start them, and a build
 * killed midway: the site published afterwards is whole, and each build says what happened.
 */
class OneBuildAtATimeTest {

    @TempDir
    Path dir;

    @Test
    void twoBuildsStartedTogetherPublishOneWholeSiteAndTheSecondSaysItWaited() throws Exception {
        TestSite site = withRedirects(TestSite.create(dir, "basic"));

        Process first = bake(site.root());
        Process second = bake(site.root());
        String one = output(first);
        String two = output(second);

        assertEquals(0, first.exitValue(), one);
        assertEquals(0, second.exitValue(), two);
        assertTrue(one.contains("build OK") && two.contains("build OK"), one + "\n----\n" + two);
        long waited = Stream.of(one, two)
                .filter(out -> out.contains("another build of this project is running (mvn package, started "))
                .filter(out -> out.contains("); waiting for it to finish..."))
                .count();
        assertEquals(1, waited, "exactly one build waited, and said so:\n" + one + "\n----\n" + two);
        assertWhole(site);
        Map<String, String> published = TestSite.files(site.www());

        assertTrue(site.build().published());
        assertEquals(published, TestSite.files(site.www()), "the same site as one build alone makes");
    }

    @Test
    void aBuildKilledMidwayLeavesNothingThatBreaksTheNext() throws Exception {
        TestSite site = withRedirects(TestSite.create(dir, "basic"));
        assertTrue(site.build().published());
        Map<String, String> good = TestSite.files(site.www());
        TestSite.SharedAsciidoctor.get(); // started before the clock below runs
        site.append("content/blog/posture-at-work.adoc", "\nA sentence added since.\n");

        Process killed = bake(site.root());
        // killed while it bakes: its staging folder exists and holds pages
        Path staging = site.root().resolve(SiteBuild.WWW + ".staging");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (!Files.isDirectory(staging.resolve("blog")) && System.nanoTime() < deadline && killed.isAlive()) {
            Thread.sleep(20);
        }
        killed.destroyForcibly(); // kill -9: no shutdown hook runs
        killed.waitFor(1, TimeUnit.MINUTES);
        assertEquals(good, TestSite.files(site.www()), "the killed build published nothing");

        SiteBuild.Outcome next = site.build();

        assertTrue(next.published(), next.findings().toString());
        assertWhole(site);
        assertTrue(site.read(SiteBuild.WWW + "/blog/posture-at-work/index.html").contains("A sentence added since."));
        assertFalse(Files.exists(staging), "no staging folder is left behind");
    }

    @Test
    void aSiteLeftAsideByABuildKilledWhileSwappingIsPutBack() throws Exception {
        TestSite site = TestSite.create(dir, "basic");
        assertTrue(site.build().published());
        Map<String, String> good = TestSite.files(site.www());
        // killed between the two renames of Publisher.promote: the last good site is aside, none is live
        Path live = site.www();
        Files.move(live, live.resolveSibling("www.previous"));
        String article = "content/blog/posture-at-work.adoc";
        site.write(article, site.read(article).replace(":jbake-status: published", ":jbake-status: publishd"));

        SiteBuild.Outcome failed = site.build();

        assertFalse(failed.published());
        assertEquals(good, TestSite.files(live), "the last good site is live again");
    }

    private static TestSite withRedirects(TestSite site) {
        return site.write(
                "data/redirects.yml",
                "- from: /blog/old-sciatica-address\n  to: /blog/sciatica-basics/\n"
                        + "- from: /old/posture\n  to: /blog/posture-at-work/\n");
    }

    /** Every page's style sheet exists, and _redirects holds the redirects of data/redirects.yml. */
    private static void assertWhole(TestSite site) throws IOException {
        Path www = site.www();
        List<String> pages;
        try (Stream<Path> files = Files.walk(www)) {
            pages = files.filter(p -> p.toString().endsWith(".html"))
                    .map(p -> www.relativize(p).toString())
                    .toList();
        }
        assertFalse(pages.isEmpty());
        List<String> broken = new ArrayList<>();
        for (String page : pages) {
            for (Element css : Jsoup.parse(Files.readString(www.resolve(page))).select("link[rel=stylesheet]")) {
                String href = css.attr("href");
                if (!Files.isRegularFile(www.resolve(href.substring(1)))) {
                    broken.add(page + " -> " + href);
                }
            }
        }
        assertEquals(List.of(), broken, "style sheets that do not exist");
        String redirects = Files.readString(www.resolve("_redirects"), StandardCharsets.UTF_8);
        assertEquals(4, redirects.lines().filter(l -> l.endsWith(" 301")).count(), redirects);
    }

    /** `mvn package`'s bake of {@code root}, in a JVM of its own. */
    private static Process bake(Path root) throws IOException {
        return new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-XX:TieredStopAtLevel=1",
                        "-Xss4m",
                        "--add-opens",
                        "java.base/sun.nio.ch=ALL-UNNAMED",
                        "--add-opens",
                        "java.base/java.io=ALL-UNNAMED",
                        "-cp",
                        System.getProperty("java.class.path"),
                        "org.ispc.blog.cli.Main",
                        "build",
                        root.toString())
                .redirectErrorStream(true)
                .start();
    }

    private static String output(Process process) throws Exception {
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), out);
        return out;
    }
}
