package io.newsdesk.app.translate;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** A translation direction between two primary language subtags, e.g. {@code ru-en}. */
public record LanguagePair(String from, String to) {
    private static final Pattern CODE = Pattern.compile("[a-z]{2,3}");

    public LanguagePair {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        from = from.strip().toLowerCase(Locale.ROOT);
        to = to.strip().toLowerCase(Locale.ROOT);
        if (!CODE.matcher(from).matches() || !CODE.matcher(to).matches()) {
            throw new IllegalArgumentException("a language pair is two language codes such as ru-en, got " + from + "-" + to);
        }
    }

    /** Parses {@code ru-en}. */
    public static LanguagePair parse(String text) {
        String[] p = text == null ? new String[0] : text.strip().split("-");
        if (p.length != 2) throw new IllegalArgumentException("a language pair looks like ru-en, got '" + text + "'");
        return new LanguagePair(p[0], p[1]);
    }

    @Override
    public String toString() {
        return from + "-" + to;
    }
}
