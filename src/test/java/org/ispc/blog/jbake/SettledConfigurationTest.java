package org.ispc.blog.jbake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.apache.commons.configuration2.MapConfiguration;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfiguration;
import org.junit.jupiter.api.Test;

class SettledConfigurationTest {

    private final DefaultJBakeConfiguration settings = settings();

    @SuppressWarnings("deprecation") // the constructor without a source folder: no paths are needed here
    private static DefaultJBakeConfiguration settings() {
        CompositeConfiguration all = new CompositeConfiguration();
        all.addConfiguration(
                new MapConfiguration(Map.of("site.host", "https://blog.example.com", "blog.title", "Blog")));
        return new DefaultJBakeConfiguration(all);
    }

    @Test
    void everyPageGetsTheSameReadOnlyMapOfTheSettings() {
        JBakeConfiguration settled = SettledConfiguration.of(settings);

        Map<String, Object> first = settled.asHashMap();
        assertEquals(settings.asHashMap(), first, "the map JBake would build");
        assertEquals("https://blog.example.com", first.get("site_host"));
        assertSame(first, settled.asHashMap(), "built once");
        assertThrows(UnsupportedOperationException.class, () -> first.put("site_host", "elsewhere"));
    }

    @Test
    void everyOtherQuestionGoesToTheSettings() {
        JBakeConfiguration settled = SettledConfiguration.of(settings);

        assertEquals("Blog", settled.get("blog.title"));
        assertEquals(settings.getSiteHost(), settled.getSiteHost());
        assertEquals(settings.getPaginateIndex(), settled.getPaginateIndex());
    }
}
