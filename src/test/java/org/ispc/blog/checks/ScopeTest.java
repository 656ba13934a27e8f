package org.ispc.blog.checks;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.ispc.blog.content.SitePath;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Position;
import org.junit.jupiter.api.Test;

class ScopeTest {

    private static Finding at(String path) {
        return Finding.error(Position.at(path, 1, 1), "links/broken", "m");
    }

    @Test
    void aPartialBuildLooksAgainAtTheSourcesItNamesAndAtFindingsOnThePagesItNames() {
        Scope scope = Scope.of(Set.of("content/blog/x.adoc"), Set.of(new SitePath("blog/x/index.html")));

        assertTrue(scope.coversPage(new SitePath("blog/x/index.html")));
        assertFalse(scope.coversPage(new SitePath("blog/y/index.html")));
        assertTrue(scope.covers(at("content/blog/x.adoc")));
        assertTrue(scope.covers(at("target/preview/blog/x/index.html")));
        assertTrue(scope.covers(at("target/www/blog/x/index.html")));
        assertFalse(scope.covers(at("target/preview/blog/y/index.html")));
        assertFalse(scope.covers(at("target/preview/")));
        // a page of the site and a project file are different things, even where their text would match
        assertFalse(scope.covers(at("blog/x/index.html")));
        assertFalse(Scope.of(Set.of(), Set.of()).covers(at("content/blog/x.adoc")));
        assertTrue(Scope.everything().covers(at("templates/post.ftl")));
    }
}
