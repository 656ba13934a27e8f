package org.ispc.blog.asciidoc;

import java.nio.file.Path;
import java.util.Map;
import org.asciidoctor.ast.Document;
import org.asciidoctor.extension.Preprocessor;
import org.asciidoctor.extension.PreprocessorReader;

/**
 * Asciidoctor gives every document its file's place on the build machine ({@code {docdir}}, {@code {docfile}})
 * and the home folder of whoever runs the build ({@code {user-home}}): typed in an article, they would publish
 * {@code /home/runner/work/...}. Before a document is read, they are set to its place in the project
 * ({@code content/blog}, {@code content/blog/x.adoc}) and to {@code .}, as Asciidoctor's server mode does for the
 * home folder. Asciidoctor itself reads neither attribute (its base folder and the reader's file are kept apart).
 */
final class ProjectPaths extends Preprocessor {

    private final Path projectRoot;

    ProjectPaths(Path projectRoot) {
        this.projectRoot = projectRoot;
    }

    @Override
    public void process(Document document, PreprocessorReader reader) {
        Map<String, Object> attributes = document.getAttributes();
        Object docfile = attributes.get("docfile");
        Path file = docfile == null
                ? null
                : Path.of(docfile.toString()).toAbsolutePath().normalize();
        String relative = file == null || !file.startsWith(projectRoot)
                ? ""
                : projectRoot.relativize(file).toString().replace('\\', '/');
        // written into the document's attributes directly: set from the API, they are locked against changes
        attributes.put("docfile", relative);
        attributes.put("docdir", relative.contains("/") ? relative.substring(0, relative.lastIndexOf('/')) : "");
        attributes.put("user-home", ".");
    }
}
