package org.ispc.blog.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ispc.blog.rules.Rule;
import org.junit.jupiter.api.Test;

class RulesTest {

    private static final Path PROJECT =
            Path.of(System.getProperty("project.root", ".")).toAbsolutePath();
    /** A string literal in the form of a rule id: a family, a slash, a name. */
    private static final Pattern ID_LITERAL = Pattern.compile("\"([a-z]+/[a-z0-9][a-z0-9-]*)\"");

    @Test
    void theRegistryListsEveryRuleOnceWithWhatItMeans() {
        List<Rule> all = Rules.all();
        Set<String> ids = all.stream().map(rule -> rule.id().toString()).collect(Collectors.toSet());
        assertEquals(all.size(), ids.size(), "a rule listed twice");
        assertTrue(ids.size() > 80, "the build has some ninety rules: " + ids.size());
        assertEquals(
                List.of(),
                all.stream()
                        .filter(rule -> rule.summary().isBlank())
                        .map(Rule::id)
                        .toList(),
                "rules without a summary");
    }

    /**
     * The code may name a rule by a literal (the checks that read baked pages still do): each one must be in the
     * registry, whatever its family (a new family too), so that no rule escapes the guide's coverage test. Literals
     * that are paths of the project (content/partials, target/www) or media types (image/png) are not rules.
     */
    @Test
    void everyRuleTheCodeReportsIsInTheRegistry() throws IOException {
        Set<String> registered =
                Rules.all().stream().map(rule -> rule.id().toString()).collect(Collectors.toSet());
        // media types look like rule ids too
        Set<String> notRules = Set.of("image", "application", "text", "font", "audio", "video", "multipart", "target");
        Set<String> unregistered = new TreeSet<>();
        try (Stream<Path> files = Files.walk(PROJECT.resolve("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = ID_LITERAL.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    String id = m.group(1);
                    String family = id.substring(0, id.indexOf('/'));
                    if (!notRules.contains(family) && !Files.exists(PROJECT.resolve(id)) && !registered.contains(id)) {
                        unregistered.add(id + " (" + PROJECT.relativize(file) + ")");
                    }
                }
            }
        }
        assertEquals(Set.of(), unregistered, "add these rules to registry/Rules (and the writer's guide)");
    }
}
