package org.ispc.blog.facts;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.ispc.blog.clinic.ClinicFacts;
import org.ispc.blog.clinic.Office;
import org.ispc.blog.clinic.OtherPhone;
import org.ispc.blog.clinic.PhoneNumber;
import org.ispc.blog.clinic.RetiredOffice;
import org.ispc.blog.clinic.RetiredPhone;
import org.ispc.blog.content.SourceText;
import org.ispc.blog.content.YamlText;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Position;
import org.ispc.blog.diag.Suggestion;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads data/clinic.yml into {@link ClinicFacts}. Every mistake in the file becomes a finding at its line
 * and column, worded for the marketing team, never an exception.
 */
public final class ClinicFactsLoader {

    /** Where the file lives, relative to the project root. */
    public static final String FILE = "data/clinic.yml";

    private static final Set<String> TOP_KEYS =
            Set.of("name", "phone", "verified", "offices", "retired", "other-phones");
    private static final Set<String> OFFICE_KEYS =
            Set.of("id", "name", "city", "state", "street", "suite", "zip", "phone", "fax", "hours", "map-url");
    private static final Set<String> RETIRED_KEYS = Set.of("phones", "offices");
    private static final Set<String> RETIRED_PHONE_KEYS = Set.of("number", "until");
    private static final Set<String> RETIRED_OFFICE_KEYS = Set.of("name", "city", "state", "closed");
    private static final Set<String> OTHER_PHONE_KEYS = Set.of("number", "label");

    /**
     * The outcome: facts when the file could be read without errors, and every finding either way.
     *
     * @param verifiedAt where the value of {@code verified:} is written, for the finding that asks to confirm
     *     the facts again; the whole file when it is not known
     */
    public record Loaded(Optional<ClinicFacts> facts, List<Finding> findings, Position verifiedAt) {
        public Loaded {
            findings = List.copyOf(findings);
        }

        public Loaded(Optional<ClinicFacts> facts, List<Finding> findings) {
            this(facts, findings, Position.file(FILE));
        }
    }

    private final Phones phones;
    private final List<Finding> findings = new ArrayList<>();
    private Position verifiedAt = Position.file(FILE);
    private MappingNode top;

    private ClinicFactsLoader(Phones phones) {
        this.phones = phones;
    }

    /** Reads {@code data/clinic.yml} under the project root. */
    public static Loaded load(Path projectRoot, Phones phones) {
        Path file = projectRoot.resolve(FILE);
        String text;
        try {
            SourceText.Read read = SourceText.read(file, FILE, "facts/unreadable");
            if (read.notUtf8().isPresent()) {
                return new Loaded(Optional.empty(), List.of(read.notUtf8().get()));
            }
            text = read.text();
        } catch (NoSuchFileException e) {
            return new Loaded(
                    Optional.empty(),
                    List.of(Finding.error(
                            Position.file(FILE),
                            "facts/missing-file",
                            "data/clinic.yml is missing; it holds the practice name, main phone and offices"
                                    + " (see the writer's guide, 'The clinic facts file')")));
        } catch (IOException e) {
            return new Loaded(
                    Optional.empty(),
                    List.of(Finding.error(
                            Position.file(FILE),
                            "facts/unreadable",
                            "cannot read data/clinic.yml (" + e.getMessage() + "); check that the file can be read")));
        }
        return parse(text, phones);
    }

    /** Reads the text of a clinic.yml file; positions name {@link #FILE}. */
    public static Loaded parse(String text, Phones phones) {
        ClinicFactsLoader loader = new ClinicFactsLoader(phones);
        ClinicFacts facts = loader.read(text);
        boolean clean = loader.findings.stream().noneMatch(Finding::isError);
        return new Loaded(clean ? Optional.ofNullable(facts) : Optional.empty(), loader.findings, loader.verifiedAt);
    }

    private ClinicFacts read(String text) {
        Node root;
        try {
            root = YamlText.compose(text, FILE);
        } catch (YamlText.Refused e) {
            Optional<Position> quote = e.syntax() ? unclosedQuote(text, e.at().line()) : Optional.empty();
            if (quote.isPresent()) {
                findings.add(Finding.error(
                        quote.get(),
                        "facts/yaml-syntax",
                        "this quote (\") is not closed on its line; add the closing quote at the end of the value"));
            } else {
                findings.add(Finding.error(e.at(), "facts/yaml-syntax", e.getMessage()));
            }
            return null;
        }
        if (!(root instanceof MappingNode top)) {
            findings.add(Finding.error(
                    Position.at(FILE, 1, 1),
                    "facts/yaml-shape",
                    "the file must be a list of 'key: value' lines starting with 'name:', 'phone:' and 'offices:'"));
            return null;
        }
        this.top = top;
        Map<String, Node> fields = fields(top, TOP_KEYS, "at the top of the file");
        String name = requiredText(fields, "name", top, "the practice's name");
        PhoneNumber phone = requiredPhone(fields, "phone", top);
        LocalDate verified = requiredDate(fields, "verified", top);
        if (fields.get("verified") != null) {
            verifiedAt = position(fields.get("verified").getStartMark());
        }
        List<Office> offices = offices(fields.get("offices"), top);
        List<RetiredPhone> retiredPhones = new ArrayList<>();
        List<RetiredOffice> retiredOffices = new ArrayList<>();
        Node retired = fields.get("retired");
        if (retired != null && !isNull(retired)) {
            if (retired instanceof MappingNode map) {
                Map<String, Node> r = fields(map, RETIRED_KEYS, "under 'retired'");
                for (MappingNode item : items(r.get("phones"), "retired phones")) {
                    Map<String, Node> f = fields(item, RETIRED_PHONE_KEYS, "in a retired phone");
                    PhoneNumber number = requiredPhone(f, "number", item);
                    LocalDate until = requiredDate(f, "until", item);
                    if (number != null && until != null) {
                        retiredPhones.add(new RetiredPhone(number, until));
                    }
                }
                for (MappingNode item : items(r.get("offices"), "retired offices")) {
                    Map<String, Node> f = fields(item, RETIRED_OFFICE_KEYS, "in a retired office");
                    String oname = requiredText(f, "name", item, "the office's name");
                    String city = requiredText(f, "city", item, "the city");
                    String state = optionalText(f, "state").orElse("");
                    LocalDate closed = requiredDate(f, "closed", item);
                    if (oname != null && city != null && closed != null) {
                        retiredOffices.add(new RetiredOffice(oname, city, state, closed));
                    }
                }
            } else {
                error(retired.getStartMark(), "facts/yaml-shape", "'retired' must hold 'phones:' and 'offices:' lists");
            }
        }
        List<OtherPhone> others = new ArrayList<>();
        for (MappingNode item : items(fields.get("other-phones"), "other phones")) {
            Map<String, Node> f = fields(item, OTHER_PHONE_KEYS, "in an other phone");
            String number = requiredText(f, "number", item, "the number, in quotes");
            String label = requiredText(f, "label", item, "who answers that number");
            if (number != null && label != null) {
                String digits = number.replaceAll("\\D", "");
                if (digits.isEmpty()) {
                    error(f.get("number").getStartMark(), "facts/bad-phone", "'" + number + "' holds no digits");
                } else {
                    others.add(new OtherPhone(digits, label));
                }
            }
        }
        if (name == null || phone == null || verified == null) {
            return null;
        }
        return new ClinicFacts(name, phone, verified, offices, retiredPhones, retiredOffices, others);
    }

    private List<Office> offices(Node node, MappingNode parent) {
        List<Office> offices = new ArrayList<>();
        if (node == null) {
            error(
                    parent.getStartMark(),
                    "facts/missing-key",
                    "'offices:' is missing at the top of the file; list each office with id, name, city and state");
            return offices;
        }
        Set<String> ids = new HashSet<>();
        for (MappingNode item : items(node, "offices")) {
            Map<String, Node> f = fields(item, OFFICE_KEYS, "in an office");
            String id = requiredText(f, "id", item, "a short id such as 'arlington'");
            String name = requiredText(f, "name", item, "the office's name");
            String city = requiredText(f, "city", item, "the city");
            String state = requiredText(f, "state", item, "the two-letter state, such as VA or DC");
            if (id != null && !id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                error(
                        f.get("id").getStartMark(),
                        "facts/bad-office-id",
                        "office id '" + id
                                + "' must be lower-case letters, digits and hyphens, such as 'washington-dc'");
                id = null;
            }
            if (id != null && !ids.add(id)) {
                error(
                        f.get("id").getStartMark(),
                        "facts/duplicate-office",
                        "office id '" + id + "' is used twice; give each office its own id");
                id = null;
            }
            Optional<PhoneNumber> phone = optionalPhone(f, "phone");
            Optional<PhoneNumber> fax = optionalPhone(f, "fax");
            if (id != null && name != null && city != null && state != null) {
                offices.add(new Office(
                        id,
                        name,
                        city,
                        state,
                        optionalText(f, "street"),
                        optionalText(f, "suite"),
                        optionalText(f, "zip"),
                        phone,
                        fax,
                        optionalText(f, "hours"),
                        optionalText(f, "map-url")));
            }
        }
        if (offices.isEmpty() && findings.stream().noneMatch(Finding::isError)) {
            error(node.getStartMark(), "facts/missing-key", "'offices:' lists no office; the site needs at least one");
        }
        return offices;
    }

    private List<MappingNode> items(Node node, String what) {
        List<MappingNode> out = new ArrayList<>();
        if (node == null || isNull(node)) {
            return out;
        }
        if (!(node instanceof SequenceNode seq)) {
            error(
                    node.getStartMark(),
                    "facts/yaml-shape",
                    "'" + what + "' must be a list, each entry starting with '- '");
            return out;
        }
        for (Node item : seq.getValue()) {
            if (item instanceof MappingNode map) {
                out.add(map);
            } else {
                String value = item instanceof ScalarNode scalar ? scalar.getValue() : "...";
                error(
                        item.getStartMark(),
                        "facts/yaml-shape",
                        "each entry of '" + what + "' is written as 'key: value' lines; " + entryExample(what, value));
            }
        }
        return out;
    }

    /** How one entry of a list is written, with the value the writer gave where it fits (README, "Clinic facts"). */
    private static String entryExample(String what, String value) {
        return switch (what) {
            case "retired phones" ->
                "write '- number: \"" + value + "\"' and, on the next line under 'number',"
                        + " 'until: ' and the day it stopped, such as 2024-03-01";
            case "retired offices" -> "write '- name: " + value + "', then 'city:' and 'closed:' lines under it";
            case "other phones" ->
                "write '- number: \"" + value + "\"' and, on the next line under 'number',"
                        + " 'label: ' and whose number it is";
            default ->
                "write '- id: " + org.ispc.blog.content.Slug.of(value) + "', then 'name: " + value
                        + "', 'city:' and 'state:' lines under it";
        };
    }

    private Map<String, Node> fields(MappingNode map, Set<String> known, String where) {
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

    private String requiredText(Map<String, Node> fields, String key, MappingNode parent, String what) {
        return parsed(fields, key, parent, n -> text(n, key), what);
    }

    private Optional<String> optionalText(Map<String, Node> fields, String key) {
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

    private PhoneNumber requiredPhone(Map<String, Node> fields, String key, MappingNode parent) {
        return parsed(fields, key, parent, n -> phone(n, key), "a phone number in quotes, such as \"202-851-7034\"");
    }

    private Optional<PhoneNumber> optionalPhone(Map<String, Node> fields, String key) {
        Node node = fields.get(key);
        return node == null || isNull(node) ? Optional.empty() : Optional.ofNullable(phone(node, key));
    }

    private LocalDate requiredDate(Map<String, Node> fields, String key, MappingNode parent) {
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

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode s
                && (s.getValue().isEmpty()
                        || s.getValue().equals("null")
                        || s.getValue().equals("~"));
    }

    private void error(Mark mark, String rule, String message) {
        findings.add(Finding.error(position(mark), rule, message));
    }

    private static Position position(Mark mark) {
        return mark == null ? Position.file(FILE) : Position.at(FILE, mark.getLine() + 1, mark.getColumn() + 1);
    }

    /**
     * The first line, up to the one where the parser gave up, that opens a double quote and does not close
     * it. The parser reads such a value on into the next lines and complains far below, where nobody would
     * look for a missing quote. A '#' outside quotes starts a comment.
     */
    private static Optional<Position> unclosedQuote(String text, int lastLine) {
        String[] lines = text.split("\\r?\\n|\\r", -1);
        for (int n = 0; n < Math.min(lines.length, lastLine); n++) {
            String line = lines[n];
            int open = -1;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (open < 0 && c == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                    break;
                }
                if (c == '"' && (open < 0 || line.charAt(i - 1) != '\\')) {
                    open = open < 0 ? i : -1;
                }
            }
            if (open >= 0) {
                return Optional.of(Position.at(FILE, n + 1, open + 1));
            }
        }
        return Optional.empty();
    }
}
