package org.ispc.blog.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.jbake.SiteSettings;
import org.ispc.blog.testing.TestSite;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Old-address lists found by RedirectsFuzzTest to crash the build or to write rules nobody wrote into _redirects;
 * each is now one finding at its entry, and _redirects keeps only the rules of the entries that are right.
 */
class RedirectsTest {

    @TempDir
    Path root;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            a space: two rules in _redirects | - from: /a b | data/redirects.yml:2:3: error: the address holds a space, a line break or an invisible character after '/a'; write it as the browser's address bar shows it after the site's name, such as /blog/old-name (a space as %20) [redirects/entry]
            a line break: a rule of its own | - from: "/old\\n/evil /x" | data/redirects.yml:2:3: error: the address holds a space, a line break or an invisible character after '/old'; write it as the browser's address bar shows it after the site's name, such as /blog/old-name (a space as %20) [redirects/entry]
            a NUL: no file name at all (an exception) | - from: "/a\\0b" | data/redirects.yml:2:3: error: the address holds a space, a line break or an invisible character after '/a'; write it as the browser's address bar shows it after the site's name, such as /blog/old-name (a space as %20) [redirects/entry]
            another site | - from: //example.com/x | data/redirects.yml:2:3: error: an address starting with // leads to another site; write the address within this site, such as /blog/old-name [redirects/entry]
            a page's file: a folder where a file is (an exception) | - from: /blog/sciatica-basics/index.html | data/redirects.yml:2:3: error: '/blog/sciatica-basics/index.html' is the address of a current page or file; an old address must not be in use [redirects/clash]
            a name longer than a file system takes (an exception) | - from: /aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa | data/redirects.yml:2:3: error: a part of '/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa...' between two '/' is longer than 255 bytes, more than a file name can hold; shorten it [redirects/entry]
            lists nested past the YAML reader's limit (an exception) | - from: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[x]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]] | data/redirects.yml:2:57: error: lists or groups are nested more than 50 levels deep here; write the entries one under the other instead [redirects/yaml]
            """)
    void aBadEntryIsAFindingAndWritesNoRule(String name, String entry, String expected) throws IOException {
        TestSite.create(root, "basic");
        Files.writeString(
                root.resolve(HostingFiles.REDIRECTS_FILE),
                "# old addresses\n" + entry + "\n  to: /blog/sciatica-basics/\n");
        Path site = root.resolve("target/www");
        Files.createDirectories(site.resolve("blog/sciatica-basics"));
        Files.writeString(site.resolve("blog/sciatica-basics/index.html"), "<!DOCTYPE html><title>x</title>");

        List<Finding> findings = HostingFiles.write(site, SiteSettings.read(root, false, TestSite.CLOCK));

        assertEquals(List.of(expected), findings.stream().map(Finding::format).toList(), name);
        assertEquals(
                List.of("# old address -> new page (generated from data/redirects.yml)"),
                Files.readAllLines(site.resolve("_redirects")));
    }
}
