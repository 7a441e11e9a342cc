package io.newsdesk.app.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A loose check of an {@code ads.txt} (IAB): blank lines and {@code #} comments are kept as written; every other line
 * is a record ({@code domain, account id, DIRECT|RESELLER[, certification id]}) or a variable ({@code contact=…}).
 * Lines that are neither are refused by number, so a typo does not reach ad buyers unnoticed.
 */
final class AdsTxt {
    static final int MAX_CHARS = 32_000;
    private static final int REPORTED = 5;

    private AdsTxt() {}

    /** The text with line ends made "\n" and a final newline; throws with the bad lines' numbers. */
    static String check(String text) {
        String t = text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n');
        if (t.length() > MAX_CHARS) throw new IllegalArgumentException("ads.txt is longer than " + MAX_CHARS + " characters.");
        List<String> bad = new ArrayList<>();
        int badLines = 0;
        String[] lines = t.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String problem = problem(lines[i]);
            if (problem == null) continue;
            if (++badLines <= REPORTED) bad.add("line " + (i + 1) + ": " + problem);
        }
        if (badLines > 0) {
            throw new IllegalArgumentException("ads.txt is not saved: " + String.join("; ", bad)
                    + (badLines > REPORTED ? "; and " + (badLines - REPORTED) + " more lines" : "") + ".");
        }
        String kept = t.strip();
        return kept.isEmpty() ? "" : kept + "\n";
    }

    private static String problem(String line) {
        if (line.chars().anyMatch(c -> c != '\t' && Character.isISOControl(c))) return "a control character";
        int hash = line.indexOf('#');
        String data = (hash >= 0 ? line.substring(0, hash) : line).strip();
        if (data.isEmpty()) return null;
        int eq = data.indexOf('=');
        if (eq > 0 && !data.contains(",")) {
            return data.substring(0, eq).strip().matches("[A-Za-z][A-Za-z0-9_-]*") ? null : "a variable's name is letters (e.g. contact=…)";
        }
        String[] fields = data.split(",", -1);
        if (fields.length < 3 || fields.length > 4) return "a record has 3 or 4 fields separated by commas";
        String domain = fields[0].strip();
        if (!domain.matches("[A-Za-z0-9.-]+\\.[A-Za-z]{2,}")) return "\"" + cut(domain) + "\" is not a domain";
        if (fields[1].isBlank()) return "the account id is empty";
        String relation = fields[2].strip().toUpperCase(Locale.ROOT);
        if (!relation.equals("DIRECT") && !relation.equals("RESELLER")) return "the third field is DIRECT or RESELLER";
        return null;
    }

    private static String cut(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
