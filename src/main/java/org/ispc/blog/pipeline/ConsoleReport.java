package org.ispc.blog.pipeline;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ispc.blog.diag.GuideLinks;
import org.ispc.blog.github.GitHubActions;

/** What a build tells whoever ran it: every finding on a line of its own, then one summary line. */
public final class ConsoleReport {

    private ConsoleReport() {}

    /** Prints every finding, then one summary: what each step found and how long it took. */
    public static void print(SiteBuild.Outcome outcome, Path root, PrintStream out) {
        print(outcome, root, out, Map.of());
    }

    /**
     * As {@link #print(SiteBuild.Outcome, Path, PrintStream)}; on GitHub's runners (as {@code environment} tells) every
     * finding is also printed as an annotation on its line, and a summary for writers goes to the job's page.
     */
    public static void print(SiteBuild.Outcome outcome, Path root, PrintStream out, Map<String, String> environment) {
        outcome.findings().forEach(f -> out.println(f.format()));
        GitHubActions.from(environment)
                .ifPresent(github -> github.report(outcome.findings(), outcome.published(), outcome.notices(), out));
        List<String> anchors = outcome.findings().stream()
                .map(f -> "#" + GuideLinks.anchor(f.rule()))
                .distinct()
                .sorted()
                .toList();
        if (!anchors.isEmpty()) {
            out.printf(
                    "each [rule] is explained, with its fix, in the writer's guide (mvn site): target/site/%s%s%n",
                    GuideLinks.PAGE, String.join(", ", anchors));
        }
        outcome.notices().forEach(out::println);
        StringBuilder steps = new StringBuilder();
        for (SiteBuild.CheckTiming t : outcome.timings()) {
            if (steps.length() > 0) {
                steps.append(", ");
            }
            steps.append(t.name())
                    .append(' ')
                    .append(t.errors())
                    .append("E/")
                    .append(t.warnings())
                    .append("W ")
                    .append(t.millis())
                    .append("ms");
        }
        long errors = outcome.errors();
        long warnings = outcome.findings().size() - errors;
        String where = root.relativize(outcome.site()).toString();
        if (outcome.published()) {
            out.printf("build OK: %d warning(s); site written to %s [%s]%n", warnings, where, steps);
        } else {
            out.printf(
                    "build FAILED: %d error(s), %d warning(s); %s was left as it was. Fix the errors above (file:line:column) and build again. [%s]%n",
                    errors, warnings, where, steps);
        }
    }
}
