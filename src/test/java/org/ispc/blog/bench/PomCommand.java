package org.ispc.blog.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bake's command as pom.xml's exec-maven-plugin execution {@code bake} runs it, read from the pom itself so
 * that the benchmark cannot drift from the build: its {@code commandlineArgs} with the pom's properties, the
 * project folder and the class path filled in. The only addition is {@code -Xlog:gc...:file=...}, a GC log that
 * gives the heap peak (it does not change what the JVM does).
 */
public final class PomCommand {

    private static final Pattern PROPERTY = Pattern.compile("<([\\w.\\-]+)>([^<]*)</\\1>");
    private static final Pattern BAKE = Pattern.compile(
            "<id>bake</id>.*?<executable>([^<]*)</executable>.*?<commandlineArgs>([^<]*)</commandlineArgs>",
            Pattern.DOTALL);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]+)}");

    private final Map<String, String> properties;
    private final String commandline;
    /** Whether the exec plugin's %classpath holds the dependencies only (target/classes then comes from the pom). */
    private final boolean dependenciesOnly;

    private PomCommand(Map<String, String> properties, String commandline, boolean dependenciesOnly) {
        this.properties = properties;
        this.commandline = commandline;
        this.dependenciesOnly = dependenciesOnly;
    }

    static PomCommand read(Path pomFile) throws IOException {
        String pom = Files.readString(pomFile);
        Map<String, String> properties = properties(pom);
        Matcher m = BAKE.matcher(pom);
        if (!m.find() || !properties.containsKey("bake.jvmArgs")) {
            throw new IllegalStateException(
                    pomFile + ": no exec execution 'bake' with commandlineArgs and no bake.jvmArgs");
        }
        boolean dependenciesOnly = m.group().contains("<addOutputToClasspath>false</addOutputToClasspath>");
        return new PomCommand(properties, m.group(2).trim(), dependenciesOnly);
    }

    /** The project's properties, as the pom's first {@code <properties>} sets them. */
    private static Map<String, String> properties(String pom) {
        int from = pom.indexOf("<properties>");
        int to = pom.indexOf("</properties>");
        Map<String, String> properties = new HashMap<>();
        Matcher p = PROPERTY.matcher(pom.substring(from, to));
        while (p.find()) {
            properties.put(p.group(1), p.group(2).trim());
        }
        return properties;
    }

    /**
     * The arguments pom.xml's exec execution {@code id} gives to {@code mainClass}, as Maven would run it for the
     * project at {@code root}: what follows the class's name, with the pom's properties filled in, and over them
     * {@code given} (a profile's own properties and the writer's {@code -D} values). Its {@code commandlineArgs}
     * are cut as the exec plugin cuts them; an {@code <arguments>} list is one argument each.
     */
    public static List<String> programArguments(
            Path pomFile, String id, String mainClass, Path root, Map<String, String> given) throws IOException {
        String pom = Files.readString(pomFile);
        Matcher m = Pattern.compile(
                        "<id>" + Pattern.quote(id) + "</id>.*?(?:<commandlineArgs>([^<]*)</commandlineArgs>"
                                + "|<arguments>(.*?)</arguments>)",
                        Pattern.DOTALL)
                .matcher(pom);
        if (!m.find()) {
            throw new IllegalStateException(pomFile + ": no exec execution '" + id + "' with arguments");
        }
        Map<String, String> values = values(properties(pom), root);
        values.putAll(given);
        List<String> all = new ArrayList<>();
        if (m.group(1) != null) {
            all.addAll(arguments(fill(m.group(1), values)));
        } else {
            Matcher argument = Pattern.compile("<argument>([^<]*)</argument>").matcher(m.group(2));
            while (argument.find()) {
                all.add(fill(argument.group(1), values));
            }
        }
        int main = all.indexOf(mainClass);
        if (main < 0) {
            throw new IllegalStateException(
                    pomFile + ": execution '" + id + "' does not run " + mainClass + ": " + all);
        }
        return all.subList(main + 1, all.size());
    }

    /** The commandlineArgs as written in the pom, for the report. */
    String template() {
        return commandline;
    }

    /** The pom's {@code bake.jvmArgs}, which AsciidoctorJ alone also runs with. */
    List<String> bakeJvmArgs() {
        return Arrays.asList(properties.get("bake.jvmArgs").trim().split("\\s+"));
    }

    /**
     * {@code java <commandlineArgs>} for the project at {@code root}, as {@code mvn package} there would run it.
     *
     * @param classes the compiled classes (the benchmark's snapshot of the project, compiled once)
     * @param dependencies the runtime dependencies' jars, as the exec plugin lists them
     */
    List<String> javaCommand(String java, Path root, Path classes, String dependencies, Path gcLog) {
        String classpath = dependenciesOnly ? dependencies : classes + ":" + dependencies;
        Map<String, String> values = values(root);
        values.put("project.build.outputDirectory", classes.toString());
        String line = fill(commandline, values).replace("%classpath", classpath);
        List<String> command = new ArrayList<>();
        command.add(java);
        command.add(gcOption(gcLog));
        command.addAll(arguments(line));
        return command;
    }

    /** A command line cut as the exec plugin cuts it: at spaces, except within double quotes, which are dropped. */
    static List<String> arguments(String line) {
        List<String> arguments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        boolean started = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
                started = true;
            } else if (Character.isWhitespace(c) && !quoted) {
                if (started) {
                    arguments.add(current.toString());
                    current.setLength(0);
                    started = false;
                }
            } else {
                current.append(c);
                started = true;
            }
        }
        if (started) {
            arguments.add(current.toString());
        }
        return arguments;
    }

    /**
     * The JVM's start-up archive the bake is told to use ({@code bake.classArchive}), if the pom names one: a
     * file in the user's cache folder that the first build without it writes.
     */
    Optional<Path> startupArchive(Path root) {
        return properties.containsKey("bake.classArchive")
                ? Optional.of(Path.of(fill(properties.get("bake.classArchive"), values(root))))
                : Optional.empty();
    }

    /** The pom's properties and Maven's own, as Maven would fill them in for the project at {@code root}. */
    private Map<String, String> values(Path root) {
        return values(properties, root);
    }

    private static Map<String, String> values(Map<String, String> properties, Path root) {
        Map<String, String> values = new HashMap<>(properties);
        values.put("project.basedir", root.toString());
        values.put("project.build.directory", root.resolve("target").toString());
        values.put(
                "project.build.outputDirectory", root.resolve("target/classes").toString());
        values.put("path.separator", java.io.File.pathSeparator);
        values.put("user.home", System.getProperty("user.home"));
        values.put("java.version", System.getProperty("java.version"));
        return values;
    }

    /**
     * {@code mvn -B -o -q package}, with the bake's JVM told to write a GC log ({@code bake.jvmArgs} plus the
     * {@code -Xlog} option).
     */
    List<String> mavenCommand(Path gcLog) {
        return List.of(
                "mvn",
                "-B",
                "-o",
                "-q",
                "package",
                "-Dbake.jvmArgs=" + properties.get("bake.jvmArgs") + " " + gcOption(gcLog));
    }

    static String gcOption(Path gcLog) {
        if (gcLog.toString().contains(" ")) {
            throw new IllegalArgumentException("the benchmark's folder must not contain spaces: " + gcLog);
        }
        return "-Xlog:gc,gc+heap+exit:file=" + gcLog;
    }

    private static String fill(String text, Map<String, String> values) {
        String result = text;
        for (int round = 0; round < 5; round++) {
            Matcher m = PLACEHOLDER.matcher(result);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                String value = values.get(m.group(1));
                if (value == null) {
                    throw new IllegalStateException("pom.xml: no value for ${" + m.group(1) + "} in the command");
                }
                m.appendReplacement(sb, Matcher.quoteReplacement(value));
            }
            m.appendTail(sb);
            result = sb.toString();
            if (!PLACEHOLDER.matcher(result).find()) {
                break;
            }
        }
        return result;
    }
}
