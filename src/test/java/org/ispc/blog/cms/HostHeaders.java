package org.ispc.blog.cms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a host that reads {@code _headers} sends for a path, as each documents it, for tests of the file the build
 * writes. Netlify ("Custom headers"; its reader skips a line without a colon, and of the rules that match a path the
 * last one to give a header wins). Cloudflare Pages ("Headers": the first 100 rules are read; every matching rule
 * applies in file order, a header given again is joined to the earlier value with a comma, and {@code ! Name} detaches
 * what earlier rules gave).
 */
final class HostHeaders {

    /** Cloudflare Pages reads no rule past this many. */
    static final int CLOUDFLARE_MAX_RULES = 100;

    private record Rule(Pattern path, List<String[]> set, List<String> unset) {}

    private final List<Rule> rules = new ArrayList<>();

    private HostHeaders(String file) {
        Rule rule = null;
        for (String raw : file.split("\n")) {
            String line = raw.trim();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("/")) {
                rule = new Rule(pattern(line), new ArrayList<>(), new ArrayList<>());
                rules.add(rule);
            } else if (rule != null && line.startsWith("!") && !line.contains(":")) {
                rule.unset().add(line.substring(1).trim().toLowerCase(Locale.ROOT));
            } else if (rule != null && line.contains(":")) {
                int colon = line.indexOf(':');
                rule.set().add(new String[] {
                    line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    line.substring(colon + 1).trim()
                });
            }
        }
    }

    static HostHeaders read(String file) {
        return new HostHeaders(file);
    }

    int ruleCount() {
        return rules.size();
    }

    /** Netlify: header name (lower case) to value; a detach line is not read at all. */
    Map<String, String> netlify(String path) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Rule rule : rules) {
            if (rule.path().matcher(path).matches()) {
                Map<String, String> values = new LinkedHashMap<>();
                // within one rule Netlify's reader joins a repeated header with ", "
                rule.set().forEach(kv -> values.merge(kv[0], kv[1], (a, b) -> a + ", " + b));
                out.putAll(values);
            }
        }
        return out;
    }

    /** Cloudflare Pages: header name (lower case) to the values sent, in order. */
    Map<String, List<String>> cloudflare(String path) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        List<String> given = new ArrayList<>();
        for (Rule rule : rules.subList(0, Math.min(rules.size(), CLOUDFLARE_MAX_RULES))) {
            if (!rule.path().matcher(path).matches()) {
                continue;
            }
            rule.unset().forEach(out::remove);
            for (String[] kv : rule.set()) {
                if (given.contains(kv[0])) {
                    out.computeIfAbsent(kv[0], k -> new ArrayList<>()).add(kv[1]);
                } else {
                    out.put(kv[0], new ArrayList<>(List.of(kv[1])));
                    given.add(kv[0]);
                }
            }
        }
        return out;
    }

    /** A rule's path: {@code *} matches anything (a splat), everything else itself. */
    private static Pattern pattern(String path) {
        StringBuilder regex = new StringBuilder();
        for (String part : path.split("\\*", -1)) {
            if (!regex.isEmpty()) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }
}
