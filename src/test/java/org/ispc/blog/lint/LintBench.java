package org.ispc.blog.lint;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.ispc.blog.content.Manuscript;
import org.ispc.blog.diag.Finding;

/**
 * The content lint alone over a folder of articles (bench/README.md): the CPU time of this thread for every rule of
 * every article, a number of rounds in one JVM, then each rule's best time on its own. Articles are read as
 * {@code testing/ExampleDocuments} reads examples, without baking.
 */
public final class LintBench {

    private LintBench() {}

    public static void main(String[] args) throws Exception {
        List<Manuscript> docs = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(args[0]))) {
            for (Path file : files.sorted().toList()) {
                docs.add(org.ispc.blog.testing.ExampleDocuments.manuscript(
                        "content/blog/" + file.getFileName(), Files.readString(file), LocalDate.of(2026, 6, 1)));
            }
        }
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        LocalDate today = LocalDate.of(2026, 6, 1);
        var cpu = ManagementFactory.getThreadMXBean();
        long[] millis = new long[rounds];
        int findings = 0;
        for (int round = 0; round < rounds; round++) {
            long start = cpu.getCurrentThreadCpuTime();
            findings = 0;
            for (Manuscript m : docs) {
                findings += ContentLint.lint(new LintedDocument(m, today, 12)).size();
            }
            millis[round] = (cpu.getCurrentThreadCpuTime() - start) / 1_000_000;
        }
        long[] sorted = millis.clone();
        Arrays.sort(sorted);
        System.out.printf(
                "%d articles, %d findings; the whole lint, ms of CPU per round: %s (best %d, median %d)%n",
                docs.size(), findings, Arrays.toString(millis), sorted[0], sorted[rounds / 2]);
        List<LintedDocument> parsed =
                docs.stream().map(m -> new LintedDocument(m, today, 12)).toList();
        for (LintRule rule : ContentLint.RULES) {
            long best = Long.MAX_VALUE;
            for (int round = 0; round < 3; round++) {
                long start = cpu.getCurrentThreadCpuTime();
                List<Finding> out = new ArrayList<>();
                parsed.forEach(doc -> rule.check(doc, out));
                best = Math.min(best, cpu.getCurrentThreadCpuTime() - start);
            }
            System.out.printf("  %-28s %6.1f ms%n", rule.rule().id(), best / 1e6);
        }
    }
}
