package org.ispc.blog.lint;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.ispc.blog.testing.ExampleSite;
import org.ispc.blog.testing.RuleExamples;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** The registry's examples of html/invalid: a piece of HTML in a staged page, read by the Nu Html Checker. */
class HtmlRulesTest {

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> everyHtmlRuleOnItsExamples() {
        return RuleExamples.of((rule, example) -> new HtmlValidity().run(ExampleSite.ofPages(dir, example)), "html");
    }
}
