package org.ispc.blog.diag;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * How a command run by Maven fails without a stack trace. Maven prints one for any command that exits with an
 * error, under the writer's message; so, given {@code --failure-marker=file}, a command that failed writes that
 * file and exits with 0, and an enforcer rule in pom.xml then fails the build with one plain sentence.
 *
 * @param file the marker, when the command was given one (run by Maven); without it, exit codes say it all
 */
public record FailureMarker(Optional<Path> file) {

    /** The option that names the marker, as pom.xml gives it: {@code --failure-marker=file}. */
    public static final String OPTION_NAME = "--failure-marker";

    private static final String OPTION = OPTION_NAME + "=";

    /** The marker named among a command's arguments, if any. */
    public static FailureMarker in(String[] args) {
        return new FailureMarker(Arrays.stream(args)
                .filter(a -> a.startsWith(OPTION))
                .map(a -> Path.of(a.substring(OPTION.length())))
                .reduce((first, last) -> last));
    }

    /** The command succeeded: a marker left by an earlier failure is removed. Returns the exit code, 0. */
    public int passed() {
        return mark(Optional.empty(), 0);
    }

    /**
     * The command failed for {@code why}, already printed for the writer. Returns the exit code: 0 once the
     * marker is written, {@code exitCode} when there is no marker to write.
     */
    public int failed(String why, int exitCode) {
        return mark(Optional.of(why), exitCode);
    }

    private int mark(Optional<String> failure, int exitCode) {
        if (file.isEmpty()) {
            return exitCode;
        }
        try {
            Files.deleteIfExists(file.get());
            if (failure.isPresent()) {
                Files.createDirectories(file.get().toAbsolutePath().getParent());
                Files.writeString(file.get(), failure.get() + "\n", StandardCharsets.UTF_8);
            }
            return 0;
        } catch (IOException e) {
            return failure.isPresent() ? exitCode : 1;
        }
    }
}
