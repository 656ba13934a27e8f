package org.ispc.blog.jbake;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
    private volatile boolean contentComplete;

    RenderingContentStore(String type, String name) {
        super(type, name);
    }

    /** From now on no document is added or changed: answers may be kept. */
    void contentComplete() {
        allByType.clear();
        contentComplete = true;
    }

    @Override
    public DocumentList<DocumentModel> getAllContent(String docType) {
        if (!contentComplete) {
            return super.getAllContent(docType);
        }
        return allByType.computeIfAbsent(docType, super::getAllContent);
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
        contentComplete = false;
        allByType.clear();
        super.close();
    }
}
