package org.ispc.blog.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.cli.AlreadySelectedException;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.MissingArgumentException;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.ParseException;
import org.apache.commons.cli.UnrecognizedOptionException;
import org.ispc.blog.diag.FailureMarker;
import org.ispc.blog.jbake.SiteSettings;

/**
 * A subcommand's arguments as Apache Commons CLI reads them: the options it takes, each {@code --name=value}, and
 * the project's folder. Values stay as they were written; {@link Options} makes them values.
 *
 * @param values each option given, by its name (without the dashes); given twice, the last
 * @param folders the arguments that are not options
 */
record Arguments(Map<String, String> values, List<String> folders) {

    static final String CACHE = "cache";
    static final String FACTS_MAX_AGE_DAYS = "facts.maxAgeDays";
    static final String FACTS_STRICT = "facts.strict";
    static final String FACTS_NPI = "facts.npi";
    static final String FACTS_NPI_REGISTRY_URL = "facts.npiRegistryUrl";
    static final String REVIEW_MAX_AGE_MONTHS = SiteSettings.REVIEW_MAX_AGE_MONTHS;
    static final String PREVIEW_PORT = "preview.port";
    static final String TITLE = "title";
    static final String AUTHOR = "author";
    static final String TAGS = "tags";
    static final String FROM = "from";
    static final String OUTPUT = "output";
    static final String FAILURE_MARKER = FailureMarker.OPTION_NAME.substring(2);

    /** What every build of the site takes (pipeline/BuildOptions). */
    private static final List<String> BUILDING =
            List.of(CACHE, FACTS_MAX_AGE_DAYS, FACTS_STRICT, FACTS_NPI, FACTS_NPI_REGISTRY_URL, REVIEW_MAX_AGE_MONTHS);

    /** A command line Commons CLI could not read: an unknown option, or one without its value. */
    static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message);
        }
    }

    /** The options {@code command} takes, as a writer gives them to Maven ({@code -Dname}); pom.xml's own aside. */
    static List<String> taken(Command command) {
        List<String> names = new ArrayList<>();
        switch (command) {
            case BUILD, FACTS -> names.addAll(BUILDING);
            case PREVIEW -> {
                names.addAll(BUILDING);
                names.add(PREVIEW_PORT);
            }
            case REPORT -> {
                names.addAll(BUILDING);
                names.add(OUTPUT);
            }
            case NEW -> names.addAll(List.of(TITLE, AUTHOR, TAGS, PREVIEW_PORT));
            case IMPORT -> names.add(FROM);
        }
        return names;
    }

    /** Reads the arguments after the command's word. */
    static Arguments read(Command command, List<String> args) throws Unreadable {
        org.apache.commons.cli.Options options = new org.apache.commons.cli.Options();
        List<String> names = new ArrayList<>(taken(command));
        names.add(FAILURE_MARKER);
        names.forEach(name ->
                options.addOption(Option.builder().longOpt(name).hasArg().build()));
        CommandLine line;
        try {
            // a misspelt option is reported, not taken for the one it begins
            line = DefaultParser.builder()
                    .setAllowPartialMatching(false)
                    .build()
                    .parse(options, args.toArray(String[]::new));
        } catch (UnrecognizedOptionException e) {
            throw new Unreadable("unknown option " + e.getOption().split("=", 2)[0]);
        } catch (MissingArgumentException e) {
            String option = "--" + e.getOption().getLongOpt();
            throw new Unreadable("the option " + option + " needs a value, written as " + option + "=...");
        } catch (AlreadySelectedException e) {
            throw new IllegalStateException("no option belongs to a group", e);
        } catch (ParseException e) {
            throw new Unreadable(e.getMessage());
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Option given : line.getOptions()) {
            values.put(given.getLongOpt(), given.getValue());
        }
        return new Arguments(values, line.getArgList());
    }
}
