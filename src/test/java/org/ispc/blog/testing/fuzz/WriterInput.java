package org.ispc.blog.testing.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * What writers control, mutated: the shipped articles and the fixture sites' documents, partials, data/clinic.yml
 * and data/redirects.yml, each changed by a few {@link Edit}s drawn from the slips, pastes and hostile edits a
 * public medical site must survive (unclosed blocks, stray includes, invisible characters, odd header values,
 * YAML of the wrong shape).
 */
public final class WriterInput {

    private static final Path PROJECT =
            Path.of(System.getProperty("project.root", ".")).toAbsolutePath();

    /** AsciiDoc that opens, closes or refers to something, and characters that arrive by paste. */
    static final List<String> ASCIIDOC = List.of(
            "----",
            "++++",
            "|===",
            "====",
            "____",
            "....",
            "****",
            "////",
            "--",
            "'''",
            "<<<",
            "[",
            "]",
            "[[",
            "[[x]]",
            "[#",
            "[.role]",
            "[source,java]",
            "[quote, Dr. X]",
            "[cols=\"1,2\"]",
            "[NOTE]",
            "[Editor's note: see below]",
            "{attr}",
            "{clinic-phone}",
            "{office-nowhere-address}",
            "{counter:x}",
            "{set:x:y}",
            "{docdir}",
            "{user-home}",
            "{",
            "}",
            "include::",
            "include::../partials/missing.adoc[]",
            "include::/etc/passwd[]",
            "include::../../pom.xml[]",
            "include::https://example.com/x.adoc[]",
            "include::{docdir}/x.adoc[]",
            "include::../partials/shared.adoc[tag=a]",
            "include::../partials/shared.adoc[lines=1..2;5]",
            "include::../partials/shared.adoc[leveloffset=+9]",
            "include::../partials/shared.adoc[indent=-1]",
            "ifdef::",
            "ifdef::x[]",
            "ifndef::clinic-phone[]",
            "ifeval::[{x} > 1]",
            "endif::[]",
            "endif::x[]",
            "xref:",
            "xref:missing.adoc[]",
            "xref:#[]",
            "<<",
            ">>",
            "<<nowhere>>",
            "image::",
            "image::missing.png[]",
            "image::../../../etc/passwd[x]",
            "image::data:image/png;base64,AAAA[x]",
            "image:x.png[",
            "link:javascript:alert(1)[x]",
            "link:https://example.com[]",
            "footnote:[",
            "pass:[<script>alert(1)</script>]",
            "+++<iframe src=x>+++",
            "kbd:[",
            "stem:[x^2]",
            "latexmath:[x]",
            ":leveloffset: +3",
            ":toc:",
            ":doctype: book",
            ":!jbake-type:",
            ":jbake-status: published",
            ":jbake-type: page",
            ":jbake-tags:",
            ":imagesdir: /etc",
            ":Tip: do this",
            "= Second title",
            "=",
            "==",
            "== ",
            "======= Deep",
            "NOTE:",
            "* ",
            ". ",
            "1)",
            "• item",
            "a|b",
            "|",
            "<1>",
            "//",
            "\\",
            "`",
            "*",
            "_",
            "#",
            "%",
            "&",
            "<",
            ">",
            "\"",
            "'",
            ":",
            "::",
            "TODO",
            "202-555-0100",
            "1234 Main Street, Arlington, VA 22201",
            "<b>bold</b>",
            "[text](https://example.com)",
            "\u0000",
            "\u0007",
            "\u001B[31m",
            "\uFFFD",
            "\u202E",
            "\u200F",
            "\u200B",
            "\u00A0",
            "\uFEFF",
            "\u0085",
            "\u2028",
            "\u0301",
            "\uD83D\uDE00",
            "\uD83D",
            "\u4E00",
            "â€™",
            "\t",
            "\r",
            "\r\n",
            "x".repeat(5000),
            "=".repeat(300),
            "[".repeat(200),
            "*".repeat(500),
            "word ".repeat(3000));

    /** Values for a header line: dates, statuses, types and topics a writer could type, and some nobody should. */
    static final List<String> HEADER_VALUES = List.of(
            "",
            " ",
            "published",
            "Published",
            "publish",
            "draft",
            "published-date",
            "post",
            "page",
            "Post",
            "blog",
            "2026-02-30",
            "2026-13-01",
            "2026-1-1",
            "26-01-01",
            "2026/01/01",
            "2026-01-01T10:00:00Z",
            "0000-01-01",
            "9999-12-31",
            "+999999999-12-31",
            "-2026-01-01",
            "yesterday",
            "2026-11-25",
            "2027-11-25",
            ",",
            ",,,",
            "a, a, A, á",
            "sciatica; back pain",
            "#sciatica #back",
            "t".repeat(300),
            "tags",
            "index",
            "../../etc",
            "tag/with/slashes",
            "a.b",
            "?&=",
            "\uD83D\uDE00",
            "<script>alert(1)</script>",
            "{clinic-phone}",
            "*bold* summary with xref:x.adoc[a link]",
            "s".repeat(2000),
            "missing.adoc",
            "sciatica-basics.adoc, sciatica-basics.adoc",
            "Dr. Jane Roe, MD",
            "\u0000",
            "\u202Eevil");

    /** YAML of the wrong type or shape, and YAML features a clinic file never needs. */
    static final List<String> YAML = List.of(
            "",
            "~",
            "null",
            "true",
            "12",
            "1e9",
            "0x1F",
            "-1",
            ".nan",
            "[]",
            "{}",
            "[a, b]",
            "{a: b}",
            "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[x]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]",
            "&a x",
            "*a",
            "*nowhere",
            "&a [1, 2]",
            "<<: *a",
            "!!binary aGVsbG8=",
            "!!python/object:os.system x",
            "!!java.io.File /etc/passwd",
            "!!int 12",
            "!!set {a, b}",
            "!!timestamp 2026-11-24",
            "2026-02-30",
            "2026-11-24T10:00:00Z",
            "\"unclosed",
            "'unclosed",
            "\"\"",
            "\"\\0\"",
            "\"\\x00\"",
            "\"/a\\0b\"",
            "\"/old\\n/evil /x 301\"",
            "\"/a b\"",
            "/old path with spaces",
            "/../../../../etc/passwd",
            "//example.com",
            "/blog/x?y=1#z",
            "/" + "a".repeat(300),
            "|",
            ">",
            "|\n  two\n  lines",
            "key: value: more",
            "a #comment",
            "- item",
            "  - id: x",
            "? [a, b]\n: c",
            "? {a: b}\n: c",
            "[a, b]: c",
            "---",
            "...",
            "--- !!map",
            "%YAML 1.1",
            "%TAG ! tag:example.com,2000:",
            "\t",
            "202-BAD-NUMB",
            "+1 (202) 851-7034 ext. 5",
            "911",
            "202-555-0100",
            "UPPER-case id",
            "washington-dc",
            "arlington",
            "\uD83D\uDE00",
            "\u0000",
            "\uFEFF",
            "\u202E",
            "x".repeat(100_000),
            "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                    + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
                    + "e: [*d, *d, *d, *d, *d, *d, *d, *d, *d]",
            "a: &a\n  b: *a");

    private WriterInput() {}

    /** Edits of an AsciiDoc document: its lines, its header's values, its characters. */
    public static Arbitrary<List<Edit>> asciidocEdits() {
        return edits(Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Arbitraries.of(ASCIIDOC)),
                net.jqwik.api.Tuple.of(2, Arbitraries.of(HEADER_VALUES)),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().ofMaxLength(12))));
    }

    /** Addresses an old-address list could hold: paths with spaces, line breaks, NUL, dots, other sites. */
    public static final List<String> ADDRESSES = List.of(
            "\"/a\\0b\"",
            "\"/old\\n/evil /x 301\"",
            "\"/a\\tb\"",
            "\"/a\\u2028b\"",
            "/a b",
            "/",
            "//example.com",
            "https://example.com/",
            "/../../../../etc/passwd",
            "/blog/../../x",
            "/blog/sciatica-basics",
            "/blog/sciatica-basics/",
            "/blog/sciatica-basics/index.html",
            "/blog/x?y=1#z",
            "/%2e%2e/%2e%2e/x",
            "/_headers",
            "/\u202Eevil",
            "/" + "a".repeat(300),
            "/a/" + "b/".repeat(200));

    /** Edits of a YAML file: wrong types, missing keys, bad indentation, anchors and aliases, huge values. */
    public static Arbitrary<List<Edit>> yamlEdits() {
        return yamlEdits(List.of());
    }

    /** {@link #yamlEdits()}, writing {@code values} of the file's own kind as often as the YAML oddities. */
    public static Arbitrary<List<Edit>> yamlEdits(List<String> values) {
        return edits(Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(values.isEmpty() ? 0 : 4, Arbitraries.of(values.isEmpty() ? YAML : values)),
                net.jqwik.api.Tuple.of(4, Arbitraries.of(YAML)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(HEADER_VALUES)),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().ofMaxLength(12))));
    }

    private static Arbitrary<List<Edit>> edits(Arbitrary<String> tokens) {
        Arbitrary<Edit.Kind> kinds = Arbitraries.frequency(
                net.jqwik.api.Tuple.of(3, Edit.Kind.DELETE_LINE),
                net.jqwik.api.Tuple.of(2, Edit.Kind.DUPLICATE_LINE),
                net.jqwik.api.Tuple.of(2, Edit.Kind.SWAP_LINES),
                net.jqwik.api.Tuple.of(5, Edit.Kind.INSERT_LINE),
                net.jqwik.api.Tuple.of(5, Edit.Kind.INSERT_IN_LINE),
                net.jqwik.api.Tuple.of(2, Edit.Kind.REPLACE_LINE),
                net.jqwik.api.Tuple.of(5, Edit.Kind.REPLACE_VALUE),
                net.jqwik.api.Tuple.of(2, Edit.Kind.INDENT),
                net.jqwik.api.Tuple.of(1, Edit.Kind.TRUNCATE),
                net.jqwik.api.Tuple.of(1, Edit.Kind.CRLF));
        Arbitrary<Integer> places = Arbitraries.integers().between(0, 4000);
        Arbitrary<Edit> edit =
                Combinators.combine(kinds, places, places, tokens).as(Edit::new);
        return edit.list().ofMinSize(1).ofMaxSize(4);
    }

    /** The text of every document writers could start from: the shipped site's and the fixture sites'. */
    public static List<String> documents() {
        return texts(Stream.concat(
                files(PROJECT.resolve("content"), ".adoc"),
                files(PROJECT.resolve("src/test/resources/sites"), ".adoc")));
    }

    /** The clinic files to start from: the shipped one and the fixtures'. */
    public static List<String> clinicFiles() {
        return texts(Stream.of(
                PROJECT.resolve("data/clinic.yml"),
                PROJECT.resolve("src/test/resources/sites/basic/data/clinic.yml"),
                PROJECT.resolve("src/test/resources/facts/clinic.yml")));
    }

    /** The redirect lists to start from: the shipped one and the fixture's. */
    public static List<String> redirectFiles() {
        return texts(Stream.of(
                PROJECT.resolve("data/redirects.yml"),
                PROJECT.resolve("src/test/resources/sites/redirects/data/redirects.yml")));
    }

    private static Stream<Path> files(Path folder, String suffix) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> texts(Stream<Path> files) {
        return files.map(file -> {
                    try {
                        return Files.readString(file, StandardCharsets.UTF_8);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .toList();
    }
}
