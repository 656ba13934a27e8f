package org.ispc.blog.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs one command of the benchmark in a fresh process and measures it: wall-clock time, CPU time and peak
 * resident memory (through {@code /usr/bin/time}), the CPU that other processes used meanwhile (from
 * /proc/stat, so that a noisy machine shows in the results), and the JVM's heap peak from a GC log when the
 * command writes one. A command that outlives its timeout is killed with all its children.
 */
final class Measured {

    /** What one process did. {@code wall} and the CPU times are in seconds. */
    record Result(
            int exit,
            boolean timedOut,
            double wall,
            double user,
            double sys,
            long maxRssKb,
            double foreignCpu,
            double busyBefore,
            String output) {

        double cpu() {
            return user + sys;
        }

        boolean ok() {
            return exit == 0 && !timedOut;
        }
    }

    private static final Path TIME = Path.of("/usr/bin/time");
    private static final Pattern GC_PAUSE = Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");
    private static final Pattern HEAP_AT_EXIT = Pattern.compile("heap\\s+total \\d+K, used (\\d+)K");

    private final double busyThreshold;
    private final long settleMaxSeconds;
    private final long clockTicks;

    Measured(double busyThreshold, long settleMaxSeconds) {
        this.busyThreshold = busyThreshold;
        this.settleMaxSeconds = settleMaxSeconds;
        this.clockTicks = clockTicks();
    }

    static boolean haveTime() {
        return Files.isExecutable(TIME);
    }

    /**
     * Runs {@code command} in {@code dir} with its output (stdout and stderr) in {@code log}; waits first, up to
     * the settle time, for the machine to be quiet.
     */
    Result run(Path dir, List<String> command, Map<String, String> env, long timeoutSeconds, Path log)
            throws IOException, InterruptedException {
        double busy = waitForQuiet();
        Files.createDirectories(log.getParent());
        Path timeFile = log.resolveSibling(log.getFileName() + ".time");
        Files.deleteIfExists(timeFile);
        List<String> full = new ArrayList<>();
        if (haveTime()) {
            full.addAll(List.of(TIME.toString(), "-f", "%e %U %S %M", "-o", timeFile.toString()));
        }
        full.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(full)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().remove("MAVEN_OPTS");
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().remove("_JAVA_OPTIONS");
        pb.environment().putAll(env);
        long machineBefore = machineBusyTicks()[0];
        long start = System.nanoTime();
        Process process = pb.start();
        boolean finished = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        if (!finished) {
            process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
        double wall = (System.nanoTime() - start) / 1e9;
        double machineCpu = (machineBusyTicks()[0] - machineBefore) / (double) clockTicks;
        // Maven writes colour resets even in batch mode; the parsers want the plain text
        String output = Files.readString(log, StandardCharsets.UTF_8).replaceAll("\u001B\\[[0-9;]*m", "");
        double user = 0;
        double sys = 0;
        long rss = -1;
        if (Files.exists(timeFile)) {
            List<String> lines = Files.readAllLines(timeFile);
            String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1).trim();
            String[] f = last.split("\\s+");
            if (f.length == 4) {
                user = Double.parseDouble(f[1]);
                sys = Double.parseDouble(f[2]);
                rss = Long.parseLong(f[3]);
            }
        }
        double foreign = Math.max(0, machineCpu - user - sys);
        return new Result(finished ? process.exitValue() : -1, !finished, wall, user, sys, rss, foreign, busy, output);
    }

    /** The heap peak in MB from a {@code -Xlog:gc,gc+heap+exit} log: the largest heap before a GC or at exit. */
    static long heapPeakMb(Path gcLog) throws IOException {
        if (!Files.exists(gcLog)) {
            return -1;
        }
        long peakKb = -1;
        for (String line : Files.readAllLines(gcLog)) {
            Matcher m = GC_PAUSE.matcher(line);
            if (m.find()) {
                peakKb = Math.max(peakKb, kb(m.group(1), m.group(2)));
            }
            Matcher e = HEAP_AT_EXIT.matcher(line);
            if (e.find()) {
                peakKb = Math.max(peakKb, Long.parseLong(e.group(1)));
            }
        }
        return peakKb < 0 ? -1 : peakKb / 1024;
    }

    private static long kb(String value, String unit) {
        long v = Long.parseLong(value);
        return switch (unit) {
            case "G" -> v * 1024 * 1024;
            case "M" -> v * 1024;
            default -> v;
        };
    }

    /** Waits until the machine's CPUs are mostly idle (other sessions' builds), at most the settle time. */
    private double waitForQuiet() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(settleMaxSeconds);
        double busy;
        do {
            long[] a = machineBusyTicks();
            Thread.sleep(1000);
            long[] b = machineBusyTicks();
            busy = (b[0] - a[0]) / (double) Math.max(1, b[1] - a[1]);
        } while (busy > busyThreshold && System.nanoTime() < deadline);
        return busy;
    }

    /** Busy and total ticks of all CPUs so far, from the first line of /proc/stat. */
    private static long[] machineBusyTicks() throws IOException {
        Path stat = Path.of("/proc/stat");
        if (!Files.exists(stat)) {
            return new long[] {0, 1};
        }
        String[] f = Files.readAllLines(stat).get(0).trim().split("\\s+");
        long user = Long.parseLong(f[1]);
        long nice = Long.parseLong(f[2]);
        long system = Long.parseLong(f[3]);
        long idle = Long.parseLong(f[4]);
        long iowait = Long.parseLong(f[5]);
        long irq = Long.parseLong(f[6]);
        long softirq = Long.parseLong(f[7]);
        long steal = f.length > 8 ? Long.parseLong(f[8]) : 0;
        long busy = user + nice + system + irq + softirq + steal;
        return new long[] {busy, busy + idle + iowait};
    }

    private static long clockTicks() {
        try {
            Process p = new ProcessBuilder("getconf", "CLK_TCK").start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
            p.waitFor();
            return Long.parseLong(out);
        } catch (IOException | RuntimeException e) {
            return 100;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 100;
        }
    }
}
