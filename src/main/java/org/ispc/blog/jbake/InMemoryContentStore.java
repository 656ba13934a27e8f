package org.ispc.blog.jbake;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;
import org.jbake.model.ModelAttributes;

/**
 * JBake's content store, answering JBake's questions from the documents of one bake held in memory, as its
 * OrientDB store answers them (same selections, newest first, each answer a copy of the documents).
 *
 * <p>JBake keeps each bake's documents in an OrientDB database ("memory" type: thrown away after the bake).
 * Starting OrientDB took a second and a core, and every document was written through its transaction log;
 * the bake asks only a dozen plain questions of it (all of one type, the published ones, those with a topic).
 * {@link #updateSchema} is final in JBake and needs OrientDB: {@link JBakeSession} runs the oven's steps without it.
 *
 * <p>JBake's documents renderer asks for all documents of a type once per document, to find the previous and
 * next one, and looks the document up in that list: once the content is read, the lists are kept, and look a
 * document up by its source instead of comparing it with every other (stock JBake renders in quadratic time).
 */
final class InMemoryContentStore extends ContentStore {

    private static final Comparator<DocumentModel> NEWEST_FIRST = Comparator.comparing(
            (DocumentModel doc) -> doc.getDate(), Comparator.nullsLast(Comparator.<Date>reverseOrder()));

    /** Every document, by source URI, in the order the crawler read them. */
    private final Map<String, DocumentModel> bySource = new LinkedHashMap<>();

    private final Map<String, DocumentList<DocumentModel>> allByType = new HashMap<>();
    private boolean contentComplete;
    private boolean keptOpen;

    InMemoryContentStore() {
        super("memory", "content");
    }

    /** From now on no document is added or changed, but through {@link #replace}: answers may be kept. */
    synchronized void contentComplete() {
        allByType.clear();
        contentComplete = true;
    }

    /** Puts the new version of a document in place of the old one, which has the same source. */
    synchronized void replace(DocumentModel now) {
        bySource.put(now.getSourceuri(), copy(now));
        allByType.clear();
    }

    /**
     * Keeps the store open when the bake closes it, for later edits of the same site; {@link #release}
     * closes it then.
     */
    void keepOpen() {
        keptOpen = true;
    }

    /** Closes a store kept open. */
    synchronized void release() {
        keptOpen = false;
        close();
    }

    @Override
    public void startup() {
        // nothing to start: the documents live in this object
    }

    @Override
    public synchronized void addDocument(DocumentModel document) {
        bySource.put(document.getSourceuri(), copy(document));
        allByType.clear();
    }

    @Override
    public synchronized void deleteContent(String uri) {
        bySource.remove(uri);
        allByType.clear();
    }

    @Override
    public synchronized void deleteAllByDocType(String docType) {
        bySource.values().removeIf(ofType(docType));
        allByType.clear();
    }

    @Override
    public synchronized void drop() {
        bySource.clear();
        allByType.clear();
    }

    @Override
    public synchronized long getDocumentCount(String docType) {
        return bySource.values().stream().filter(ofType(docType)).count();
    }

    @Override
    public synchronized long getPublishedCount(String docType) {
        return bySource.values().stream().filter(ofType(docType).and(PUBLISHED)).count();
    }

    @Override
    public synchronized DocumentList<DocumentModel> getDocumentByUri(String uri) {
        return select(doc -> uri.equals(doc.getSourceuri()), false, false);
    }

    @Override
    public synchronized DocumentList<DocumentModel> getDocumentStatus(String uri) {
        DocumentList<DocumentModel> status = new DocumentList<>();
        DocumentModel doc = bySource.get(uri);
        if (doc != null) {
            DocumentModel fields = new DocumentModel();
            fields.setSha1(doc.getSha1());
            fields.setRendered(Boolean.TRUE.equals(doc.getRendered()));
            status.add(fields);
        }
        return status;
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPosts() {
        return getPublishedContent("post");
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPosts(boolean applyPaging) {
        return publishedContent("post", applyPaging);
    }

    @Override
    public synchronized DocumentList<DocumentModel> getPublishedPostsByTag(String tag) {
        return select(ofType("post").and(PUBLISHED).and(taggedWith(tag)), true, false);
    }

    @Override
    public synchronized DocumentList<DocumentModel> getPublishedDocumentsByTag(String tag) {
        DocumentList<DocumentModel> documents = new DocumentList<>();
        for (String docType : DocumentTypes.getDocumentTypes()) {
            documents.addAll(select(ofType(docType).and(PUBLISHED).and(taggedWith(tag)), true, false));
        }
        return documents;
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPages() {
        return getPublishedContent("page");
    }

    @Override
    public DocumentList<DocumentModel> getPublishedContent(String docType) {
        return publishedContent(docType, false);
    }

    private synchronized DocumentList<DocumentModel> publishedContent(String docType, boolean applyPaging) {
        return select(ofType(docType).and(PUBLISHED), true, applyPaging);
    }

    @Override
    public synchronized DocumentList<DocumentModel> getAllContent(String docType) {
        if (!contentComplete) {
            return select(ofType(docType), true, false);
        }
        return allByType.computeIfAbsent(docType, type -> new Indexed(select(ofType(type), true, false)));
    }

    @Override
    public synchronized DocumentList<DocumentModel> getAllContent(String docType, boolean applyPaging) {
        return applyPaging ? select(ofType(docType), true, true) : getAllContent(docType);
    }

    @Override
    public synchronized DocumentList<DocumentModel> getUnrenderedContent() {
        return select(doc -> Boolean.FALSE.equals(doc.getRendered()), true, false);
    }

    /**
     * JBake records each rendered document, only so that a store kept between bakes could skip it next time.
     * This one lives for one bake (or one preview, which says itself what to render again): nothing to record.
     */
    @Override
    public void markContentAsRendered(DocumentModel document) {
        // see above
    }

    /** The topics of published posts. */
    @Override
    public synchronized Set<String> getTags() {
        Set<String> tags = new HashSet<>();
        bySource.values().stream()
                .filter(ofType("post").and(PUBLISHED))
                .forEach(doc -> tags.addAll(Arrays.asList(doc.getTags())));
        return tags;
    }

    /** The topics of published documents of every type. */
    @Override
    public synchronized Set<String> getAllTags() {
        Set<String> tags = new HashSet<>();
        Set<String> types = Set.of(DocumentTypes.getDocumentTypes());
        bySource.values().stream()
                .filter(doc -> types.contains(doc.getType()))
                .filter(PUBLISHED)
                .forEach(doc -> tags.addAll(Arrays.asList(doc.getTags())));
        return tags;
    }

    @Override
    public void updateAndClearCacheIfNeeded(boolean needed, java.io.File templateFolder) {
        // a store that lives for one bake holds nothing of another to clear
    }

    @Override
    public boolean isActive() {
        return true;
    }

    @Override
    public void close() {
        if (keptOpen) {
            return;
        }
        synchronized (this) {
            contentComplete = false;
            allByType.clear();
        }
    }

    @Override
    public void shutdown() {
        // nothing to stop
    }

    private static final Predicate<DocumentModel> PUBLISHED =
            doc -> ModelAttributes.Status.PUBLISHED.equals(doc.getStatus());

    private static Predicate<DocumentModel> ofType(String docType) {
        return doc -> docType.equals(doc.getType());
    }

    private static Predicate<DocumentModel> taggedWith(String tag) {
        return doc -> Arrays.asList(doc.getTags()).contains(tag);
    }

    /** Copies of the documents that match, in the order asked for, with JBake's paging if asked for. */
    private DocumentList<DocumentModel> select(
            Predicate<DocumentModel> which, boolean newestFirst, boolean applyPaging) {
        List<DocumentModel> found =
                new ArrayList<>(bySource.values().stream().filter(which).toList());
        if (newestFirst) {
            found.sort(NEWEST_FIRST); // stable: documents of the same day stay in the order they were read
        }
        if (applyPaging && getStart() >= 0 && getLimit() > -1) {
            int from = (int) Math.min(getStart(), found.size());
            int to = (int) Math.min(from + getLimit(), found.size());
            found = found.subList(from, to);
        }
        DocumentList<DocumentModel> answer = new DocumentList<>();
        found.forEach(doc -> answer.add(copy(doc)));
        return answer;
    }

    private static DocumentModel copy(DocumentModel doc) {
        DocumentModel copy = new DocumentModel();
        copy.putAll(doc);
        return copy;
    }

    /**
     * A list of all documents of a type that finds a document by its source, and its neighbours by position,
     * without walking the list: JBake's documents renderer asks both for each document it renders.
     */
    private static final class Indexed extends DocumentList<DocumentModel> {
        private final List<DocumentModel> byPosition;
        private final Map<String, Integer> positionOfSource = new HashMap<>();

        Indexed(List<DocumentModel> documents) {
            super.addAll(documents);
            this.byPosition = List.copyOf(documents);
            for (int i = 0; i < byPosition.size(); i++) {
                positionOfSource.putIfAbsent(byPosition.get(i).getSourceuri(), i);
            }
        }

        @Override
        public DocumentModel get(int index) {
            return byPosition.get(index);
        }

        @Override
        public int indexOf(Object o) {
            if (o instanceof DocumentModel doc) {
                Integer at = positionOfSource.get(doc.getSourceuri());
                if (at != null && byPosition.get(at).equals(doc)) {
                    return at;
                }
            }
            return super.indexOf(o);
        }
    }
}
