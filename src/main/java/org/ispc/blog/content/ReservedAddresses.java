package org.ispc.blog.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Position;

/**
 * The addresses the build writes itself (the home page, the archive, the topic pages, the feed, the sitemap, the
 * 404 page, robots.txt, the search index, the host's files) are not free for a writer's file: a page at one of them
 * would be replaced without a word, or replace what the build made. Each such file is an error at the file.
 */
public final class ReservedAddresses {

    public static final String RULE = "content/reserved-address";

    /** The files the build writes at the site's root, each with what it is, for the message. */
    private static final Map<String, String> GENERATED = Map.of(
            "index.html", "the home page",
            "archive.html", "the list of all articles",
            "feed.xml", "the feed for feed readers",
            "sitemap.xml", "the sitemap for search engines",
            "404.html", "the page shown for an address that does not exist",
            "robots.txt", "the instructions for search engines",
            "search-index.json", "the index of the site's search",
            "_headers", "the host's headers file",
            "_redirects", "the host's redirects file (from data/redirects.yml)");

    /** The topic pages: /tags/ lists them, /tags/&lt;topic&gt;.html is each. */
    private static final String TOPICS = "tags";

    private static final Set<String> ASCIIDOC = Set.of("adoc", "asciidoc", "ad");

    private ReservedAddresses() {}

    /**
     * The files of {@code root}'s content/ and assets/ that would be published at an address the build writes.
     *
     * @param documentExtensions the endings JBake reads as documents: other files in content/ are copied as they are
     * @param oldAddresses the old addresses of data/redirects.yml (without their last slash), each with where it
     *     leads: the build writes a page at each that links to the new one
     */
    public static List<Finding> check(Path root, Set<String> documentExtensions, Map<String, String> oldAddresses) {
        List<Finding> found = new ArrayList<>();
        Path content = root.resolve("content");
        for (Path file : files(content)) {
            String inContent = FileTree.relative(content, file);
            String ending = ending(inContent);
            if (ASCIIDOC.contains(ending)) {
                if (!inContent.startsWith("partials/")) {
                    String page = inContent.substring(0, inContent.length() - ending.length() - 1);
                    takenBy(page, true, oldAddresses)
                            .ifPresent(what -> found.add(error(root, file, true, "/" + page + "/", what)));
                }
            } else if (!documentExtensions.contains(ending)) {
                takenBy(inContent, false, oldAddresses)
                        .ifPresent(what -> found.add(error(root, file, false, "/" + inContent, what)));
            }
        }
        Path assets = root.resolve("assets");
        for (Path file : files(assets)) {
            String inAssets = FileTree.relative(assets, file);
            takenBy(inAssets, false, oldAddresses)
                    .ifPresent(what -> found.add(error(root, file, false, "/" + inAssets, what)));
        }
        return found;
    }

    /** What the build writes at an address: its own address and what it is, for the message. */
    private record Taken(String address, String what) {}

    /**
     * What the build writes at, or beside, {@code address}: a page's name such as {@code blog/x} (published at
     * /blog/x/), or a copied file's path.
     */
    private static Optional<Taken> takenBy(String address, boolean page, Map<String, String> oldAddresses) {
        String old = "/"
                + (page || !address.endsWith("/index.html")
                        ? address
                        : address.substring(0, address.length() - "/index.html".length()));
        if (oldAddresses.containsKey(old)) {
            return Optional.of(new Taken(
                    old, "the page that sends readers on to " + oldAddresses.get(old) + " (data/redirects.yml)"));
        }
        int slash = address.indexOf('/');
        String first = slash < 0 ? address : address.substring(0, slash);
        if (first.equals(TOPICS)) {
            return Optional.of(new Taken("/tags/", "the topic pages"));
        }
        if (slash < 0) {
            for (Map.Entry<String, String> generated : GENERATED.entrySet()) {
                String file = generated.getKey();
                if (file.equals(address) || (page && file.startsWith(address + "."))) {
                    return Optional.of(new Taken("/" + file, generated.getValue()));
                }
            }
        }
        boolean folder = page || slash >= 0;
        if (folder && first.chars().allMatch(Character::isDigit)) {
            return Optional.of(new Taken("/" + first + "/", "a later page of the home page's list of articles"));
        }
        return Optional.empty();
    }

    private static Finding error(Path root, Path file, boolean page, String published, Taken taken) {
        String path = FileTree.relative(root, file);
        return Finding.error(
                page ? Position.at(path, 1, 1) : Position.file(path),
                RULE,
                "this file would be published at " + published + ", an address the build keeps for " + taken.what()
                        + " (" + taken.address() + "); rename the file, or move it into a folder of its own");
    }

    private static String ending(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }

    /** The files of a folder, hidden ones left out as the build leaves them out; none if there is no folder. */
    private static List<Path> files(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile)
                    .filter(p ->
                            Stream.of(FileTree.relative(dir, p).split("/")).noneMatch(part -> part.startsWith(".")))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
