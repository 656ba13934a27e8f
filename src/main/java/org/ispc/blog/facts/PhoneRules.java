package org.ispc.blog.facts;

import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.ispc.blog.clinic.ClinicFacts;
import org.ispc.blog.diag.Severity;
import org.ispc.blog.facts.KnownPhones.Current;
import org.ispc.blog.facts.KnownPhones.Known;
import org.ispc.blog.facts.KnownPhones.Retired;
import org.ispc.blog.facts.KnownPhones.Unknown;
import org.ispc.blog.facts.PhoneFinder.Found;
import org.ispc.blog.facts.PhoneFinder.TelLink;

/** The phone rules: what is wrong with each number in a piece of text, and what to write instead. */
final class PhoneRules {

    static final String RETIRED_PHONE = "facts/retired-phone";
    static final String UNKNOWN_PHONE = "facts/unknown-phone";
    static final String TEL_MISMATCH = "facts/tel-mismatch";
    static final String TYPED_PHONE = "facts/typed-phone";

    /**
     * Who wrote the text, which decides the advice. Prose (articles, pages) writes attributes and may type
     * the current number, with a warning; templates write the data model and may not; generated HTML always
     * contains the number, so only stale or unknown numbers count there, and the advice names both forms,
     * since the number may have come from either.
     */
    enum Mode {
        PROSE,
        TEMPLATE,
        /** jbake.properties: the site's title and description, which can take nothing from data/clinic.yml. */
        SETTINGS,
        OUTPUT,
        /**
         * A file of the site made in another program (a PDF, an SVG, a text file): generated like a page, but the fix
         * is made in the document the file came from, which takes no attribute.
         */
        FILE;

        /** Whether the text is what the site publishes, where the current number is always right. */
        boolean isOutput() {
            return this == OUTPUT || this == FILE;
        }
    }

    private static final String MAIN_FIELD = "clinic.phone";

    private final ClinicFacts facts;
    private final PhoneFinder finder;
    private final KnownPhones known;

    PhoneRules(ClinicFacts facts, PhoneFinder finder) {
        this.facts = facts;
        this.finder = finder;
        this.known = new KnownPhones(facts, finder);
    }

    /** Every problem with the numbers and tel: links in one line of a source, or one run of page text. */
    List<Hit> scan(String text, Mode mode) {
        if (!PhoneFinder.mayHoldNumber(text)) {
            return List.of();
        }
        List<Hit> hits = new ArrayList<>();
        char[] rest = text.toCharArray();
        for (TelLink link : finder.telLinks(text)) {
            hits.addAll(link(link, mode, true));
            // Blanked, not cut out, so that the indexes of the numbers after the link stay true.
            Arrays.fill(rest, link.start(), link.end(), ' ');
        }
        for (Found found : finder.numbers(CharBuffer.wrap(rest))) {
            number(found, mode, false).ifPresent(hits::add);
        }
        return hits;
    }

    /**
     * The problems of one tel: link: the number it dials, the numbers in its text unless the caller scans
     * that text anyway, and a text that shows another number than the one dialled. A current number typed
     * in both the target and the text gets one warning, on the target, since one attribute replaces both.
     */
    List<Hit> link(TelLink link, Mode mode, boolean withTextNumbers) {
        List<Hit> hits = new ArrayList<>();
        Optional<Found> dialled = finder.numbers(link.target()).stream().findFirst();
        List<Found> shown = finder.numbers(link.text());
        dialled.flatMap(d -> number(d, mode, true)).ifPresent(h -> hits.add(h.shift(link.targetStart())));
        if (withTextNumbers) {
            for (Found found : shown) {
                boolean sameAsDialled = dialled.isPresent()
                        && finder.sameLine(found.number(), dialled.get().number());
                number(found, mode, false)
                        .filter(h -> !(sameAsDialled && h.rule().equals(TYPED_PHONE)))
                        .ifPresent(h -> hits.add(h.shift(link.textStart())));
            }
        }
        if (dialled.isPresent()
                && !shown.isEmpty()
                && !finder.sameLine(dialled.get().number(), shown.get(0).number())) {
            Found d = dialled.get();
            // Suggest the link of the number dialled when it is current: the text is the likelier typo.
            Current fix = known.classify(d.number()) instanceof Current c ? c : known.main();
            hits.add(hit(
                            d,
                            Severity.ERROR,
                            TEL_MISMATCH,
                            "this tel: link calls " + d.raw() + " but its text shows "
                                    + shown.get(0).raw()
                                    + ", so a reader who taps it reaches another number than the one they read;"
                                    + " make them the same: write " + write(mode, linkOf(fix)))
                    .shift(link.targetStart()));
        }
        return hits;
    }

    /** The problem with one number, if any; {@code dialled} when it is the target of a tel: link. */
    private Optional<Hit> number(Found found, Mode mode, boolean dialled) {
        Known what = known.classify(found.number());
        String raw = found.raw();
        Current main = known.main();
        Suggestion instead = dialled ? linkOf(main) : textOf(main);
        if (what instanceof Retired retired) {
            return Optional.of(hit(
                    found,
                    Severity.ERROR,
                    RETIRED_PHONE,
                    raw + " was the clinic's number until " + retired.phone().until() + "; the number now is "
                            + facts.phone().display() + ": write " + write(mode, instead) + " instead"));
        }
        if (what instanceof Unknown) {
            return Optional.of(hit(
                    found,
                    Severity.ERROR,
                    UNKNOWN_PHONE,
                    raw + " is not a number of the clinic in data/clinic.yml; if it is the clinic's, write "
                            + write(mode, instead)
                            + "; if it is another organisation's, add it to other-phones in data/clinic.yml"));
        }
        if (what instanceof Current current && !mode.isOutput()) {
            Suggestion own = dialled ? linkOf(current) : textOf(current);
            String why = raw + " is " + current.description() + ", typed by hand; ";
            return Optional.of(
                    mode == Mode.TEMPLATE || mode == Mode.SETTINGS
                            ? hit(
                                    found,
                                    Severity.ERROR,
                                    TYPED_PHONE,
                                    why
                                            + (mode == Mode.TEMPLATE
                                                    ? "templates take every number from data/clinic.yml: write "
                                                    : "it would stay there when data/clinic.yml changes: write ")
                                            + write(mode, own))
                            : hit(
                                    found,
                                    Severity.WARNING,
                                    TYPED_PHONE,
                                    why + "write " + write(mode, own)
                                            + " so that it changes when data/clinic.yml does"));
        }
        return Optional.empty();
    }

    private static Hit hit(Found found, Severity severity, String rule, String message) {
        return new Hit(found.start(), found.raw(), severity, rule, message);
    }

    /** What to write instead, as an attribute for prose and as a FreeMarker expression for templates. */
    record Suggestion(String attribute, String template, String number) {}

    static Suggestion textOf(Current current) {
        return new Suggestion(
                "{" + current.attribute() + "}",
                inTemplate(current, "${" + current.field() + "}"),
                current.number().display());
    }

    static Suggestion linkOf(Current current) {
        String template = "<a href=\"${" + current.field() + "_href}\">${" + current.field() + "}</a>";
        String attribute = current.field().equals(MAIN_FIELD)
                ? "{" + ClinicAttributes.CLINIC_PHONE_LINK + "}"
                : "link:tel:{" + current.attribute() + "}[{" + current.attribute() + "}]";
        return new Suggestion(
                attribute, inTemplate(current, template), current.number().display());
    }

    /** An office's number lives in the office, so the expression only works inside the list of offices. */
    private static String inTemplate(Current current, String expression) {
        return current.field().startsWith("office.")
                ? expression + " inside <#list clinic.offices as office>"
                : expression;
    }

    private static String write(Mode mode, Suggestion s) {
        return switch (mode) {
            case PROSE -> s.attribute();
            case TEMPLATE -> s.template();
            case SETTINGS ->
                "the text without the number (jbake.properties cannot take it from data/clinic.yml, and"
                        + " every page shows the clinic's number already)";
            case OUTPUT -> s.attribute() + " (in a template, " + s.template() + ")";
            case FILE -> s.number() + " (in the document this file was made from; then put the new file in its place)";
        };
    }
}
