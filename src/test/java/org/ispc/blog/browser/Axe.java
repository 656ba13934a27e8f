package org.ispc.blog.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Deque's axe-core, run inside the page. The script is the axe.min.js bundled in Deque's Maven artifact
 * (com.deque.html.axe-core:selenium), injected here rather than through Deque's Java API, so nothing is
 * fetched at run time. Immutable; one instance can serve every page.
 */
final class Axe {

    /** The WCAG 2.2 level A and AA rules, by axe's tags (axe has no rule tagged wcag22a). */
    static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    /** Every rule axe has, its best practices included (landmarks, one h1): what the judges' axe runs. */
    static final List<String> EVERY_RULE = List.of();

    private static final String RESOURCE = "/axe.min.js";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RUN = """
            const [tags, done] = arguments;
            const only = tags.length === 0 ? {} : {runOnly: {type: 'tag', values: tags}};
            axe.run(document, {...only, resultTypes: ['violations']})
                .then(r => done(JSON.stringify({version: r.testEngine.version, violations: r.violations})))
                .catch(e => done(JSON.stringify({error: String(e && e.stack || e)})));
            """;

    private final String source;
    private final List<String> tags;

    private Axe(String source, List<String> tags) {
        this.source = source;
        this.tags = List.copyOf(tags);
    }

    /** axe from the test class path, checking the rules with the given tags ({@link #EVERY_RULE}: all). */
    static Axe fromClassPath(List<String> tags) {
        try (InputStream in = Axe.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE
                        + " is not on the test class path: it comes from com.deque.html.axe-core:selenium in pom.xml");
            }
            return new Axe(new String(in.readAllBytes(), StandardCharsets.UTF_8), tags);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs axe on the page open in {@code page}, injecting it first when the page does not have it yet. */
    Report check(JavascriptExecutor page) {
        if (!Boolean.TRUE.equals(page.executeScript("return typeof window.axe === 'object';"))) {
            page.executeScript(source);
        }
        JsonNode result = parse((String) page.executeAsyncScript(RUN, tags));
        if (result.has("error")) {
            throw new IllegalStateException(
                    "axe failed in the page: " + result.get("error").asText());
        }
        List<Violation> violations = new ArrayList<>();
        for (JsonNode rule : result.get("violations")) {
            List<Violation.Node> nodes = new ArrayList<>();
            for (JsonNode node : rule.get("nodes")) {
                nodes.add(new Violation.Node(
                        target(node.get("target")),
                        node.path("html").asText(),
                        node.path("failureSummary").asText()));
            }
            violations.add(new Violation(
                    rule.get("id").asText(),
                    rule.path("impact").asText("unknown"),
                    rule.path("help").asText(),
                    rule.path("helpUrl").asText(),
                    nodes));
        }
        return new Report(result.path("version").asText(), violations);
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A CSS selector path; inside frames or shadow roots axe gives one selector per level. */
    private static String target(JsonNode target) {
        List<String> parts = new ArrayList<>();
        target.forEach(t -> parts.add(t.isArray() ? target(t) : t.asText()));
        return String.join(" >>> ", parts);
    }

    /** What axe found on one page. */
    record Report(String axeVersion, List<Violation> violations) {
        Report {
            violations = List.copyOf(violations);
        }

        /** Every violation, readably, one rule after the other; empty when there is none. */
        String format() {
            return violations.stream().map(Violation::format).collect(Collectors.joining("\n"));
        }
    }

    /**
     * One rule broken by one or more elements.
     *
     * @param rule axe's rule id, e.g. color-contrast
     * @param impact minor, moderate, serious or critical
     * @param helpUrl Deque's page that explains the rule and how to fix it
     */
    record Violation(String rule, String impact, String help, String helpUrl, List<Node> nodes) {
        Violation {
            nodes = List.copyOf(nodes);
        }

        /**
         * @param target the element's CSS selector
         * @param html the start of the element's markup
         * @param summary what axe says to fix
         */
        record Node(String target, String html, String summary) {}

        String format() {
            StringBuilder out = new StringBuilder()
                    .append(rule)
                    .append(" (")
                    .append(impact)
                    .append("): ")
                    .append(help)
                    .append(" <")
                    .append(helpUrl)
                    .append(">");
            for (Node node : nodes) {
                out.append("\n    at ").append(node.target()).append("  ").append(shorten(node.html(), 160));
                for (String line : node.summary().split("\n")) {
                    if (!line.isBlank()) {
                        out.append("\n        ").append(line.strip());
                    }
                }
            }
            return out.toString();
        }

        private static String shorten(String text, int max) {
            String flat = text.replaceAll("\\s+", " ");
            return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
        }
    }
}
