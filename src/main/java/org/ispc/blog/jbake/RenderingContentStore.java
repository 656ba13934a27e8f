package org.ispc.blog.jbake;

import com.orientechnologies.orient.core.config.OGlobalConfiguration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.ispc.blog.background.Background;
import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;

/**
 * JBake's content store, answering "all documents of this type" from memory once the content is read.
 * JBake's documents renderer asks that question once per document only to find the previous and next
 * one, which made stock JBake's rendering grow with the square of the number of articles.
 */
final class RenderingContentStore extends ContentStore {

    private final Map<String, DocumentList<DocumentModel>> allByType = new ConcurrentHashMap<>();
    /** The source of every document given to this store. */
    private final Set<String> added = ConcurrentHashMap.newKeySet();

    private volatile boolean contentComplete;
    private Runnable beforeClose = () -> {};
    /** OrientDB's start on its own thread, from {@link #startSoon}. */
    private java.util.concurrent.CompletableFuture<Void> starting;

    private boolean keptOpen;
    private boolean closed;

    private RenderingContentStore(String type, String name) {
        super(type, name);
    }

    /** From now on no document is added or changed, but through {@link #replace}: answers may be kept. */
    void contentComplete() {
        allByType.clear();
        contentComplete = true;
    }

    /** Puts the new version of a document in place of the old one, which has the same source. */
    synchronized void replace(DocumentModel now) {
        super.deleteContent(now.getSourceuri()); // activates the session on this thread, which adding needs
        super.addDocument(now);
        allByType.clear();
    }

    /**
     * Keeps the store open when the oven closes it after a bake, for later edits of the same site; {@link
     * #release} closes it then.
     */
    void keepOpen() {
        keptOpen = true;
    }

    /** Closes a store kept open, or one whose bake never began. */
    void release() {
        Background.settle(starting); // OrientDB closes only once it has started (or failed to)
        keptOpen = false;
        close();
        shutdown();
    }

    /**
     * Starts the database on a thread of its own, ahead of the oven, which would start it later: OrientDB
     * takes a second to start, time the build spends reading its settings and cache meanwhile. {@link
     * #awaitStart} waits for it.
     */
    static RenderingContentStore startSoon(String type, String name) {
        // OrientDB stretches the password of each user it creates with every new database (JBake's fixed
        // admin/admin and two more) through 65,536 rounds of PBKDF2: a third of its start, protecting nothing
        // in a store that lives in this process's memory for one build. One SHA-256 round instead.
        OGlobalConfiguration.SECURITY_USER_PASSWORD_DEFAULT_ALGORITHM.setValue("SHA-256");
        RenderingContentStore store = new RenderingContentStore(type, name);
        store.starting = Background.run("content-store-start", store::startDatabase);
        return store;
    }

    private void startDatabase() {
        super.startup();
    }

    /**
     * Waits until the database started by {@link #startSoon} is up, and makes this thread the one that uses
     * it (OrientDB binds a database to a thread; JBake's crawler works on this one).
     */
    void awaitStart() {
        Background.await(starting);
        getDocumentCount("post"); // activates it on this thread
    }

    @Override
    public void startup() {
        awaitStart();
    }

    /** Runs just before the store closes: the pages still being written may need it. */
    void beforeClose(Runnable action) {
        this.beforeClose = action;
    }

    @Override
    public DocumentList<DocumentModel> getAllContent(String docType) {
        if (!contentComplete) {
            return super.getAllContent(docType);
        }
        return allByType.computeIfAbsent(docType, this::queryAllContent);
    }

    private synchronized DocumentList<DocumentModel> queryAllContent(String docType) {
        return super.getAllContent(docType);
    }

    // Pages are written on several threads (ParallelRenderer), and an OrientDB session serves one thread at a
    // time: every query a template can reach is serialised, each activating the session on its own thread.

    @Override
    public synchronized long getDocumentCount(String docType) {
        return super.getDocumentCount(docType);
    }

    @Override
    public synchronized long getPublishedCount(String docType) {
        return super.getPublishedCount(docType);
    }

    @Override
    public synchronized DocumentList<DocumentModel> getDocumentByUri(String uri) {
        return super.getDocumentByUri(uri);
    }

    @Override
    public synchronized DocumentList<DocumentModel> getDocumentStatus(String uri) {
        // JBake's crawler asks, file by file, whether the store knows the file from an earlier bake, to skip
        // it if unchanged. This store is new with every bake: a file it was not given in this one is new.
        if (!added.contains(uri)) {
            return new DocumentList<>();
        }
        return super.getDocumentStatus(uri);
    }

    @Override
    public synchronized void addDocument(DocumentModel document) {
        added.add(document.getSourceuri());
        super.addDocument(document);
    }

    @Override
    public synchronized DocumentList<DocumentModel> getPublishedPosts() {
        return super.getPublishedPosts();
    }

    @Override
    public synchronized DocumentList<DocumentModel> getPublishedPosts(boolean applyPaging) {
        return super.getPublishedPosts(applyPaging);
    }

    @Override
    public synchronized DocumentList<DocumentModel> getPublishedPostsByTag(String tag) {
        return super.getPublishedPostsByTag(tag);
    }

    @Override
    public synchronized DocumentList<DocumentModel> getPublishedDocumentsByTag(String tag) {
        return super.getPublishedDocumentsByTag(tag);
    }

    @Override
    public synchronized DocumentList<DocumentModel> getPublishedPages() {
        return super.getPublishedPages();
    }

    @Override
    public synchronized DocumentList<DocumentModel> getPublishedContent(String docType) {
        return super.getPublishedContent(docType);
    }

    @Override
    public synchronized DocumentList<DocumentModel> getAllContent(String docType, boolean applyPaging) {
        return super.getAllContent(docType, applyPaging);
    }

    @Override
    public synchronized DocumentList<DocumentModel> getUnrenderedContent() {
        return super.getUnrenderedContent();
    }

    @Override
    public synchronized Set<String> getTags() {
        return super.getTags();
    }

    @Override
    public synchronized Set<String> getAllTags() {
        return super.getAllTags();
    }

    /**
     * JBake records each rendered document with one SQL update, only so that a persistent store can skip it
     * next time. Our store lives in memory for one bake and is never asked again: the updates are skipped.
     */
    @Override
    public void markContentAsRendered(DocumentModel document) {
        if (!contentComplete) {
            super.markContentAsRendered(document);
        }
    }

    @Override
    public void close() {
        beforeClose.run();
        if (keptOpen || closed) {
            return;
        }
        closed = true;
        contentComplete = false;
        allByType.clear();
        super.close();
    }
}
