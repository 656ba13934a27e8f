package org.ispc.blog.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageCacheTest {

    @TempDir
    Path dir;

    /** A reader that counts the pages it really read. */
    private final List<String> reads = new ArrayList<>();

    private String length(Path page) {
        reads.add(page.getFileName().toString());
        try {
            return "length " + Files.size(page);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private PageCache<String> cache(String version) {
        return new PageCache<>(dir.resolve("cache/pages"), version, String.class, new PageDigests());
    }

    @Test
    void aPageWithTheSameBytesIsNotReadAgainByTheNextBuild() throws Exception {
        Path a = Files.writeString(dir.resolve("a.html"), "<p>one</p>");
        Path b = Files.writeString(dir.resolve("b.html"), "<p>two!</p>");
        PageCache<String> first = cache("v1");
        assertEquals("length 10", first.of(a, this::length));
        assertEquals("length 11", first.of(b, this::length));
        first.save(true);

        Files.writeString(b, "<p>changed</p>");
        PageCache<String> second = cache("v1");
        assertEquals("length 10", second.of(a, this::length));
        assertEquals("length 14", second.of(b, this::length));
        assertEquals(List.of("a.html", "b.html", "b.html"), reads, "only the changed page was read again");
    }

    @Test
    void anotherVersionOfTheReaderReadsEveryPageAgain() throws Exception {
        Path a = Files.writeString(dir.resolve("a.html"), "<p>one</p>");
        PageCache<String> first = cache("v1");
        first.of(a, this::length);
        first.save(true);

        cache("v2").of(a, this::length);
        assertEquals(List.of("a.html", "a.html"), reads);
    }

    /** The page policy's verdicts depend on site.host: a page read for another host is read again. */
    @Test
    void aPageReadAgainstAnotherSettingIsReadAgain() throws Exception {
        Path a = Files.writeString(dir.resolve("a.html"), "<p>one</p>");
        Path file = dir.resolve("cache/pages");
        PageCache<String> first = PageCache.withSetting(file, "https://a.example.com", String.class, new PageDigests());
        first.of(a, this::length);
        first.save(true);

        PageCache.withSetting(file, "https://a.example.com", String.class, new PageDigests())
                .of(a, this::length);
        PageCache.withSetting(file, "https://b.example.com", String.class, new PageDigests())
                .of(a, this::length);
        assertEquals(List.of("a.html", "a.html"), reads, "read once for each host");
    }

    @Test
    void aRunOverTheWholeSiteForgetsPagesThatAreGoneAndAPartialRunKeepsThem() throws Exception {
        Path a = Files.writeString(dir.resolve("a.html"), "<p>one</p>");
        Path b = Files.writeString(dir.resolve("b.html"), "<p>two!</p>");
        PageCache<String> first = cache("v1");
        first.of(a, this::length);
        first.of(b, this::length);
        first.save(true);

        PageCache<String> partial = cache("v1");
        partial.of(a, this::length);
        partial.save(false);
        PageCache<String> whole = cache("v1");
        whole.of(a, this::length);
        whole.save(true);
        assertEquals(List.of("a.html", "b.html"), reads, "a partial run kept b's entry");

        cache("v1").of(b, this::length);
        assertEquals(List.of("a.html", "b.html", "b.html"), reads, "the whole-site run without b dropped it");
    }

    @Test
    void aDamagedCacheIsReadAsEmpty() throws Exception {
        Path a = Files.writeString(dir.resolve("a.html"), "<p>one</p>");
        Files.createDirectories(dir.resolve("cache"));
        Files.writeString(dir.resolve("cache/pages-v1.json"), "{ not json");
        assertEquals("length 10", cache("v1").of(a, this::length));
        assertEquals(List.of("a.html"), reads);
    }

    @Test
    void theChecksOfOneBuildShareEachPagesDigestAndTheNextBuildDigestsAgain() throws Exception {
        Path a = Files.writeString(dir.resolve("a.html"), "<p>one</p>");
        PageDigests build = new PageDigests();
        String digest = build.of(a);
        assertEquals(org.ispc.blog.content.Digest.of("<p>one</p>"), digest);

        Files.writeString(a, "<p>the next build</p>");
        assertEquals(digest, build.of(a), "within a build a page is digested once");
        assertEquals(org.ispc.blog.content.Digest.of("<p>the next build</p>"), new PageDigests().of(a));
    }
}
