package org.ispc.blog.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.asciidoctor.Options;
import org.ispc.blog.testing.TestSite;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Text from an old page, escaped by the importer, shows in the page exactly as it was typed. */
class AsciidocTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\u0000', textBlock = """
            a list marker at the start   | * not a list, but a sentence
            an ordered marker            | 1. not a numbered list
            a heading marker             | == not a heading
            a block title                | .not a title
            a comment                    | // not a comment
            an admonition                | NOTE: not an admonition
            an attribute entry           | :name: not an attribute
            a quote marker               | > not a quote
            a literal paragraph          |  leading space is not literal
            a delimiter line             | ----
            a run of hyphens             | a ---- b
            attribute references         | write {clinic-phone} or {name} as typed
            asterisks that could pair    | a *starred* word and 5* more
            underscores that could pair  | an _underlined_ word and snake_case_name
            highlight marks              | #1 choice and #2 choice
            superscript marks            | 2^10^ is not a power here
            subscript marks              | H~2~O is not a formula here
            backticks                    | a `quoted` word
            plus signs                   | 40+ years and +more+ words
            replacements                 | (C) (R) (TM) a -> b => c <- d <= e
            a double hyphen              | over--under and a -- b
            a definition                 | Note:: not a definition; term;; either
            a closing plus               | ends with +
            """)
    void textShowsAsTyped(String why, String text) {
        String written = AsciidocText.asParagraph(AsciidocText.escape(text, AsciidocText.couldPair(text)));

        String html = TestSite.SharedAsciidoctor.get()
                .convert(written, Options.builder().build());

        assertEquals(text, Jsoup.parse(html).select(".paragraph p").text(), () -> "written as: " + written);
    }
}
