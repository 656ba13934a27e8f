package org.ispc.blog.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Where the figures come from: processors, memory, JVM, Maven, system, and the source snapshot measured. */
record Machine(
        int processors, String cpuModel, long ramMb, String javaVersion, String maven, String system, String source) {

    static Machine describe(String java, Path project) {
        String model = read("/proc/cpuinfo")
                .flatMap(text -> text.lines()
                        .filter(l -> l.startsWith("model name"))
                        .findFirst()
                        .map(l -> l.substring(l.indexOf(':') + 1).trim()))
                .orElse("unknown");
        long ram = read("/proc/meminfo")
                .flatMap(text -> text.lines()
                        .filter(l -> l.startsWith("MemTotal:"))
                        .findFirst()
                        .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024))
                .orElse(-1L);
        String javaVersion =
                String.join(" / ", run(List.of(java, "-version")).lines().toList());
        String maven = run(List.of("mvn", "-v")).lines().findFirst().orElse("?").replaceAll("\u001B\\[[0-9;]*m", "");
        String os = read("/etc/os-release")
                .flatMap(text -> text.lines()
                        .filter(l -> l.startsWith("PRETTY_NAME="))
                        .findFirst()
                        .map(l -> l.substring(l.indexOf('=') + 1).replace("\"", "")))
                .orElse(System.getProperty("os.name"));
        String system = os + ", kernel " + run(List.of("uname", "-r")).trim();
        String source = read(project.resolve("snapshot.txt").toString())
                .orElse("unknown")
                .trim();
        return new Machine(Runtime.getRuntime().availableProcessors(), model, ram, javaVersion, maven, system, source);
    }

    String markdown() {
        return "| machine | |\n| --- | --- |\n"
                + "| processors (nproc) | " + processors + " |\n"
                + "| CPU model | " + cpuModel + " |\n"
                + "| RAM | " + (ramMb < 0 ? "?" : String.format("%.1f GB", ramMb / 1024.0)) + " |\n"
                + "| Java | " + javaVersion + " |\n"
                + "| Maven | " + maven + " |\n"
                + "| system | " + system + " |\n"
                + "| source measured | " + source.replace("\n", "; ") + " |\n";
    }

    private static Optional<String> read(String file) {
        try {
            return Optional.of(Files.readString(Path.of(file), StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            return out;
        } catch (IOException e) {
            return "?";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "?";
        }
    }
}
