package org.ispc.blog.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.ispc.blog.diag.FailureMarker;
import org.ispc.blog.diag.Suggestion;
import org.ispc.blog.facts.FactsOptions;
import org.ispc.blog.github.GitHubActions;
import org.ispc.blog.jbake.SiteSettings;
import org.ispc.blog.pipeline.BuildOptions;
import org.ispc.blog.report.ContentReport;
import org.ispc.blog.writer.NewArticle;

/**
 * Everything a run was asked to do, read once at the entry point ({@link Main}) from its arguments, the JVM's
 * system properties and the environment, and handed down as values: no code below reads a property or a variable
 * of its own. An option is given as an argument ({@code --facts.strict=true}, as pom.xml passes Maven's
 * {@code -Dfacts.strict=true}) or as a system property of the same name ({@code java -Dfacts.strict=true}); the
 * argument wins, and an empty value counts as not given (pom.xml passes every option, given or not).
 *
 * @param root the project's folder
 * @param failureMarker how the command fails when Maven runs it
 * @param build how the site is built (build, facts, preview, report)
 * @param environment the variables of the environment the build reads (on GitHub's runners)
 * @param previewPort where the preview listens (preview; new names it in its next steps)
 * @param article the article to start (new)
 * @param importFrom the saved page or folder to import (import)
 * @param reportOutput where the content report goes (report)
 */
public record Options(
        Command command,
        Path root,
        FailureMarker failureMarker,
        BuildOptions build,
        Map<String, String> environment,
        int previewPort,
        NewArticle.Request article,
        Optional<Path> importFrom,
        Path reportOutput) {

    static final int DEFAULT_PREVIEW_PORT = 8820;
    private static final int DEFAULT_REVIEW_MAX_AGE_MONTHS = 12;

    public Options {
        environment = Map.copyOf(environment);
    }

    /** A command line that cannot be run, with the one line that says why. */
    public static final class Invalid extends Exception {
        private final transient FailureMarker failureMarker;

        Invalid(FailureMarker failureMarker, String message) {
            super(message);
            this.failureMarker = failureMarker;
        }

        /** The marker Maven checks, when the arguments named one. */
        public FailureMarker failureMarker() {
            return failureMarker;
        }
    }

    /**
     * Reads a command line: the command's word, then its arguments.
     *
     * @param properties the JVM's system properties: an option not among the arguments may be given there
     * @param environment the process's environment
     * @throws Invalid for an unknown command or option, or a value that cannot be one
     */
    public static Options parse(List<String> args, Map<String, String> properties, Map<String, String> environment)
            throws Invalid {
        FailureMarker marker = FailureMarker.in(args.toArray(String[]::new));
        if (args.isEmpty()) {
            throw new Invalid(marker, "say what to run: " + commands());
        }
        Optional<Command> asked = Command.of(args.get(0));
        if (asked.isEmpty()) {
            List<String> words =
                    Arrays.stream(Command.values()).map(Command::word).toList();
            throw new Invalid(
                    marker,
                    "unknown command '" + args.get(0) + "'" + didYouMean(args.get(0), words) + "; " + commands());
        }
        Command command = asked.get();
        Values values = new Values(command, marker);
        Arguments given;
        try {
            given = Arguments.read(command, args.subList(1, args.size()));
        } catch (Arguments.Unreadable e) {
            throw values.invalid(explained(command, e.getMessage()));
        }
        if (given.folders().size() > 1) {
            throw values.invalid(
                    "one project folder only, not also '" + given.folders().get(1) + "'");
        }
        Path root = Path.of(given.folders().isEmpty() ? "." : given.folders().get(0))
                .toAbsolutePath()
                .normalize();
        Map<String, String> written = new TreeMap<>();
        for (String name : Arguments.taken(command)) {
            Optional.ofNullable(given.values().getOrDefault(name, properties.get(name)))
                    .ifPresent(value -> written.put(name, value));
        }
        return values.of(root, written, read(environment));
    }

    /** An unknown option, with the one meant and the options the command takes. */
    private static String explained(Command command, String problem) {
        String prefix = "unknown option --";
        if (!problem.startsWith(prefix)) {
            return problem;
        }
        List<String> known =
                Arguments.taken(command).stream().map(name -> "--" + name).toList();
        return problem + didYouMean(problem.substring("unknown option ".length()), known) + "; " + command.word()
                + " takes " + String.join(", ", known);
    }

    private static String didYouMean(String written, List<String> known) {
        return Suggestion.closest(written, known)
                .map(s -> " (did you mean " + s + "?)")
                .orElse("");
    }

    private static String commands() {
        return "the commands are "
                + Arrays.stream(Command.values())
                        .map(c -> c.word() + " (" + c.maven() + ")")
                        .collect(Collectors.joining(", "));
    }

    /** The variables of the environment the build reads: the rest of it is no business of the build's. */
    private static Map<String, String> read(Map<String, String> environment) {
        Map<String, String> kept = new TreeMap<>();
        for (String name : GitHubActions.VARIABLES) {
            Optional.ofNullable(environment.get(name)).ifPresent(value -> kept.put(name, value));
        }
        return kept;
    }

    /** Turns what was written into values, refusing in the writer's words what cannot be one. */
    private record Values(Command command, FailureMarker marker) {

        Options of(Path root, Map<String, String> written, Map<String, String> environment) throws Invalid {
            boolean builds = Arguments.taken(command).contains(Arguments.CACHE);
            return new Options(
                    command,
                    root,
                    marker,
                    builds ? building(written) : BuildOptions.DEFAULTS,
                    environment,
                    port(written.get(Arguments.PREVIEW_PORT)),
                    NewArticle.Request.of(
                            written.get(Arguments.TITLE), written.get(Arguments.AUTHOR), written.get(Arguments.TAGS)),
                    command == Command.IMPORT ? Optional.of(from(written.get(Arguments.FROM))) : Optional.empty(),
                    given(written.get(Arguments.OUTPUT)).map(root::resolve).orElse(root.resolve(ContentReport.OUTPUT)));
        }

        private BuildOptions building(Map<String, String> written) throws Invalid {
            return new BuildOptions(
                    yesOrNo(
                            Arguments.CACHE,
                            written,
                            true,
                            "write -D" + Arguments.CACHE + "=false to convert every article again"),
                    new FactsOptions(
                            whole(Arguments.FACTS_MAX_AGE_DAYS, written, "days")
                                    .orElse(FactsOptions.DEFAULT_MAX_AGE_DAYS),
                            yesOrNo(
                                    Arguments.FACTS_STRICT,
                                    written,
                                    false,
                                    "write -D" + Arguments.FACTS_STRICT + "=true")),
                    given(written.get(Arguments.FACTS_NPI)).map(SiteSettings::npiList),
                    address(Arguments.FACTS_NPI_REGISTRY_URL, written),
                    whole(Arguments.REVIEW_MAX_AGE_MONTHS, written, "months"));
        }

        /** true or false; a typo such as "ture" would otherwise quietly mean false. */
        private boolean yesOrNo(String name, Map<String, String> written, boolean otherwise, String hint)
                throws Invalid {
            Optional<String> value = given(written.get(name));
            if (value.isEmpty()) {
                return otherwise;
            }
            String lower = value.get().toLowerCase(Locale.ROOT);
            if (!lower.equals("true") && !lower.equals("false")) {
                throw invalid(
                        "-D" + name + "=" + value.get() + " is neither true nor false; " + hint + ", or leave it out");
            }
            return lower.equals("true");
        }

        private OptionalInt whole(String name, Map<String, String> written, String unit) throws Invalid {
            Optional<String> value = given(written.get(name));
            if (value.isEmpty()) {
                return OptionalInt.empty();
            }
            int number = -1;
            try {
                number = Integer.parseInt(value.get());
            } catch (NumberFormatException e) {
                // said below
            }
            if (number < 0) {
                int example = unit.equals("days") ? FactsOptions.DEFAULT_MAX_AGE_DAYS : DEFAULT_REVIEW_MAX_AGE_MONTHS;
                throw invalid("-D" + name + "=" + value.get() + " is not a number of " + unit
                        + "; write a whole number, such as -D" + name + "=" + example);
            }
            return OptionalInt.of(number);
        }

        private Optional<String> address(String name, Map<String, String> written) throws Invalid {
            Optional<String> value = given(written.get(name));
            if (value.isPresent()) {
                try {
                    URI uri = new URI(value.get());
                    if (!List.of("http", "https").contains(String.valueOf(uri.getScheme())) || uri.getHost() == null) {
                        throw new URISyntaxException(value.get(), "not a web address");
                    }
                } catch (URISyntaxException e) {
                    throw invalid("-D" + name + "=" + value.get() + " is not a web address; write one with https://,"
                            + " such as -D" + name + "=https://npiregistry.cms.hhs.gov/api/");
                }
            }
            return value;
        }

        private int port(String written) throws Invalid {
            Optional<String> value = given(written);
            if (value.isEmpty()) {
                return DEFAULT_PREVIEW_PORT;
            }
            if (!value.get().matches("\\d{1,5}") || Integer.parseInt(value.get()) > 65535) {
                throw invalid("-D" + Arguments.PREVIEW_PORT + "=" + value.get() + " is not a port number; write one"
                        + " from 1 to 65535, such as -D" + Arguments.PREVIEW_PORT + "=9000");
            }
            return Integer.parseInt(value.get());
        }

        private Path from(String written) throws Invalid {
            return Path.of(given(written)
                    .orElseThrow(() ->
                            invalid("say which saved page or folder to import: mvn -Pimport -Dfrom=old/page.html")));
        }

        Invalid invalid(String message) {
            return new Invalid(marker, command.notDone() + ": " + message);
        }

        private static Optional<String> given(String written) {
            return Optional.ofNullable(written).map(String::strip).filter(v -> !v.isEmpty());
        }
    }
}
