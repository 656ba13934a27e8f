package org.ispc.blog.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;

/**
 * The floor of the bake benchmark: AsciidoctorJ alone converting the same articles one after another on one
 * thread in one JVM, nothing else (no JBake, no templates, no checks). Each body is written to the output
 * folder, as a bake would.
 *
 * <p>Usage: {@code AsciidoctorOnlyBench <dir-of-adoc-files> <output-dir> [threads]}; with a thread count above
 * one, that many threads share the one instance, each converting every n-th file (how well conversion uses more
 * cores). Prints one line,
 * {@code asciidoctor-only: <n> files, start <ms> ms, convert <ms> ms, total <ms> ms}: start is
 * {@code Asciidoctor.Factory.create()}, total is measured from the start of {@code main} (the process wall time,
 * JVM start included, is measured by the caller).
 */
public final class AsciidoctorOnlyBench {

    private AsciidoctorOnlyBench() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2 && args.length != 3) {
            System.err.println("usage: AsciidoctorOnlyBench <dir-of-adoc-files> <output-dir> [threads]");
            System.exit(2);
        }
        int threads = args.length == 3 ? Integer.parseInt(args[2]) : 1;
        long t0 = System.nanoTime();
        Path in = Path.of(args[0]);
        Path out = Files.createDirectories(Path.of(args[1]));
        List<Path> files;
        try (Stream<Path> s = Files.list(in)) {
            files = s.filter(p -> p.toString().endsWith(".adoc")).sorted().toList();
        }
        java.util.concurrent.atomic.AtomicLong converted = new java.util.concurrent.atomic.AtomicLong();
        long t1;
        long t2;
        try (Asciidoctor asciidoctor = Asciidoctor.Factory.create()) {
            t1 = System.nanoTime();
            Options options = Options.builder()
                    .safe(SafeMode.SAFE)
                    .toFile(false)
                    // the generated articles call the clinic's number; give it a value, as the bake does
                    .attributes(Attributes.builder()
                            .attribute("clinic-phone", "202-851-7034")
                            .build())
                    .build();
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
            List<java.util.concurrent.Future<?>> shares = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                shares.add(pool.submit(() -> {
                    for (int i = first; i < files.size(); i += threads) {
                        Path file = files.get(i);
                        String html = asciidoctor.convertFile(file.toFile(), options);
                        String name = file.getFileName().toString().replaceFirst("\\.adoc$", ".html");
                        Files.writeString(out.resolve(name), html, StandardCharsets.UTF_8);
                        converted.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> share : shares) {
                try {
                    share.get();
                } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException(e);
                }
            }
            pool.shutdown();
            t2 = System.nanoTime();
        }
        System.out.printf(
                "asciidoctor-only: %d files, start %d ms, convert %d ms, total %d ms%n",
                converted.get(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (System.nanoTime() - t0) / 1_000_000);
    }
}
