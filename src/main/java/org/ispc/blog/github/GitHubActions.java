package org.ispc.blog.github;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ispc.blog.diag.Finding;

/**
 * The build running on GitHub's runners (which set {@code GITHUB_ACTIONS=true}): every finding is printed a
 * second time as an annotation, and a summary for writers is added to the job's summary page
 * ({@code GITHUB_STEP_SUMMARY}, a file the runner names for each step).
 *
 * @param stepSummary the file to append the summary to; empty when the runner named none
 */
public record GitHubActions(Optional<Path> stepSummary) {

    private static final String RUNNER = "GITHUB_ACTIONS";
    private static final String STEP_SUMMARY = "GITHUB_STEP_SUMMARY";

    /** The variables of the environment this reads: the entry point passes them down (cli/Options). */
    public static final List<String> VARIABLES = List.of(RUNNER, STEP_SUMMARY);

    /** The build on GitHub's runners, or empty anywhere else. */
    public static Optional<GitHubActions> from(Map<String, String> environment) {
        if (!"true".equals(environment.get(RUNNER))) {
            return Optional.empty();
        }
        return Optional.of(new GitHubActions(Optional.ofNullable(environment.get(STEP_SUMMARY))
                .filter(name -> !name.isBlank())
                .map(Path::of)));
    }

    /** Prints each finding as an annotation, for a run that publishes nothing (its summary would mislead). */
    public void annotate(List<Finding> findings, PrintStream out) {
        findings.forEach(f -> out.println(WorkflowCommands.annotation(f)));
    }

    /** Prints the annotations and appends the summary; a summary that cannot be written is said, not thrown. */
    public void report(List<Finding> findings, boolean published, List<String> notices, PrintStream out) {
        annotate(findings, out);
        if (stepSummary.isEmpty()) {
            return;
        }
        try {
            Files.writeString(
                    stepSummary.get(),
                    JobSummary.markdown(findings, published, notices),
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            out.println("::warning::" + WorkflowCommands.data("cannot write the job summary: " + e.getMessage()));
        }
    }
}
