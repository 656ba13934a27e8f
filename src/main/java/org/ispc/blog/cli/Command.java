package org.ispc.blog.cli;

import java.util.Arrays;
import java.util.Optional;

/** What the one entry point can be asked to do, each as a pom.xml profile runs it. */
public enum Command {
    BUILD("build", "mvn package", "The site was not built"),
    FACTS("facts", "mvn -Pfacts", "The clinic facts were not checked"),
    PREVIEW("preview", "mvn -Ppreview", "The preview did not start"),
    NEW("new", "mvn -Pnew", "No article was created"),
    IMPORT("import", "mvn -Pimport", "Nothing was imported"),
    REPORT("report", "mvn site", "The content report was not written");

    private final String word;
    private final String maven;
    private final String notDone;

    Command(String word, String maven, String notDone) {
        this.word = word;
        this.maven = maven;
        this.notDone = notDone;
    }

    /** The subcommand as written after the entry point's name: {@code build}, {@code new}... */
    public String word() {
        return word;
    }

    /** How a writer runs it. */
    public String maven() {
        return maven;
    }

    /** The start of the line that says it did not run, such as "No article was created". */
    public String notDone() {
        return notDone;
    }

    static Optional<Command> of(String word) {
        return Arrays.stream(values()).filter(c -> c.word.equals(word)).findFirst();
    }
}
