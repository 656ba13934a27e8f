package org.ispc.blog.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Writes a realistic blog of N AsciiDoc articles (header, tags, summary, sections, lists, xref links to
 * other articles) for the benchmarks. The same seed gives the same corpus.
 *
 * <p>Usage: {@code CorpusGenerator <content-dir> <count> [seed]}
 */
public final class CorpusGenerator {

    private static final List<String> TAGS = List.of(
            "lower back pain",
            "neck pain",
            "sciatica",
            "nerve pain",
            "herniated disc",
            "spinal stenosis",
            "injections",
            "physical therapy",
            "posture",
            "sports",
            "treatment options",
            "arthritis",
            "sleep",
            "headaches",
            "shoulder pain",
            "hip pain",
            "knee pain",
            "exercise",
            "work",
            "surgery",
            "recovery",
            "inflammation",
            "imaging",
            "diagnosis",
            "osteoporosis",
            "whiplash",
            "scoliosis",
            "pregnancy",
            "seniors",
            "nutrition");
    private static final List<String> WORDS = List.of(
            "spine",
            "disc",
            "nerve",
            "vertebra",
            "muscle",
            "ligament",
            "joint",
            "facet",
            "lumbar",
            "cervical",
            "thoracic",
            "pain",
            "stiffness",
            "numbness",
            "tingling",
            "weakness",
            "inflammation",
            "injection",
            "therapy",
            "exercise",
            "posture",
            "stretch",
            "core",
            "strength",
            "mobility",
            "treatment",
            "diagnosis",
            "imaging",
            "specialist",
            "recovery",
            "symptom",
            "pressure",
            "root",
            "canal",
            "narrowing",
            "herniation",
            "bulge",
            "sciatic",
            "radiating",
            "chronic",
            "acute",
            "flare",
            "rest",
            "activity",
            "walking",
            "sitting",
            "sleep",
            "desk",
            "lifting",
            "bending",
            "twisting",
            "patient",
            "doctor",
            "visit",
            "plan",
            "relief");

    private CorpusGenerator() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42L;
        write(dir, count, seed);
    }

    /** Writes {@code count} articles into {@code contentDir/blog}. */
    public static void write(Path contentDir, int count, long seed) throws IOException {
        Random random = new Random(seed);
        Path blog = contentDir.resolve("blog");
        Files.createDirectories(blog);
        LocalDate start = LocalDate.of(2020, 1, 1);
        for (int i = 0; i < count; i++) {
            StringBuilder a = new StringBuilder();
            String topic = WORDS.get(random.nextInt(WORDS.size()));
            a.append("= Article ")
                    .append(i)
                    .append(": ")
                    .append(capital(topic))
                    .append(" and ")
                    .append(words(random, 3))
                    .append('\n');
            a.append("Bench Writer\n");
            a.append(":jbake-type: post\n:jbake-status: published\n");
            a.append(":jbake-date: ").append(start.plusDays(i % 2000)).append('\n');
            a.append(":jbake-tags: ");
            int tags = 2 + random.nextInt(3);
            for (int t = 0; t < tags; t++) {
                a.append(t == 0 ? "" : ", ").append(TAGS.get(random.nextInt(TAGS.size())));
            }
            a.append('\n');
            a.append(":jbake-summary: ").append(capital(words(random, 14))).append(".\n\n");
            a.append(capital(words(random, 40))).append(".\n\n");
            int sections = 3 + random.nextInt(3);
            for (int s = 0; s < sections; s++) {
                a.append("== ").append(capital(words(random, 4))).append("\n\n");
                a.append(capital(words(random, 50)))
                        .append(". See xref:article-")
                        .append(String.format("%05d", random.nextInt(count)))
                        .append(".adoc[")
                        .append(words(random, 3))
                        .append("].\n\n");
                a.append("The main points are:\n\n");
                for (int l = 0; l < 4; l++) {
                    a.append("* ").append(capital(words(random, 8))).append('\n');
                }
                a.append('\n').append(capital(words(random, 45))).append(".\n\n");
            }
            a.append("Call {clinic-phone} to book a visit.\n");
            Files.writeString(
                    blog.resolve(String.format("article-%05d.adoc", i)), a.toString(), StandardCharsets.UTF_8);
        }
    }

    private static String words(Random random, int n) {
        StringBuilder sb = new StringBuilder();
        int previous = -1;
        for (int i = 0; i < n; i++) {
            int word = random.nextInt(WORDS.size());
            if (word == previous) {
                // "disc disc" is lint/repeated-word: the next word of the list instead, with no draw more, so that
                // the corpus stays clean and the rest of it as it was
                word = (word + 1) % WORDS.size();
            }
            sb.append(i == 0 ? "" : " ").append(WORDS.get(word));
            previous = word;
        }
        return sb.toString();
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
