package org.ispc.blog.asciidoc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.asciidoctor.ast.Document;
import org.asciidoctor.extension.IncludeProcessor;
import org.asciidoctor.extension.PreprocessorReader;
import org.ispc.blog.content.SourceText;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Position;

/**
 * Serves every {@code include::} itself, so that an article can only include files inside the allowed
 * folders (the content and its partials). Anything else, a URL, {@code ../../etc/passwd} or a link that
 * leads out, fails the build at the include's line instead of pulling the file into a public page.
 */
final class IncludeGuard extends IncludeProcessor {

    private final Path projectRoot;
    private final List<Path> allowedRoots;
    private final Consumer<Finding> findings;

    IncludeGuard(Path projectRoot, List<Path> allowedRoots, Consumer<Finding> findings) {
        this.projectRoot = projectRoot;
        this.allowedRoots = allowedRoots.stream().map(IncludeGuard::real).toList();
        this.findings = findings;
    }

    /** For the document being read on this thread: each included file, and the file that first included it. */
    private final ThreadLocal<Map<Path, Path>> includedFrom = ThreadLocal.withInitial(java.util.HashMap::new);

    /** Starts a new document on this thread: what earlier documents included says nothing about its includes. */
    void startDocument() {
        includedFrom.get().clear();
    }

    @Override
    public boolean handles(String target) {
        return true;
    }

    @Override
    public void process(Document document, PreprocessorReader reader, String target, Map<String, Object> attributes) {
        Position at = Position.at(relative(Path.of(reader.getFile())), Math.max(1, reader.getLineNumber() - 1), 1);
        if (target.contains("://") || target.startsWith("//")) {
            refuse(at, target, "includes from the internet are not allowed; copy the text into content/partials/");
            return;
        }
        Path resolved = real(Path.of(reader.getDir()).resolve(target));
        if (allowedRoots.stream().noneMatch(resolved::startsWith)) {
            refuse(at, target, "only files inside content/ (shared pieces go in content/partials/) can be included");
            return;
        }
        if (!Files.isRegularFile(resolved)) {
            findings.accept(Finding.error(
                    at,
                    "content/include-missing",
                    "the included file '" + target + "' does not exist; "
                            + meant(Path.of(reader.getDir()), target)
                                    .map(path -> "did you mean include::" + path + "[]? The path goes from the"
                                            + " including file's folder")
                                    .orElse("check the name and folder")));
            return;
        }
        // Asciidoctor's own limit on nested includes does not apply to an include processor: a file that
        // includes itself, directly or through others, would be read until the build runs out of memory
        Path including = real(Path.of(reader.getFile()));
        Map<Path, Path> includedFrom = this.includedFrom.get();
        for (Path file = including; file != null; file = includedFrom.get(file)) {
            if (file.equals(resolved)) {
                findings.accept(Finding.error(
                        at,
                        "content/include-loop",
                        "'" + target + "' includes, directly or through other files, the file that includes it here,"
                                + " so it would never end; remove one of the two includes"));
                return;
            }
        }
        includedFrom.putIfAbsent(resolved, including);
        try {
            SourceText.Read read = SourceText.read(resolved, relative(resolved), "content/unreadable");
            read.notUtf8().ifPresent(findings);
            reader.push_include(read.text(), resolved.toString(), target, 1, attributes);
        } catch (IOException e) {
            findings.accept(
                    Finding.error(at, "content/include-missing", "cannot read '" + target + "': " + e.getMessage()));
        }
    }

    /**
     * The file an include most likely meant, as the include must write it from {@code dir}: a file of that name
     * in the content (often a partial written as 'partials/x.adoc' from content/blog/), else the closest name.
     */
    private java.util.Optional<String> meant(Path dir, String target) {
        String name = Path.of(target).getFileName().toString();
        List<Path> files = allowedRoots.stream()
                .flatMap(root -> org.ispc.blog.content.FileTree.files(root, ".adoc").stream())
                .map(IncludeGuard::real)
                .distinct()
                .toList();
        java.util.Optional<Path> found = files.stream()
                .filter(f -> f.getFileName().toString().equals(name))
                .findFirst()
                .or(() -> org.ispc.blog.diag.Suggestion.closest(
                                name,
                                files.stream()
                                        .map(f -> f.getFileName().toString())
                                        .toList())
                        .flatMap(closest -> files.stream()
                                .filter(f -> f.getFileName().toString().equals(closest))
                                .findFirst()));
        return found.map(f -> real(dir).relativize(f).toString().replace('\\', '/'));
    }

    private void refuse(Position at, String target, String why) {
        findings.accept(Finding.error(at, "content/include-outside", "include of '" + target + "' refused: " + why));
    }

    private String relative(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return abs.startsWith(projectRoot)
                ? projectRoot.relativize(abs).toString()
                : abs.getFileName().toString();
    }

    /** The path with links and {@code ..} resolved as far as the file system allows, so no link can lead out. */
    private static Path real(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        try {
            return abs.toRealPath();
        } catch (IOException e) {
            Path parent = abs.getParent();
            return parent == null ? abs : real(parent).resolve(abs.getFileName());
        }
    }
}
