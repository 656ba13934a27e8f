package org.ispc.blog.facts;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
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

    private final List<Finding> findings = new ArrayList<>();
    private final FactFields yaml;
    private Position verifiedAt = Position.file(FILE);

    private ClinicFactsLoader(Phones phones) {
        this.yaml = new FactFields(phones, findings);
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
        yaml.top(top);
        Map<String, Node> fields = yaml.fields(top, TOP_KEYS, "at the top of the file");
        String name = yaml.requiredText(fields, "name", top, "the practice's name");
        PhoneNumber phone = yaml.requiredPhone(fields, "phone", top);
        LocalDate verified = yaml.requiredDate(fields, "verified", top);
        if (fields.get("verified") != null) {
            verifiedAt = FactFields.position(fields.get("verified").getStartMark());
        }
        List<Office> offices = offices(fields.get("offices"), top);
        List<RetiredPhone> retiredPhones = new ArrayList<>();
        List<RetiredOffice> retiredOffices = new ArrayList<>();
        Node retired = fields.get("retired");
        if (retired != null && !FactFields.isNull(retired)) {
            if (retired instanceof MappingNode map) {
                Map<String, Node> r = yaml.fields(map, RETIRED_KEYS, "under 'retired'");
                for (MappingNode item : items(r.get("phones"), "retired phones")) {
                    Map<String, Node> f = yaml.fields(item, RETIRED_PHONE_KEYS, "in a retired phone");
                    PhoneNumber number = yaml.requiredPhone(f, "number", item);
                    LocalDate until = yaml.requiredDate(f, "until", item);
                    if (number != null && until != null) {
                        retiredPhones.add(new RetiredPhone(number, until));
                    }
                }
                for (MappingNode item : items(r.get("offices"), "retired offices")) {
                    Map<String, Node> f = yaml.fields(item, RETIRED_OFFICE_KEYS, "in a retired office");
                    String oname = yaml.requiredText(f, "name", item, "the office's name");
                    String city = yaml.requiredText(f, "city", item, "the city");
                    String state = yaml.optionalText(f, "state").orElse("");
                    LocalDate closed = yaml.requiredDate(f, "closed", item);
                    if (oname != null && city != null && closed != null) {
                        retiredOffices.add(new RetiredOffice(oname, city, state, closed));
                    }
                }
            } else {
                yaml.error(
                        retired.getStartMark(),
                        "facts/yaml-shape",
                        "'retired' must hold 'phones:' and 'offices:' lists");
            }
        }
        List<OtherPhone> others = new ArrayList<>();
        for (MappingNode item : items(fields.get("other-phones"), "other phones")) {
            Map<String, Node> f = yaml.fields(item, OTHER_PHONE_KEYS, "in an other phone");
            String number = yaml.requiredText(f, "number", item, "the number, in quotes");
            String label = yaml.requiredText(f, "label", item, "who answers that number");
            if (number != null && label != null) {
                String digits = number.replaceAll("\\D", "");
                if (digits.isEmpty()) {
                    yaml.error(f.get("number").getStartMark(), "facts/bad-phone", "'" + number + "' holds no digits");
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
            yaml.error(
                    parent.getStartMark(),
                    "facts/missing-key",
                    "'offices:' is missing at the top of the file; list each office with id, name, city and state");
            return offices;
        }
        Set<String> ids = new HashSet<>();
        for (MappingNode item : items(node, "offices")) {
            Map<String, Node> f = yaml.fields(item, OFFICE_KEYS, "in an office");
            String id = yaml.requiredText(f, "id", item, "a short id such as 'arlington'");
            String name = yaml.requiredText(f, "name", item, "the office's name");
            String city = yaml.requiredText(f, "city", item, "the city");
            String state = yaml.requiredText(f, "state", item, "the two-letter state, such as VA or DC");
            if (id != null && !id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                yaml.error(
                        f.get("id").getStartMark(),
                        "facts/bad-office-id",
                        "office id '" + id
                                + "' must be lower-case letters, digits and hyphens, such as 'washington-dc'");
                id = null;
            }
            if (id != null && !ids.add(id)) {
                yaml.error(
                        f.get("id").getStartMark(),
                        "facts/duplicate-office",
                        "office id '" + id + "' is used twice; give each office its own id");
                id = null;
            }
            Optional<PhoneNumber> phone = yaml.optionalPhone(f, "phone");
            Optional<PhoneNumber> fax = yaml.optionalPhone(f, "fax");
            if (id != null && name != null && city != null && state != null) {
                offices.add(new Office(
                        id,
                        name,
                        city,
                        state,
                        yaml.optionalText(f, "street"),
                        yaml.optionalText(f, "suite"),
                        yaml.optionalText(f, "zip"),
                        phone,
                        fax,
                        yaml.optionalText(f, "hours"),
                        yaml.optionalText(f, "map-url")));
            }
        }
        if (offices.isEmpty() && findings.stream().noneMatch(Finding::isError)) {
            yaml.error(
                    node.getStartMark(),
                    "facts/missing-key",
                    "'offices:' lists no office; the site needs at least one");
        }
        return offices;
    }

    private List<MappingNode> items(Node node, String what) {
        List<MappingNode> out = new ArrayList<>();
        if (node == null || FactFields.isNull(node)) {
            return out;
        }
        if (!(node instanceof SequenceNode seq)) {
            yaml.error(
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
                yaml.error(
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
