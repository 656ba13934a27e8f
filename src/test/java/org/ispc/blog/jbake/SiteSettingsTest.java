package org.ispc.blog.jbake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteSettingsTest {

    /** 03:00 in London is still the day before in New York. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T03:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path root;

    private SiteSettings read(String properties) throws Exception {
        Files.writeString(root.resolve(SiteSettings.PROPERTIES), properties);
        return SiteSettings.read(root, false, CLOCK);
    }

    private SiteSettings.Invalid refused(String properties) {
        return assertThrows(SiteSettings.Invalid.class, () -> read(properties));
    }

    @Test
    void readsTheSettingsTheBuildUsesAndTheDayInTheSiteTimeZone() throws Exception {
        SiteSettings settings = read("# the site\nsite.host=https://blog.example.org/\nsite.timezone=America/New_York\n"
                + "index.posts_per_page = 7\nrelated.count: 4\n");
        assertEquals("https://blog.example.org", settings.host());
        assertEquals(7, settings.postsPerPage());
        assertEquals(4, settings.relatedCount());
        assertEquals(LocalDate.of(2026, 11, 24), settings.today());
    }

    @Test
    void aSettingWrittenTwiceIsRefusedAtItsSecondLine() {
        SiteSettings.Invalid e =
                refused("site.title=Blog\nindex.posts_per_page=10\n\n# more\nindex.posts_per_page=5\n");
        assertEquals(5, e.line());
        assertTrue(e.getMessage().startsWith("index.posts_per_page is set twice, on line 2 and here"), e.getMessage());
    }

    @Test
    void commentsAndContinuedLinesAreNotSettings() throws Exception {
        SiteSettings settings = read("# index.posts_per_page=3\n! index.posts_per_page=4\n"
                + "site.description=one \\\n  index.posts_per_page=5\nindex.posts_per_page=6\n");
        assertEquals(6, settings.postsPerPage());
        assertEquals("one index.posts_per_page=5", settings.description());
    }

    /** The one place review.maxAgeMonths is read: the lint and the content report both take it from here. */
    @Test
    void theMonthsAfterWhichAReviewIsDueAreReadOnceAndAWrongValueIsRefusedAtItsLine() throws Exception {
        assertEquals(12, read("site.title=Blog\n").reviewMaxAgeMonths());
        assertEquals(6, read("review.maxAgeMonths=6\n").reviewMaxAgeMonths());
        SiteSettings.Invalid e = refused("site.title=Blog\nreview.maxAgeMonths=six\n");
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("not a number of months"), e.getMessage());
        assertEquals(2, refused("site.title=Blog\nreview.maxAgeMonths=-1\n").line());
    }

    @Test
    void aCountThatIsNotAWholeNumberIsRefusedAtItsLine() {
        SiteSettings.Invalid e = refused("site.title=Blog\nrelated.count=three\n");
        assertEquals(2, e.line());
        assertEquals("related.count is 'three'; write a whole number of 1 or more, such as 3", e.getMessage());
        assertEquals(1, refused("index.posts_per_page=0\n").line());
    }

    @Test
    void anUnknownTimeZoneIsRefusedAtItsLine() {
        SiteSettings.Invalid e = refused("site.title=Blog\n\nsite.timezone=Eastern\n");
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("America/New_York"), e.getMessage());
    }

    /** Canonical links, the feed and the sitemap start with it: without https:// they would be addresses in the site. */
    @Test
    void aHostWithoutItsSchemeIsRefusedAtItsLine() {
        SiteSettings.Invalid e = refused("site.title=Blog\nsite.host=blog.example.com\n");
        assertEquals(2, e.line());
        assertEquals(
                "site.host is 'blog.example.com', which is not a full web address; write it with https://, such as"
                        + " site.host=https://blog.example.com",
                e.getMessage());
        assertEquals(1, refused("site.host=https://\n").line());
    }
}
