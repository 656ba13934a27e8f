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
 * Looks at every {@code include::} before Asciidoctor reads it, so that an article can only include files inside
 * the allowed folders (the content and its partials). Anything else, a URL, {@code ../../etc/passwd} or a link
 * that leads out, fails the build at the include's line instead of pulling the file into a public page. An
 * include it allows is handed back to Asciidoctor, which reads it as it reads any include: {@code tag}, {@code
 * tags}, {@code lines}, {@code leveloffset} and {@code indent} work as Asciidoctor documents them.
 *
 * <p>Paths go from the including file's folder, as the writer's guide says. Asciidoctor's own reading keeps
 * includes inside the folder it is given as its base (content/): the guard has then already made sure the file,
 * links resolved, lies inside.
 */
final class IncludeGuard extends IncludeProcessor {

    private final Path projectRoot;
    private final IncludedFiles files;
    private final Consumer<Finding> findings;

    IncludeGuard(Path projectRoot, IncludedFiles files, Consumer<Finding> findings) {
        this.projectRoot = projectRoot;
        this.files = files;
        this.findings = findings;
    }

    /** For the document being read on this thread: each included file, and the file that first included it. */
    private final ThreadLocal<Map<Path, Path>> includedFrom = ThreadLocal.withInitial(java.util.HashMap::new);

    /** For the document being read on this thread: every file its includes named, with what each held. */
    private final ThreadLocal<Map<String, String>> looked = ThreadLocal.withInitial(java.util.TreeMap::new);

    /** The include just allowed on this thread, which Asciidoctor reads next, itself. */
    private final ThreadLocal<String> allowed = new ThreadLocal<>();

    /** Starts a new document on this thread: what earlier documents included says nothing about its includes. */
    void startDocument() {
        includedFrom.get().clear();
        looked.get().clear();
        allowed.remove();
    }

    /** Every file the includes of the document read on this thread named (see {@link IncludedFiles#state}). */
    Map<String, String> included() {
        return Map.copyOf(looked.get());
    }

    @Override
    public boolean handles(String target) {
        if (target.equals(allowed.get())) {
            allowed.remove();
            return false; // looked at already: Asciidoctor reads it, with its options
        }
        return true;
    }

    @Override
    public void process(Document document, PreprocessorReader reader, String target, Map<String, Object> attributes) {
        Path includingFile = Path.of(reader.getFile()).toAbsolutePath().normalize();
        int line = Math.max(1, reader.getLineNumber() - 1);
        Position at = Position.at(relative(includingFile), line, 1);
        if (target.contains("://") || target.startsWith("//")) {
            refuse(at, target, "includes from the internet are not allowed; copy the text into content/partials/");
            return;
        }
        Path dir = includingFile.getParent();
        String name = files.name(dir.resolve(target));
        looked.get().put(name, files.state(name));
        java.util.Optional<Path> inside = files.allowed(dir.resolve(target));
        if (inside.isEmpty()) {
            refuse(at, target, "only files inside content/ (shared pieces go in content/partials/) can be included");
            return;
        }
        Path resolved = inside.get();
        if (!Files.isRegularFile(resolved) && attributes.containsKey("optional-option")) {
            return; // opts=optional: Asciidoctor leaves out a missing file without a word, and so does the build
        }
        if (!Files.isRegularFile(resolved)) {
            findings.accept(Finding.error(
                    at,
                    "content/include-missing",
                    "the included file '" + target + "' does not exist; "
                            + meant(dir, target)
                                    .map(path -> "did you mean include::" + path + "[]? The path goes from the"
                                            + " including file's folder")
                                    .orElse("check the name and folder")));
            return;
        }
        // Asciidoctor's own limit on nested includes does not apply to an include processor: a file that
        // includes itself, directly or through others, would be read until the build runs out of memory
        Path including = IncludedFiles.real(includingFile);
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
        SourceText.Read read;
        try {
            read = SourceText.read(resolved, relative(resolved), "content/unreadable");
        } catch (IOException e) {
            findings.accept(
                    Finding.error(at, "content/include-missing", "cannot read '" + target + "': " + e.getMessage()));
            return;
        }
        if (read.notUtf8().isPresent()) {
            // the build stops at the file's encoding; Asciidoctor would stumble over the bytes it cannot read
            findings.accept(read.notUtf8().get());
            reader.push_include(read.text(), resolved.toString(), target, 1, attributes);
            return;
        }
        // the directive again, as one line at the directive's place and from the including file's folder, for
        // Asciidoctor to read as it reads any include
        allowed.set(target);
        reader.push_include(
                "include::" + target + "[" + attributeList(attributes) + "]",
                includingFile.toString(),
                includingFile.getFileName().toString(),
                line,
                Map.of("partial-option", ""));
    }

    /** The directive's options written back as Asciidoctor read them ({@code tag="x",lines="1..3"}). */
    static String attributeList(Map<?, Object> attributes) {
        return attributes.entrySet().stream()
                .filter(e -> e.getKey() instanceof String key && !key.matches("\\d+") && !key.endsWith("-option"))
                .map(e -> e.getKey() + "=\"" + String.valueOf(e.getValue()).replace("\"", "\\\"") + "\"")
                .sorted()
                .collect(java.util.stream.Collectors.joining(","));
    }

    /**
     * The file an include most likely meant, as the include must write it from {@code dir}: a file of that name
     * in the content (often a partial written as 'partials/x.adoc' from content/blog/), else the closest name.
     */
    private java.util.Optional<String> meant(Path dir, String target) {
        String name = Path.of(target).getFileName().toString();
        List<Path> files = this.files.allowedRoots().stream()
                .flatMap(root -> org.ispc.blog.content.FileTree.files(root, ".adoc").stream())
                .map(IncludedFiles::real)
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
        return found.map(f -> IncludedFiles.real(dir).relativize(f).toString().replace('\\', '/'));
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
}
