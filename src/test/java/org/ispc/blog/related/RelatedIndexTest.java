package org.ispc.blog.related;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.ispc.blog.related.bench.SyntheticCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The related lists of the fixture corpus in {@code src/test/resources/related/corpus/}, whose right answers
 * can be read off the files: two knee articles that say the same in other words but share no tag, two seating
 * articles with the same tags and nothing else in common, two articles that resemble nothing (one shares only
 * the too-common tag back-pain, one shares nothing), one that pins, and four copies of one text with different
 * dates and ids. Pure unit tests: no JBake.
 */
class RelatedIndexTest {

    private static final List<Candidate> CORPUS = FixtureCorpus.load("corpus");

    record Case(String name, RelatedConfig config, String article, List<String> expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> defaults() {
        return Stream.of(
                expect(
                        "text twin first although they share no tag, then the newest of all",
                        "knee-replacement-recovery",
                        "life-after-knee-replacement",
                        "newsletter-signup",
                        "parking-at-the-clinic"),
                expect(
                        "text twin, seen from the other side",
                        "life-after-knee-replacement",
                        "knee-replacement-recovery",
                        "newsletter-signup",
                        "parking-at-the-clinic"),
                expect(
                        "tag twin first although no word is shared, then a text neighbour, then newest sharing a tag",
                        "choosing-an-office-chair",
                        "car-seat-setup-for-long-drives",
                        "sleeping-positions",
                        "parking-at-the-clinic"),
                expect(
                        "tag twin despite other case and blanks in its tags, then the newest sharing a tag",
                        "car-seat-setup-for-long-drives",
                        "choosing-an-office-chair",
                        "parking-at-the-clinic",
                        "sleeping-positions"),
                expect(
                        "no neighbour: the newest sharing its tag, which is too common to score",
                        "parking-at-the-clinic",
                        "choosing-an-office-chair",
                        "sleeping-positions",
                        "cold-or-heat-c"),
                expect(
                        "no neighbour and no shared tag: the newest of all",
                        "newsletter-signup",
                        "parking-at-the-clinic",
                        "choosing-an-office-chair",
                        "sleeping-positions"),
                expect(
                        "pins first in the writer's order, without itself and the repeated pin, then the best",
                        "sleeping-positions",
                        "knee-replacement-recovery",
                        "parking-at-the-clinic",
                        "choosing-an-office-chair"),
                expect(
                        "equal scores: the newest first, then the smaller id",
                        "hot-and-cold-therapy",
                        "cold-or-heat-c",
                        "cold-or-heat-a",
                        "cold-or-heat-b"),
                expect(
                        "equal scores, seen from a copy dated like another",
                        "cold-or-heat-a",
                        "cold-or-heat-c",
                        "cold-or-heat-b",
                        "hot-and-cold-therapy"),
                expect(
                        "equal scores, seen from the other copy of that date",
                        "cold-or-heat-b",
                        "cold-or-heat-c",
                        "cold-or-heat-a",
                        "hot-and-cold-therapy"),
                expect(
                        "equal scores, seen from the newest copy",
                        "cold-or-heat-c",
                        "cold-or-heat-a",
                        "cold-or-heat-b",
                        "hot-and-cold-therapy"));
    }

    static Stream<Case> otherConfigurations() {
        RelatedConfig defaults = RelatedConfig.defaults();
        return Stream.of(
                new Case(
                        "count 9: all seven sharing the tag, newest first, then the newest of all",
                        defaults.withCount(9),
                        "parking-at-the-clinic",
                        List.of(
                                "choosing-an-office-chair",
                                "sleeping-positions",
                                "cold-or-heat-c",
                                "cold-or-heat-a",
                                "cold-or-heat-b",
                                "car-seat-setup-for-long-drives",
                                "hot-and-cold-therapy",
                                "newsletter-signup",
                                "knee-replacement-recovery")),
                new Case(
                        "count 1: pins beyond the count are dropped",
                        defaults.withCount(1),
                        "sleeping-positions",
                        List.of("knee-replacement-recovery")),
                new Case(
                        "count 1: the best of equal scores",
                        defaults.withCount(1),
                        "hot-and-cold-therapy",
                        List.of("cold-or-heat-c")),
                new Case(
                        "text only: the tag twin no longer scores, so the newest sharing a tag fill up",
                        defaults.withWeights(0, 1),
                        "car-seat-setup-for-long-drives",
                        List.of("parking-at-the-clinic", "choosing-an-office-chair", "sleeping-positions")),
                new Case(
                        "tags only: the text twin no longer scores, so the newest of all fill up",
                        defaults.withWeights(1, 0),
                        "knee-replacement-recovery",
                        List.of("newsletter-signup", "parking-at-the-clinic", "choosing-an-office-chair")),
                new Case(
                        "one word an article still finds the text twin",
                        new RelatedConfig(3, 1, 1, 0.5, 0.5, 1, 3, 2),
                        "knee-replacement-recovery",
                        List.of("life-after-knee-replacement", "newsletter-signup", "parking-at-the-clinic")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("defaults")
    void choosesTheObviousArticlesWithTheDefaults(Case c) {
        assertEquals(c.expected(), RelatedIndex.build(CORPUS, c.config()).relatedTo(c.article()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("otherConfigurations")
    void followsTheConfiguration(Case c) {
        assertEquals(c.expected(), RelatedIndex.build(CORPUS, c.config()).relatedTo(c.article()));
    }

    @Test
    void listsEveryCandidateInIdOrderAndTheTableCoversThemAll() {
        List<String> ids = CORPUS.stream().map(Candidate::id).sorted().toList();
        Map<String, List<String>> all =
                RelatedIndex.build(CORPUS, RelatedConfig.defaults()).all();

        assertEquals(ids, List.copyOf(all.keySet()));
        assertEquals(ids, defaults().map(Case::article).sorted().toList());
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void givesTheSameListsWhateverTheInputOrder(long seed) {
        List<Candidate> corpus = new ArrayList<>(SyntheticCorpus.generate(300, 7));
        corpus.addAll(CORPUS);
        Map<String, List<String>> expected =
                RelatedIndex.build(corpus, RelatedConfig.defaults()).all();

        Collections.shuffle(corpus, new Random(seed));
        Map<String, List<String>> shuffled =
                RelatedIndex.build(corpus, RelatedConfig.defaults()).all();

        assertEquals(expected, shuffled);
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(shuffled.keySet()));
    }

    @Test
    void smallerCountsGiveThePrefixesOfLargerOnes() {
        Map<String, List<String>> longest = RelatedIndex.build(
                        CORPUS, RelatedConfig.defaults().withCount(20))
                .all();

        for (int count = 1; count <= 12; count++) {
            Map<String, List<String>> lists = RelatedIndex.build(
                            CORPUS, RelatedConfig.defaults().withCount(count))
                    .all();
            for (Map.Entry<String, List<String>> list : lists.entrySet()) {
                List<String> all = longest.get(list.getKey());
                assertEquals(Math.min(count, CORPUS.size() - 1), list.getValue().size(), list.getKey());
                assertEquals(all.subList(0, list.getValue().size()), list.getValue(), list.getKey());
            }
        }
    }

    @Test
    void neverListsAnArticleItselfOrTwiceAndPutsValidPinsFirst() {
        List<Candidate> corpus = withRandomPins(SyntheticCorpus.generate(400, 11), new Random(3));
        RelatedIndex index = RelatedIndex.build(corpus, RelatedConfig.defaults());

        for (Candidate article : corpus) {
            List<String> related = index.relatedTo(article.id());
            assertEquals(3, related.size(), article.id());
            assertEquals(3, Set.copyOf(related).size(), article.id());
            assertTrue(!related.contains(article.id()), article.id());
            List<String> pins = article.pinned().stream()
                    .filter(pin -> !pin.equals(article.id()))
                    .distinct()
                    .limit(3)
                    .toList();
            assertEquals(pins, related.subList(0, pins.size()), article.id());
        }
    }

    @Test
    void fillsUpToTheNumberOfOtherArticles() {
        List<Candidate> two = List.of(article("b", "Sciatica", 2), article("a", "Whiplash", 1));
        RelatedIndex index = RelatedIndex.build(two, RelatedConfig.defaults());

        assertEquals(Map.of("a", List.of("b"), "b", List.of("a")), index.all());
        assertEquals(
                Map.of("only", List.of()),
                RelatedIndex.build(List.of(article("only", "Sciatica", 1)), RelatedConfig.defaults())
                        .all());
        assertEquals(
                Map.of(),
                RelatedIndex.build(List.of(), RelatedConfig.defaults()).all());
    }

    @Test
    void answersAnUnknownIdWithAnEmptyList() {
        RelatedIndex index = RelatedIndex.build(CORPUS, RelatedConfig.defaults());

        assertEquals(List.of(), index.relatedTo("content/blog/draft.adoc"));
        assertEquals(index.all().get("sleeping-positions"), index.relatedTo("sleeping-positions"));
        assertThrows(UnsupportedOperationException.class, () -> index.all().clear());
    }

    @Test
    void refusesTwoCandidatesWithOneId() {
        List<Candidate> twice = List.of(article("a", "Sciatica", 1), article("a", "Whiplash", 2));

        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> RelatedIndex.build(twice, RelatedConfig.defaults()));
        assertEquals("two candidates have the id a", e.getMessage());
    }

    @Test
    void refusesAPinThatIsNotACandidate() {
        Candidate pinning =
                new Candidate("a", "Sciatica", "", "", Set.of(), LocalDate.of(2024, 1, 1), List.of("draft.adoc"));
        List<Candidate> corpus = List.of(pinning, article("b", "Whiplash", 2));

        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> RelatedIndex.build(corpus, RelatedConfig.defaults()));
        assertEquals("candidate a pins draft.adoc, which is not a candidate", e.getMessage());
    }

    private static Case expect(String name, String article, String... expected) {
        return new Case(name, RelatedConfig.defaults(), article, List.of(expected));
    }

    private static Candidate article(String id, String title, int day) {
        return new Candidate(id, title, "", "", Set.of(), LocalDate.of(2024, 1, day), List.of());
    }

    /** Every fifth article pins up to five others, itself and repeats included, as a careless writer might. */
    private static List<Candidate> withRandomPins(List<Candidate> corpus, Random random) {
        return IntStream.range(0, corpus.size())
                .mapToObj(i -> {
                    Candidate article = corpus.get(i);
                    if (i % 5 != 0) {
                        return article;
                    }
                    List<String> pins = new ArrayList<>();
                    for (int k = random.nextInt(6); k > 0; k--) {
                        pins.add(corpus.get(random.nextInt(corpus.size())).id());
                    }
                    if (random.nextBoolean()) {
                        pins.add(random.nextInt(pins.size() + 1), article.id());
                    }
                    if (!pins.isEmpty()) {
                        pins.add(pins.get(0));
                    }
                    return new Candidate(
                            article.id(),
                            article.title(),
                            article.summary(),
                            article.body(),
                            article.tags(),
                            article.date(),
                            pins);
                })
                .toList();
    }
}
