package org.ispc.blog.lint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.ispc.blog.asciidoc.AsciidocConverter;
import org.ispc.blog.writer.NewArticle;

/**
 * What the writing tool's lint in the browser ({@code admin/lint.js}) needs of the build's lint, written by the build
 * as {@code admin/lint-rules.json}: every lint rule's id, level, summary and fix, the messages of the rules the
 * browser runs (see {@link Wording}), and the limits and word lists those rules judge by. The browser's messages
 * are these, never copies: what the build says is what the writer reads while typing.
 */
public final class BrowserLintRules {

    /** The file's name in the tool's folder. */
    public static final String FILE = "lint-rules.json";

    private BrowserLintRules() {}

    /** The file's text (sorted, so that the same rules give the same bytes). */
    public static String json(int reviewMaxAgeMonths, String timezone) {
        Map<String, Object> values = new LinkedHashMap<>();
        // the day the build judges dates by (a date in the future, a review due) is the site's, not the writer's
        values.put("timezone", timezone);
        values.put("maxTitle", LongTitle.MAX_TITLE);
        values.put("maxSummary", LongSummary.MAX_SUMMARY);
        values.put("placeholder", NewArticle.PLACEHOLDER);
        values.put("reviewMaxAgeMonths", reviewMaxAgeMonths);
        values.put("admonitions", AsciidocConverter.ADMONITIONS);
        values.put("vagueLinkText", new TreeSet<>(VagueLinkText.VAGUE_LINK_TEXT));
        values.put("meantTwice", new TreeSet<>(RepeatedWord.MEANT));
        values.put("englishScripts", names(ForeignScript.ENGLISH_SCRIPTS.stream()));
        // the browser has no names for scripts: it asks its regular expressions, by these
        values.put("scripts", names(Arrays.stream(Character.UnicodeScript.values())));

        Map<String, Object> rules = new TreeMap<>();
        for (LintRule rule : ContentLint.RULES) {
            Map<String, String> messages = new TreeMap<>();
            rule.wordings().forEach(w -> messages.put(w.key(), w.text()));
            rules.put(rule.rule().id().toString(), described(rule.rule(), messages));
        }
        for (CatalogRule rule : ContentLint.CATALOG_RULES) {
            rules.put(rule.rule().id().toString(), described(rule.rule(), Map.of()));
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("values", values);
        json.put("rules", rules);
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> described(org.ispc.blog.rules.Rule rule, Map<String, String> messages) {
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("level", rule.level().label());
        described.put("summary", rule.summary());
        described.put("fix", rule.fix());
        described.put("messages", messages);
        return described;
    }

    private static java.util.List<String> names(java.util.stream.Stream<Character.UnicodeScript> scripts) {
        return scripts.map(Enum::name).sorted().toList();
    }
}
