package org.ispc.blog.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.ispc.blog.diag.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SourceTextTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @ParameterizedTest
    @ValueSource(
            strings = {
                "plain ASCII\nsecond line\n",
                "\uFEFFa byte-order mark first",
                "accents é ü, dashes \u2014 \u2013, quotes \u201Cx\u201D, Chinese \u4E00, emoji \uD83C\uDFC3",
                ""
            })
    void utf8TextHasNoProblem(String text) {
        assertEquals(Optional.empty(), SourceText.notUtf8("x.adoc", text.getBytes(StandardCharsets.UTF_8), "r/u"));
    }

    @Test
    void aFileSavedAsWindows1252IsReportedAtItsFirstForeignByte() {
        String text = "= Title\n\nFine line.\nShe said \u201Cwait\u201D \u2014 twice.\n";
        byte[] bytes = text.getBytes(WINDOWS_1252);

        Finding finding = SourceText.notUtf8("content/blog/x.adoc", bytes, "content/unreadable")
                .orElseThrow();

        assertEquals("content/blog/x.adoc:4:10", finding.at().toString(), "the opening curly quote");
        assertTrue(finding.isError());
        assertEquals("content/unreadable", finding.rule().toString());
        assertTrue(finding.message().contains("save it again as UTF-8"), finding.message());
    }

    @Test
    void aSequenceCutShortAtTheEndIsReportedToo() {
        byte[] bytes = {'a', '\n', 'b', (byte) 0xE2, (byte) 0x80};

        assertEquals(
                "y.yml:2:2",
                SourceText.notUtf8("y.yml", bytes, "r/u").orElseThrow().at().toString());
    }

    @Test
    void theRestOfTheBuildReadsSuchAFileWithReplacementCharacters() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("latin", ".adoc");
        try {
            java.nio.file.Files.write(file, "caf\u00E9 ok".getBytes(WINDOWS_1252));
            assertEquals("caf\uFFFD ok", FileTree.read(file));
        } finally {
            java.nio.file.Files.delete(file);
        }
    }
}
