package org.ispc.blog.content;

import java.io.StringReader;
import org.ispc.blog.diag.Position;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.Node;

/**
 * A YAML file writers edit (data/clinic.yml, data/redirects.yml) read into a tree of nodes, with their lines, or
 * the reason it cannot be read at a line of the file. The YAML reader's limits (lists nested too deep, too many
 * aliases, a file too large) come without a place: the place is found here, so that the writer is told where.
 */
public final class YamlText {

    private YamlText() {}

    /**
     * Why a file is not YAML the build can read.
     *
     * @param at the line and column where reading stopped
     * @param syntax whether it is a mistake of YAML syntax (where an unclosed quote may be the cause), rather
     *     than one of the reader's limits; the message says either in the writer's words
     */
    public static final class Refused extends Exception {
        private final transient Position at;
        private final boolean syntax;

        Refused(Position at, boolean syntax, String problem) {
            super(problem, null, false, false);
            this.at = at;
            this.syntax = syntax;
        }

        public Position at() {
            return at;
        }

        public boolean syntax() {
            return syntax;
        }
    }

    /**
     * The file's root node (null for an empty file).
     *
     * @param path the file, relative to the project root, for positions
     * @throws Refused when the text is not YAML, or YAML beyond the reader's limits
     */
    public static Node compose(String text, String path) throws Refused {
        try {
            return yaml().compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw new Refused(position(path, mark), true, plain(e.getProblem()));
        } catch (YAMLException e) {
            throw limit(text, path, String.valueOf(e.getMessage()));
        }
    }

    private static Yaml yaml() {
        return new Yaml(new SafeConstructor(new LoaderOptions()));
    }

    /** One of the reader's limits, at the event that crossed it (or the last one read), in the writer's words. */
    private static Refused limit(String text, String path, String message) {
        LoaderOptions limits = new LoaderOptions();
        int depth = 0;
        int aliases = 0;
        Mark last = null;
        Mark crossed = null;
        try {
            for (Event event : yaml().parse(new StringReader(text))) {
                last = event.getStartMark();
                if (event instanceof CollectionStartEvent) {
                    depth++;
                } else if (event instanceof CollectionEndEvent) {
                    depth--;
                } else if (event instanceof AliasEvent) {
                    aliases++;
                }
                if (crossed == null
                        && (depth > limits.getNestingDepthLimit() || aliases > limits.getMaxAliasesForCollections())) {
                    crossed = last;
                }
                if (depth > limits.getNestingDepthLimit()) {
                    break;
                }
            }
        } catch (YAMLException e) {
            // the events up to here are all there is to go by
        }
        Mark at = crossed != null ? crossed : last;
        String advice;
        if (message.contains("Nesting Depth")) {
            advice = "lists or groups are nested more than " + limits.getNestingDepthLimit()
                    + " levels deep here; write the entries one under the other instead";
        } else if (message.contains("aliases")) {
            advice = "this file repeats a block marked with '&' (through '*' names) too many times; write each"
                    + " entry out in full instead of repeating it";
        } else if (message.contains("code points")) {
            advice = "the file is too large to be a list of facts (over " + limits.getCodePointLimit()
                    + " characters); remove what does not belong in it";
        } else {
            advice = "this is not YAML the build can read; check the indentation and that values with ':' or '#'"
                    + " are in quotes";
        }
        return new Refused(at == null ? Position.at(path, 1, 1) : position(path, at), false, advice);
    }

    /**
     * The YAML reader's complaint in the words of the people who edit the file; the reader's own words stay at the
     * end for whoever helps them, except where they name the reader's insides (a type tag such as {@code !!str}).
     */
    private static String plain(String problem) {
        String p = problem == null ? "" : problem;
        String advice;
        if (p.contains("tag")) {
            return "a '!' before a value marks a YAML type, which this file does not use; remove it, and put the"
                    + " value in quotes if it starts with '!'";
        } else if (p.contains("TAB")) {
            advice = "this line is indented with a tab; indent with spaces only";
        } else if (p.contains("mapping values are not allowed")) {
            advice = "a value holds ': '; put the whole value in quotes, such as name: \"Spine: Back & Neck\"";
        } else if (p.contains("expected <block end>")) {
            advice = "this line is not indented like the lines around it; line up the keys of one entry under"
                    + " each other";
        } else {
            advice = "this is not valid YAML; check the indentation and that values with ':' or '#' are in quotes";
        }
        return advice + " (the YAML reader says: " + p + ")";
    }

    private static Position position(String path, Mark mark) {
        return mark == null ? Position.at(path, 1, 1) : Position.at(path, mark.getLine() + 1, mark.getColumn() + 1);
    }
}
