package org.ispc.blog.jbake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The store answers JBake's questions as JBake's own OrientDB store does, from memory. */
class InMemoryContentStoreTest {

    private final InMemoryContentStore store = new InMemoryContentStore();

    private static DocumentModel document(String name, String type, String status, String day, String... tags) {
        DocumentModel doc = new DocumentModel();
        doc.setSourceUri("blog/" + name + "/index.html");
        doc.setUri("blog/" + name + "/index.html");
        doc.setTitle(name);
        doc.setType(type);
        doc.setStatus(status);
        doc.setDate(Date.from(LocalDate.parse(day).atStartOfDay().toInstant(ZoneOffset.UTC)));
        doc.setTags(tags);
        doc.setSha1("sha-" + name);
        doc.setRendered(false);
        doc.setCached(true);
        return doc;
    }

    private static List<String> titles(List<DocumentModel> docs) {
        return docs.stream().map(DocumentModel::getTitle).toList();
    }

    @BeforeEach
    void readSite() {
        // in the crawler's order: by file name
        store.addDocument(document("a-older", "post", "published", "2024-03-01", "sciatica"));
        store.addDocument(document("b-newest", "post", "published", "2025-06-01", "posture", "sciatica"));
        store.addDocument(document("c-same-day-as-a", "post", "published", "2024-03-01", "posture"));
        store.addDocument(document("d-draft", "post", "draft", "2026-01-01", "draft-only"));
        store.addDocument(document("offices", "page", "published", "2025-01-01", "offices"));
    }

    @Test
    void answersNewestFirstKeepingTheReadingOrderWithinADay() {
        assertEquals(List.of("b-newest", "a-older", "c-same-day-as-a"), titles(store.getPublishedPosts()));
        assertEquals(List.of("d-draft", "b-newest", "a-older", "c-same-day-as-a"), titles(store.getAllContent("post")));
        assertEquals(List.of("offices"), titles(store.getPublishedPages()));
        assertEquals(
                List.of("d-draft", "b-newest", "offices", "a-older", "c-same-day-as-a"),
                titles(store.getUnrenderedContent()));
    }

    @Test
    void countsAndTopicsLeaveDraftsOut() {
        assertEquals(4, store.getDocumentCount("post"));
        assertEquals(3, store.getPublishedCount("post"));
        assertEquals(Set.of("sciatica", "posture"), store.getTags(), "published posts only");
        assertEquals(Set.of("sciatica", "posture", "offices"), store.getAllTags(), "published documents");
        assertEquals(List.of("b-newest", "c-same-day-as-a"), titles(store.getPublishedPostsByTag("posture")));
        assertEquals(List.of("offices"), titles(store.getPublishedDocumentsByTag("offices")));
        assertTrue(store.getPublishedPostsByTag("draft-only").isEmpty());
    }

    @Test
    void pagesOfTheIndexAreCutAsJBakeAsks() {
        store.setStart(1);
        store.setLimit(1);
        assertEquals(List.of("a-older"), titles(store.getPublishedPosts(true)));
        assertEquals(3, store.getPublishedPosts(false).size(), "paging only when asked for");
        store.setStart(3);
        assertTrue(store.getPublishedPosts(true).isEmpty());
        store.resetPagination();
        assertEquals(3, store.getPublishedPosts(true).size());
    }

    @Test
    void answersAreCopiesThatCannotChangeTheStore() {
        DocumentModel answered = store.getPublishedPosts().get(0);
        answered.setTitle("changed by a template");
        answered.setPreviousContent(new DocumentModel());
        assertEquals("b-newest", store.getPublishedPosts().get(0).getTitle());
        assertFalse(store.getPublishedPosts().get(0).containsKey("previousContent"));
    }

    @Test
    void theCrawlerLearnsWhatItReadBeforeAndEditsReplaceIt() {
        DocumentModel status =
                store.getDocumentStatus("blog/a-older/index.html").get(0);
        assertEquals(Set.of("sha1", "rendered"), status.keySet());
        assertEquals("sha-a-older", status.getSha1());
        assertTrue(store.getDocumentStatus("blog/unknown/index.html").isEmpty());

        store.contentComplete();
        DocumentModel edited = document("a-older", "post", "published", "2026-02-01", "sciatica");
        store.replace(edited);
        assertEquals(List.of("a-older", "b-newest", "c-same-day-as-a"), titles(store.getPublishedPosts()));
        assertEquals(4, store.getDocumentCount("post"), "replaced, not added");

        store.deleteContent("blog/d-draft/index.html");
        assertEquals(3, store.getDocumentCount("post"));
    }

    @Test
    void aDocumentIsFoundInTheListOfItsTypeAsInAPlainList() {
        store.contentComplete();
        DocumentList<DocumentModel> all = store.getAllContent("post");
        assertTrue(all == store.getAllContent("post"), "kept once the content is read");
        List<DocumentModel> plain = List.copyOf(all);
        for (DocumentModel doc : store.getUnrenderedContent()) {
            if (doc.getType().equals("post")) {
                int at = all.indexOf(doc);
                assertEquals(plain.indexOf(doc), at);
                assertEquals(plain.get(at), all.get(at));
            }
        }
        DocumentModel unknown = document("nowhere", "post", "published", "2020-01-01");
        assertEquals(-1, all.indexOf(unknown));
    }
}
