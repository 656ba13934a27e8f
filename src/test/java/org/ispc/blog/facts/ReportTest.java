package org.ispc.blog.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Position;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {

    @Test
    void writesSortedFindingsWithCounts(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("target/reports/facts.json");
        List<Finding> findings = List.of(
                Finding.warning(Position.at("data/clinic.yml", 4, 11), "facts/stale-verification", "confirm \"all\""),
                Finding.error(Position.at("content/b.adoc", 2, 1), "facts/unknown-phone", "second"),
                Finding.error(Position.at("content/a.adoc", 9, 3), "facts/retired-phone", "first"));

        FactsCheck.writeReport(file, findings);

        assertEquals("""
                {
                  "errors" : 2,
                  "warnings" : 1,
                  "findings" : [ {
                    "path" : "content/a.adoc",
                    "line" : 9,
                    "column" : 3,
                    "severity" : "error",
                    "rule" : "facts/retired-phone",
                    "message" : "first"
                  }, {
                    "path" : "content/b.adoc",
                    "line" : 2,
                    "column" : 1,
                    "severity" : "error",
                    "rule" : "facts/unknown-phone",
                    "message" : "second"
                  }, {
                    "path" : "data/clinic.yml",
                    "line" : 4,
                    "column" : 11,
                    "severity" : "warning",
                    "rule" : "facts/stale-verification",
                    "message" : "confirm \\"all\\""
                  } ]
                }
                """, Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void writesAnEmptyReport(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("facts.json");

        FactsCheck.writeReport(file, List.of());

        assertEquals(
                "{\n  \"errors\" : 0,\n  \"warnings\" : 0,\n  \"findings\" : [ ]\n}\n",
                Files.readString(file, StandardCharsets.UTF_8));
    }
}
