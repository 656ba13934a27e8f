package org.ispc.blog.facts;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.ispc.blog.clinic.PhoneNumber;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Position;
import org.ispc.blog.diag.Suggestion;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * The values of one entry of data/clinic.yml, read by their keys as {@link ClinicFactsLoader} asks for them: text,
 * phone numbers, dates, each checked as the build needs it; every mistake is a finding at its line, added to the
 * loader's, and the value is then null or empty.
 */
final class FactFields {

    private final Phones phones;
    private final List<Finding> findings;
    /** The file's top mapping, once read: a key missing there is said to be missing "at the top of the file". */
    private MappingNode top;

    FactFields(Phones phones, List<Finding> findings) {
        this.phones = phones;
        this.findings = findings;
    }

    void top(MappingNode top) {
        this.top = top;
    }

    /**
     * The entries of {@code map} by key: an unknown key is reported (with the one it most likely meant, under which
     * its value is still read), and so are a key given twice and a key that is not a word.
     */
    Map<String, Node> fields(MappingNode map, Set<String> known, String where) {
        Map<String, Node> out = new LinkedHashMap<>();
        Map<String, Node> misspelt = new LinkedHashMap<>();
        for (NodeTuple tuple : map.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode scalarKey)) {
                error(
                        keyNode.getStartMark(),
                        "facts/yaml-shape",
                        "a key is written as a list or a group ('[a, b]:', '{a: b}:' or '? '); write one of the"
                                + " names " + where + " instead: "
                                + String.join(", ", known.stream().sorted().toList()));
                continue;
            }
            String key = scalarKey.getValue();
            if (!known.contains(key)) {
                Optional<String> meant = Suggestion.closest(key, known);
                String hint = meant.map(k -> "did you mean '" + k + "'?")
                        .orElse("the keys allowed here are "
                                + String.join(", ", known.stream().sorted().toList()));
                error(keyNode.getStartMark(), "facts/unknown-key", "unknown key '" + key + "' " + where + "; " + hint);
                meant.ifPresent(k -> misspelt.putIfAbsent(k, tuple.getValueNode()));
                continue;
            }
            if (out.containsKey(key)) {
                error(
                        keyNode.getStartMark(),
                        "facts/duplicate-key",
                        "'" + key + "' is given twice " + where + "; keep one");
                continue;
            }
            out.put(key, tuple.getValueNode());
        }
        // A misspelt key's value is still read under the key it most likely meant, so that one typo gives
        // one finding, not a second one saying the key is missing.
        misspelt.forEach(out::putIfAbsent);
        return out;
    }

    String requiredText(Map<String, Node> fields, String key, MappingNode parent, String what) {
        return parsed(fields, key, parent, n -> text(n, key), what);
    }

    Optional<String> optionalText(Map<String, Node> fields, String key) {
        Node node = fields.get(key);
        return node == null || isNull(node) ? Optional.empty() : Optional.ofNullable(text(node, key));
    }

    private String text(Node node, String key) {
        if (node instanceof ScalarNode s && !s.getValue().isBlank()) {
            return s.getValue().trim();
        }
        error(node.getStartMark(), "facts/yaml-shape", "'" + key + "' needs a single value on its line");
        return null;
    }

    PhoneNumber requiredPhone(Map<String, Node> fields, String key, MappingNode parent) {
        return parsed(fields, key, parent, n -> phone(n, key), "a phone number in quotes, such as \"202-851-7034\"");
    }

    Optional<PhoneNumber> optionalPhone(Map<String, Node> fields, String key) {
        Node node = fields.get(key);
        return node == null || isNull(node) ? Optional.empty() : Optional.ofNullable(phone(node, key));
    }

    LocalDate requiredDate(Map<String, Node> fields, String key, MappingNode parent) {
        return parsed(fields, key, parent, n -> date(n, key), "a date such as 2026-11-24");
    }

    private <T> T parsed(
            Map<String, Node> fields, String key, MappingNode parent, Function<Node, T> reader, String what) {
        Node node = fields.get(key);
        if (node == null) {
            String where = parent == top ? "at the top of the file" : "from the entry that starts here";
            error(
                    parent.getStartMark(),
                    "facts/missing-key",
                    "'" + key + ":' is missing " + where + "; add a line '" + key + ":' with " + what);
            return null;
        }
        return reader.apply(node);
    }

    private PhoneNumber phone(Node node, String key) {
        String written = text(node, key);
        if (written == null) {
            return null;
        }
        if (written.chars().anyMatch(Character::isLetter)) {
            // libphonenumber reads keypad letters as digits ("202-BAD-NUMB" is 202-223-6862): a number read
            // that way would reach every page without anyone having typed it
            error(
                    node.getStartMark(),
                    "facts/bad-phone",
                    "'" + written + "' has letters in it; write the number in digits only, such as \"202-851-7034\"");
            return null;
        }
        Optional<PhoneNumber> number = phones.parse(written);
        if (number.isEmpty()) {
            error(
                    node.getStartMark(),
                    "facts/bad-phone",
                    "'" + written
                            + "' is not a complete US phone number; write all ten digits, such as \"202-851-7034\"");
        }
        return number.orElse(null);
    }

    private LocalDate date(Node node, String key) {
        String written = text(node, key);
        if (written == null) {
            return null;
        }
        try {
            return LocalDate.parse(written);
        } catch (DateTimeParseException e) {
            error(
                    node.getStartMark(),
                    "facts/bad-date",
                    "'" + written + "' is not a date; write year-month-day, such as 2026-11-24");
            return null;
        }
    }

    static boolean isNull(Node node) {
        return node instanceof ScalarNode s
                && (s.getValue().isEmpty()
                        || s.getValue().equals("null")
                        || s.getValue().equals("~"));
    }

    void error(Mark mark, String rule, String message) {
        findings.add(Finding.error(position(mark), rule, message));
    }

    static Position position(Mark mark) {
        return mark == null
                ? Position.file(ClinicFactsLoader.FILE)
                : Position.at(ClinicFactsLoader.FILE, mark.getLine() + 1, mark.getColumn() + 1);
    }
}
