package org.ispc.blog.related;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ispc.blog.content.Catalog;
import org.ispc.blog.content.Manuscript;
import org.ispc.blog.content.SourceText;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Findings;
import org.ispc.blog.diag.Position;

/**
 * Chooses "You might also enjoy" for every article of a bake: checks the writers' pins
 * ({@code :jbake-related:}) at their line, then lets {@link RelatedIndex} rank the rest.
 */
public final class RelatedArticles {

    private static final String PIN_ATTRIBUTE = ":jbake-related:";

    private RelatedArticles() {}

    /**
     * @return for each article's source path, the source paths of its related articles, best first
     */
    public static Map<String, List<String>> choose(Catalog catalog, boolean preview, int count, Findings findings) {
        List<Manuscript> posts =
                catalog.visible(preview).stream().filter(Manuscript::isPost).toList();
        Set<String> choosable = new HashSet<>();
        posts.forEach(p -> choosable.add(p.path()));
        List<Candidate> candidates = new ArrayList<>();
        for (Manuscript post : posts) {
            candidates.add(new Candidate(
                    post.path(),
                    post.title(),
                    post.summary(),
                    catalog.plainText(post),
                    Set.copyOf(post.tags()),
                    post.date().orElse(java.time.LocalDate.MIN),
                    pins(post, catalog, posts, choosable, findings)));
        }
        return RelatedIndex.build(candidates, RelatedConfig.defaults().withCount(count))
                .all();
    }

    private static List<String> pins(
            Manuscript post, Catalog catalog, List<Manuscript> posts, Set<String> choosable, Findings findings) {
        List<String> pins = new ArrayList<>();
        for (String file : post.relatedPins()) {
            Path dir = Path.of(post.path()).getParent();
            String target = dir.resolve(file).normalize().toString().replace('\\', '/');
            if (choosable.contains(target) && !target.equals(post.path())) {
                pins.add(target);
                continue;
            }
            Position at = pinPosition(post, file);
            if (target.equals(post.path())) {
                findings.add(Finding.warning(
                        at,
                        "related/self",
                        "an article cannot recommend itself; remove '" + file + "' from " + PIN_ATTRIBUTE));
            } else if (catalog.byPath(target).isPresent()) {
                findings.add(Finding.error(
                        at,
                        "related/unpublished",
                        "'" + file + "' in " + PIN_ATTRIBUTE
                                + " is not published yet; remove it until that article is published"));
            } else {
                findings.add(Finding.error(
                        at,
                        "related/missing",
                        "'" + file + "' in " + PIN_ATTRIBUTE + " is not an article; "
                                + meant(file, posts)
                                        .map(name -> "did you mean '" + name + "'?")
                                        .orElse("write the file name of a published article in the same folder,"
                                                + " with its .adoc")));
            }
        }
        return pins;
    }

    /** The published article a misspelled or extension-less name most likely means. */
    private static java.util.Optional<String> meant(String file, List<Manuscript> posts) {
        List<String> names = posts.stream().map(Manuscript::fileName).toList();
        String written = file.contains(".") ? file : file + ".adoc";
        return org.ispc.blog.diag.Suggestion.closest(written, names);
    }

    private static Position pinPosition(Manuscript post, String file) {
        return SourceText.lineStartingWith(post.path(), post.source(), PIN_ATTRIBUTE)
                .map(line -> {
                    String text = post.source()
                            .lines()
                            .skip(line.line() - 1)
                            .findFirst()
                            .orElse("");
                    int col = text.indexOf(file);
                    return Position.at(post.path(), line.line(), col < 0 ? 1 : col + 1);
                })
                .orElse(Position.file(post.path()));
    }
}
