package org.ispc.blog.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.publish.HostingFiles;

/**
 * Adds an old address to data/redirects.yml. The file is only ever added to: what it holds stays as it is,
 * comments and order included, and an old address it already lists is left to lead where it leads.
 */
final class RedirectsFile {

    private final Path file;

    RedirectsFile(Path root) {
        this.file = root.resolve(HostingFiles.REDIRECTS_FILE);
    }

    /** The page an old address already leads to, if the file lists it. */
    Optional<String> target(Path root, String from) {
        List<Finding> ignored = new ArrayList<>();
        return HostingFiles.readRedirects(root, ignored).stream()
                .filter(r -> r.from().equals(from))
                .map(HostingFiles.Redirect::to)
                .findFirst();
    }

    /** Adds {@code from -> to} at the end of the file, which is made when there is none. */
    void add(String from, String to) throws IOException {
        String before;
        try {
            before = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            before = "";
            Files.createDirectories(file.getParent());
        }
        String entry = "- from: " + scalar(from) + "\n  to: " + scalar(to) + "\n";
        String separator = before.isEmpty() || before.endsWith("\n") ? "" : "\n";
        Files.writeString(file, before + separator + entry, StandardCharsets.UTF_8);
    }

    /** An address as a YAML value: as it is when YAML reads it so, else in single quotes. */
    private static String scalar(String address) {
        return address.matches("/[A-Za-z0-9/._~%\\-]*") ? address : "'" + address.replace("'", "''") + "'";
    }
}
