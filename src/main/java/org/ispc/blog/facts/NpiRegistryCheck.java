package org.ispc.blog.facts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ispc.blog.clinic.ClinicFacts;
import org.ispc.blog.clinic.Office;
import org.ispc.blog.clinic.PhoneNumber;
import org.ispc.blog.clinic.RetiredOffice;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Position;
import org.ispc.blog.diag.RuleId;
import org.ispc.blog.diag.Severity;
import org.ispc.blog.facts.KnownPhones.Current;
import org.ispc.blog.facts.KnownPhones.Known;
import org.ispc.blog.facts.KnownPhones.Retired;

/**
 * Compares data/clinic.yml with the practice's records in the NPPES NPI Registry (API version 2.1, JSON):
 * a practice location whose phone or city the file does not know, or an office the registry does not list,
 * means one of the two is out of date, and the finding says which one looks so.
 *
 * <p>Answers are cached for a day under the cache folder, so that a day of builds asks the registry once per
 * NPI. Every finding is a warning, or an error when the caller asks for strict mode; an unreachable registry
 * gives one finding and skips the rest, so that an offline build is slowed by one timeout at most.
 */
public final class NpiRegistryCheck {

    public static final URI DEFAULT_BASE_URL = URI.create("https://npiregistry.cms.hhs.gov/api/");
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(3);

    static final RuleId REGISTRY = RuleId.of("facts/registry");
    private static final Duration CACHE_LIFE = Duration.ofHours(24);
    private static final Position AT = Position.file(ClinicFactsLoader.FILE);

    private final ClinicFacts facts;
    private final Phones phones;
    private final KnownPhones known;
    private final URI baseUrl;
    private final Duration timeout;
    private final Path cacheDir;
    private final Clock clock;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();

    /**
     * @param baseUrl the registry's API address, {@link #DEFAULT_BASE_URL} but in tests
     * @param timeout how long to wait for the registry to connect and to answer
     * @param cacheDir where answers are kept for a day, a folder under target/
     * @param clock decides whether a cached answer is still fresh
     */
    public NpiRegistryCheck(
            ClinicFacts facts, Phones phones, URI baseUrl, Duration timeout, Path cacheDir, Clock clock) {
        this.facts = facts;
        this.phones = phones;
        this.known = new KnownPhones(facts, new PhoneFinder(phones.util()));
        this.baseUrl = baseUrl;
        this.timeout = timeout;
        this.cacheDir = cacheDir;
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** A practice location as the registry lists it. */
    private record Location(String npi, String city, String state, String phone) {
        String place() {
            return city + ", " + state;
        }
    }

    /** The registry could not be asked; the message says why, for the one finding that reports it. */
    private static final class Unreachable extends Exception {
        Unreachable(String message) {
            super(message);
        }
    }

    /**
     * Checks each NPI's record against data/clinic.yml.
     *
     * @param npis the practice's NPI numbers, ten digits each, as written in {@code facts.npi}
     * @param strict report errors instead of warnings
     * @return the findings, all at data/clinic.yml
     */
    public List<Finding> check(List<String> npis, boolean strict) {
        Severity severity = strict ? Severity.ERROR : Severity.WARNING;
        return differences(npis).stream()
                .map(message -> new Finding(AT, severity, REGISTRY, message))
                .toList();
    }

    private List<String> differences(List<String> npis) {
        List<String> out = new ArrayList<>();
        List<Location> locations = new ArrayList<>();
        Set<String> asked = new LinkedHashSet<>();
        for (String written : npis) {
            String npi = written.trim();
            if (!npi.matches("\\d{10}")) {
                out.add("facts.npi lists '" + npi + "', which is not an NPI number; an NPI has ten digits,"
                        + " such as 1234567893");
                continue;
            }
            if (!asked.add(npi)) {
                continue;
            }
            try {
                List<Location> found = locations(npi, answer(npi));
                if (found.isEmpty()) {
                    out.add("the NPI registry has no practice location for NPI " + npi
                            + "; check the number in facts.npi");
                }
                locations.addAll(found);
            } catch (Unreachable e) {
                // One finding, and no comparison against a registry only partly read.
                out.add("NPI registry not reachable, skipped: " + e.getMessage());
                return out;
            }
        }
        for (Location location : locations) {
            phoneDifference(location).ifPresent(out::add);
            cityDifference(location).ifPresent(out::add);
        }
        if (!locations.isEmpty()) {
            for (Office office : facts.offices()) {
                if (locations.stream().noneMatch(l -> sameCity(l, office.city(), office.state()))) {
                    out.add("data/clinic.yml lists the " + office.name() + " office in " + office.city() + ", "
                            + office.state() + ", but the NPI registry lists no practice location there for NPI "
                            + String.join(", ", asked)
                            + ": if the office is new, update the NPPES record; if it has closed,"
                            + " move it to retired offices in data/clinic.yml");
                }
            }
        }
        return out;
    }

    private Optional<String> phoneDifference(Location l) {
        if (l.phone().isEmpty()) {
            return Optional.empty();
        }
        Optional<PhoneNumber> number = phones.parse(l.phone());
        Known what = number.map(known::classify).orElse(new KnownPhones.Unknown());
        if (what instanceof Current) {
            return Optional.empty();
        }
        if (what instanceof Retired retired) {
            return Optional.of("the NPI registry still lists practice location phone " + l.phone() + " for NPI "
                    + l.npi() + ", which data/clinic.yml says was retired on "
                    + retired.phone().until()
                    + ": the registry is out of date; update the NPPES record to "
                    + facts.phone().display());
        }
        return Optional.of("the NPI registry lists practice location phone " + l.phone() + " for NPI " + l.npi()
                + ", which is not in data/clinic.yml: if the clinic's number changed, update data/clinic.yml;"
                + " if the registry is out of date, update the NPPES record");
    }

    private Optional<String> cityDifference(Location l) {
        if (facts.offices().stream().anyMatch(o -> sameCity(l, o.city(), o.state()))) {
            return Optional.empty();
        }
        Optional<RetiredOffice> closed = facts.retiredOffices().stream()
                .filter(o -> sameCity(l, o.city(), o.state()))
                .findFirst();
        if (closed.isPresent()) {
            return Optional.of("the NPI registry still lists a practice location in " + l.place() + " for NPI "
                    + l.npi() + ", which data/clinic.yml says closed on "
                    + closed.get().closed()
                    + ": the registry is out of date; update the NPPES record");
        }
        return Optional.of("the NPI registry lists a practice location in " + l.place() + " for NPI " + l.npi()
                + ", which is not an office in data/clinic.yml: if the clinic moved or opened an office there,"
                + " update data/clinic.yml; if the registry is out of date, update the NPPES record");
    }

    /** The registry writes cities in capitals ("SILVER SPRING"); the state is compared only when both have one. */
    private static boolean sameCity(Location l, String city, String state) {
        return l.city().equalsIgnoreCase(city.trim())
                && (state.isBlank() || l.state().isBlank() || l.state().equalsIgnoreCase(state.trim()));
    }

    /** The practice locations of one answer: addresses with purpose LOCATION, and every "practiceLocations" entry. */
    private static List<Location> locations(String npi, JsonNode root) {
        List<Location> out = new ArrayList<>();
        for (JsonNode result : root.path("results")) {
            for (JsonNode address : result.path("addresses")) {
                if (address.path("address_purpose").asText().equalsIgnoreCase("LOCATION")) {
                    out.add(location(npi, address));
                }
            }
            for (JsonNode address : result.path("practiceLocations")) {
                out.add(location(npi, address));
            }
        }
        return out;
    }

    private static Location location(String npi, JsonNode address) {
        return new Location(
                npi,
                address.path("city").asText("").trim(),
                address.path("state").asText("").trim(),
                address.path("telephone_number").asText("").trim());
    }

    /**
     * The registry's answer for one NPI, from the cache when it is less than a day old. Only an answer that
     * reads as JSON is cached, so that an error page from a proxy is not kept for a day.
     */
    private JsonNode answer(String npi) throws Unreachable {
        Path cached = cacheDir.resolve("npi-" + npi + ".json");
        Instant now = clock.instant();
        try {
            if (Files.isRegularFile(cached)
                    && Files.getLastModifiedTime(cached).toInstant().isAfter(now.minus(CACHE_LIFE))) {
                return json.readTree(Files.readString(cached, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            // An unreadable or damaged cache is only a missed shortcut: ask the registry.
        }
        String body = fetch(npi);
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new Unreachable("its answer for NPI " + npi + " is not JSON");
        }
        store(cached, body, now);
        return root;
    }

    private String fetch(String npi) throws Unreachable {
        String separator = baseUrl.getRawQuery() == null ? "?" : "&";
        URI uri = URI.create(baseUrl + separator + "version=2.1&number=" + npi);
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Accept", "application/json")
                .GET()
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new Unreachable("it answered HTTP " + response.statusCode() + " for NPI " + npi);
            }
            return response.body();
        } catch (IOException e) {
            throw new Unreachable("no answer from " + baseUrl.getHost() + " within " + timeout.toSeconds() + " s ("
                    + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unreachable("the build was interrupted");
        }
    }

    /**
     * Keeps an answer for a day. Written to a temporary file and moved, so that a build stopped halfway never
     * leaves half an answer; stamped with the clock's time, so that freshness is judged by one clock.
     */
    private void store(Path cached, String body, Instant now) {
        try {
            Files.createDirectories(cacheDir);
            Path partial = Files.createTempFile(cacheDir, "npi-", ".part");
            Files.writeString(partial, body, StandardCharsets.UTF_8);
            Files.setLastModifiedTime(partial, FileTime.from(now));
            Files.move(partial, cached, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // Without a cache the next build asks the registry again; nothing is lost.
        }
    }
}
