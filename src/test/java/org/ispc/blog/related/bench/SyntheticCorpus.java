package org.ispc.blog.related.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.ispc.blog.related.Candidate;

/**
 * Generated blog articles that look, to the related selection, like a large spine clinic's blog: each article
 * is about one of 30 topics (its first tag) and carries 2 to 4 tags; its words follow Zipf's law, partly over
 * the topic's own ranking of the vocabulary and partly over a common one, with English function words mixed
 * in; bodies have 300 to 700 words. The same size and seed always give the same articles.
 */
public final class SyntheticCorpus {

    static final List<String> TOPICS = List.of(
            "sciatica",
            "spinal-stenosis",
            "herniated-disc",
            "neck-pain",
            "posture",
            "physical-therapy",
            "injections",
            "surgery",
            "sports",
            "sleep",
            "nutrition",
            "osteoporosis",
            "scoliosis",
            "whiplash",
            "arthritis",
            "headache",
            "pregnancy",
            "seniors",
            "workplace",
            "exercise",
            "yoga",
            "massage",
            "chiropractic",
            "imaging",
            "diagnosis",
            "pain-management",
            "recovery",
            "children",
            "research",
            "clinic-news");

    private static final String[] FUNCTION_WORDS = ("the of and to a in is it you that for on with as are this be"
                    + " at or your can from by not but have if will more when may most some which about into than"
                    + " after they their also these other there how our what all so do many")
            .split(" ");

    private static final String[] MEDICAL_WORDS = ("spine spinal vertebra vertebrae disc discs lumbar cervical"
                    + " thoracic sacral coccyx nerve nerves root roots sciatic foramen foraminal facet joint joints"
                    + " ligament ligaments tendon muscle muscles fascia cartilage bone bones marrow canal cord"
                    + " stenosis herniation bulge protrusion extrusion degeneration degenerative arthritis"
                    + " osteoarthritis spondylosis spondylolisthesis scoliosis kyphosis lordosis fracture"
                    + " compression inflammation swelling stiffness numbness tingling weakness radiating chronic"
                    + " acute pain ache spasm cramp posture alignment curvature mobility flexibility stability"
                    + " strength core abdominal gluteal hamstring hip pelvis sacroiliac shoulder neck back leg foot"
                    + " physiotherapy therapist therapy exercise stretching strengthening massage manipulation"
                    + " chiropractic acupuncture traction ergonomics injection epidural steroid corticosteroid"
                    + " anesthetic ablation radiofrequency nerve-block fusion laminectomy discectomy"
                    + " microdiscectomy foraminotomy decompression implant screw rod graft surgeon surgery"
                    + " anesthesia incision recovery rehabilitation outpatient minimally invasive endoscopic"
                    + " imaging mri ct x-ray ultrasound electromyography diagnosis examination reflex gait balance"
                    + " symptom symptoms treatment treatments medication ibuprofen naproxen acetaminophen opioid"
                    + " gabapentin relaxant heat ice brace collar pillow mattress sleep sitting standing walking"
                    + " running lifting bending twisting desk chair monitor keyboard commute driving pregnancy"
                    + " osteoporosis calcium vitamin density menopause athlete sports golf tennis yoga pilates"
                    + " swimming cycling weight obesity smoking hydration nutrition headache migraine whiplash"
                    + " concussion dizziness vertigo jaw tmj fibromyalgia neuropathy diabetes circulation"
                    + " patient patients clinic specialist physician appointment referral insurance follow-up")
            .split(" ");

    /** With the roots and suffixes, a long tail of some 4,500 rarer medical-looking words. */
    private static final String[] PREFIXES =
            " hyper hypo peri intra para sub post pre retro epi trans inter supra infra".split(" ");

    private static final String[] ROOTS = ("lumb cerv thorac sacr disc lamin foramin spondyl myel radicul neur oste"
                    + " arthr chondr fasci ten my kyph lord scoli")
            .split(" ");
    private static final String[] SUFFIXES =
            "itis osis algia pathy plasty tomy ectomy desis gram graphy al ic oma ous ia".split(" ");

    private final Random random;
    private final String[] vocabulary;
    private final Zipf zipf;
    private final int[][] topicRankings;
    private final int[] commonRanking;

    private SyntheticCorpus(long seed) {
        random = new Random(seed);
        List<String> words = new ArrayList<>(Arrays.asList(MEDICAL_WORDS));
        for (String prefix : PREFIXES) {
            for (String root : ROOTS) {
                for (String suffix : SUFFIXES) {
                    words.add(prefix + root + suffix);
                }
            }
        }
        vocabulary = words.toArray(String[]::new);
        zipf = new Zipf(vocabulary.length, 1.0);
        topicRankings = new int[TOPICS.size()][];
        for (int topic = 0; topic < topicRankings.length; topic++) {
            topicRankings[topic] = permutation(vocabulary.length);
        }
        commonRanking = permutation(vocabulary.length);
    }

    /** {@code count} articles with ids {@code content/blog/article-00001.adoc} and on, from {@code seed}. */
    public static List<Candidate> generate(int count, long seed) {
        SyntheticCorpus corpus = new SyntheticCorpus(seed);
        LocalDate first = LocalDate.of(2015, 1, 1);
        List<Candidate> articles = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            articles.add(corpus.article(String.format("content/blog/article-%05d.adoc", i), first));
        }
        return articles;
    }

    private Candidate article(String id, LocalDate first) {
        int topic = random.nextInt(TOPICS.size());
        Set<String> tags = new LinkedHashSet<>();
        tags.add(TOPICS.get(topic));
        int tagCount = 2 + random.nextInt(3);
        while (tags.size() < tagCount) {
            tags.add(TOPICS.get(random.nextInt(TOPICS.size())));
        }
        return new Candidate(
                id,
                text(topic, 4 + random.nextInt(6)),
                text(topic, 15 + random.nextInt(16)),
                text(topic, 300 + random.nextInt(401)),
                tags,
                first.plusDays(random.nextInt(4000)),
                List.of());
    }

    private String text(int topic, int words) {
        StringBuilder text = new StringBuilder(words * 8);
        for (int i = 0; i < words; i++) {
            double draw = random.nextDouble();
            if (draw < 0.45) {
                text.append(FUNCTION_WORDS[random.nextInt(FUNCTION_WORDS.length)]);
            } else if (draw < 0.75) {
                text.append(vocabulary[topicRankings[topic][zipf.sample(random)]]);
            } else {
                text.append(vocabulary[commonRanking[zipf.sample(random)]]);
            }
            text.append(i % 14 == 13 ? ". " : " ");
        }
        return text.toString();
    }

    private int[] permutation(int size) {
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            int j = random.nextInt(i + 1);
            order[i] = order[j];
            order[j] = i;
        }
        return order;
    }

    /** Ranks 0 to n-1, rank r drawn with probability proportional to {@code 1 / (r + 1)^exponent}. */
    private static final class Zipf {
        private final double[] cumulative;

        Zipf(int n, double exponent) {
            cumulative = new double[n];
            double sum = 0;
            for (int rank = 0; rank < n; rank++) {
                sum += 1 / Math.pow(rank + 1, exponent);
                cumulative[rank] = sum;
            }
        }

        int sample(Random random) {
            int at = Arrays.binarySearch(cumulative, random.nextDouble() * cumulative[cumulative.length - 1]);
            return at >= 0 ? at : Math.min(-at - 1, cumulative.length - 1);
        }
    }
}
