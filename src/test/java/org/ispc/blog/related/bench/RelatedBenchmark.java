package org.ispc.blog.related.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.ispc.blog.related.Candidate;
import org.ispc.blog.related.RelatedConfig;
import org.ispc.blog.related.RelatedIndex;

/**
 * Measures the related selection alone ({@link RelatedIndex#build} and {@link RelatedIndex#all}) on generated
 * corpora: one warm-up, then five timed runs per size; prints the median wall-clock time, the median CPU time
 * of the process (all threads, GC and JIT included; it depends far less than wall-clock time on what else the
 * machine is running) and the peak heap use.
 *
 * <p>Run, from the project root: {@code mvn -B -q -o test-compile && java -Xmx512m -cp
 * target/classes:target/test-classes org.ispc.blog.related.bench.RelatedBenchmark [sizes...]} (default sizes
 * 1000 5000). The peak is the sum of the heap pools' peaks during the runs: it includes the corpus and garbage
 * not yet collected, so it is an upper bound that grows with {@code -Xmx}; the 5,000-article runs also pass
 * with {@code -Xmx96m}.
 */
public final class RelatedBenchmark {

    private static final int RUNS = 5;
    private static final long SEED = 20_240_301L;

    private RelatedBenchmark() {}

    public static void main(String[] args) {
        int[] sizes = args.length == 0
                ? new int[] {1_000, 5_000}
                : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        System.out.printf(
                "java %s, %d processors, max heap %d MB%n",
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        for (int size : sizes) {
            measure(size);
        }
    }

    private static void measure(int size) {
        List<Candidate> corpus = SyntheticCorpus.generate(size, SEED);
        RelatedConfig config = RelatedConfig.defaults();
        long checksum = run(corpus, config);
        System.gc();
        long corpusHeap = usedHeap();
        long[] millis = new long[RUNS];
        long[] cpuMillis = new long[RUNS];
        long peak = 0;
        for (int i = 0; i < RUNS; i++) {
            resetPeaks();
            long cpuStart = processCpuNanos();
            long start = System.nanoTime();
            long again = run(corpus, config);
            millis[i] = (System.nanoTime() - start) / 1_000_000;
            cpuMillis[i] = (processCpuNanos() - cpuStart) / 1_000_000;
            peak = Math.max(peak, peakHeap());
            if (again != checksum) {
                throw new IllegalStateException("run " + i + " chose other articles than the warm-up");
            }
        }
        System.out.printf(
                "%,d articles: median %d ms (runs %s), CPU time median %d ms, peak heap %d MB (corpus alone %d MB)%n",
                size, median(millis), Arrays.toString(millis), median(cpuMillis), peak >> 20, corpusHeap >> 20);
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** CPU time of the whole process, every thread (GC and JIT included), so that other load does not count. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Builds the index and reads every list; returns a checksum of the lists, so nothing is optimised away. */
    private static long run(List<Candidate> corpus, RelatedConfig config) {
        long checksum = 0;
        for (Map.Entry<String, List<String>> entry :
                RelatedIndex.build(corpus, config).all().entrySet()) {
            checksum = 31 * checksum + entry.getKey().hashCode();
            checksum = 31 * checksum + entry.getValue().hashCode();
        }
        return checksum;
    }

    private static long usedHeap() {
        return Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
    }

    private static void resetPeaks() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return heapPools().stream()
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .toList();
    }
}
