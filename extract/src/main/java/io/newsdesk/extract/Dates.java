package io.newsdesk.extract;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one date parser: lenient for the formats news pages put in metadata, URLs and bylines
 * ({@link #parse}, {@link #parseText}, {@link #fromUrl}), strict for the machine formats of feeds
 * and sitemaps ({@link #parseW3c}).
 */
public final class Dates {
    private Dates() {}

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*(Z|[+-]\\d{2}:?\\d{2}|[+-]\\d{2}\\b|UTC|GMT)?)?");
    private static final Pattern COMPACT = Pattern.compile("\\b(20\\d{2}|19\\d{2})(\\d{2})(\\d{2})(?:T?(\\d{2})(\\d{2})(\\d{2})?)?\\b");
    private static final Pattern SLASH_YMD = Pattern.compile("\\b(\\d{4})/(\\d{1,2})/(\\d{1,2})\\b");
    private static final Pattern DMY = Pattern.compile("\\b(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})\\b");
    // a short dotted date with a two-digit year, "23.09.22": read as this century, after every other form
    private static final Pattern DMY_SHORT = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{2})(?![\\d.])");
    private static final Pattern MDY_SLASH = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b");
    private static final Pattern TEXT_DMY = Pattern.compile("\\b(\\d{1,2})\\.?\\s+(?:de\\s+)?(\\p{L}{3,10})\\.?,?\\s+(?:de\\s+)?(\\d{4})\\b");
    private static final Pattern TEXT_MDY = Pattern.compile("\\b([A-Za-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|-|\\b)");
    private static final Pattern URL_COMPACT = Pattern.compile("[/_-]((?:19|20)\\d{2})(\\d{2})(\\d{2})[/_.-]");
    // RFC 1123, as feeds and HTTP write it: "Wed, 04 May 2022 02:41:00 GMT"
    private static final Pattern RFC1123 = Pattern.compile(
            "^(?:[A-Za-z]{3},?\\s+)?(\\d{1,2})\\s+([A-Za-z]{3})\\s+(\\d{4})\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*(GMT|UTC|Z|[+-]\\d{2}:?\\d{2})\\b");
    private static final Pattern EPOCH = Pattern.compile("^\\d{10}(\\d{3})?$");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12), Map.entry("mär", 3), Map.entry("mai", 5), Map.entry("okt", 10),
            Map.entry("dez", 12), Map.entry("jän", 1), Map.entry("janv", 1), Map.entry("févr", 2), Map.entry("mars", 3),
            Map.entry("avr", 4), Map.entry("juin", 6), Map.entry("juil", 7), Map.entry("août", 8), Map.entry("déc", 12),
            Map.entry("sept", 9), Map.entry("juli", 7), Map.entry("juni", 6), Map.entry("fév", 2),
            // Italian, Spanish, Portuguese and Dutch month names that differ in their first letters
            Map.entry("gen", 1), Map.entry("giu", 6), Map.entry("lug", 7), Map.entry("ago", 8), Map.entry("set", 9),
            Map.entry("ott", 10), Map.entry("dic", 12), Map.entry("ene", 1), Map.entry("abr", 4), Map.entry("fev", 2),
            Map.entry("out", 10), Map.entry("maa", 3), Map.entry("mei", 5), Map.entry("mag", 5));

    private static final Pattern W3C_DAY = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final Pattern W3C_LOCAL = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?");
    private static final Pattern W3C_NO_SECONDS = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2})([+-]\\d{2}:\\d{2}|Z)");

    /**
     * RFC 3339 and the W3C subsets feeds and sitemaps allow (2024, 2024-05, 2024-05-01, with or
     * without time, fractional seconds kept); null for anything else. Strict on purpose, unlike
     * {@link #parse}: a feed's date is exact or it is dropped, never found inside other text.
     */
    public static OffsetDateTime parseW3c(String s) {
        if (s == null || s.isBlank()) return null;
        String v = s.strip();
        try {
            if (W3C_DAY.matcher(v).matches()) {
                String[] p = v.split("-");
                return LocalDate.of(Integer.parseInt(p[0]), p.length > 1 ? Integer.parseInt(p[1]) : 1,
                        p.length > 2 ? Integer.parseInt(p[2]) : 1).atStartOfDay().atOffset(ZoneOffset.UTC);
            }
            if (W3C_LOCAL.matcher(v).matches()) return LocalDateTime.parse(v).atOffset(ZoneOffset.UTC);
            Matcher m = W3C_NO_SECONDS.matcher(v);
            if (m.matches()) return OffsetDateTime.parse(m.group(1) + ":00" + m.group(2));
            return OffsetDateTime.parse(v);
        } catch (java.time.DateTimeException e) {
            return null; // an unreadable date is dropped, not fatal
        }
    }

    /** Parses a machine-readable date (ISO 8601 and close relatives, epoch seconds). */
    static OffsetDateTime parse(String s) {
        if (s == null) return null;
        s = s.trim();
        if (s.isEmpty() || s.length() > 200) return null;
        try {
            Matcher m = ISO.matcher(s);
            if (m.find()) {
                int y = Integer.parseInt(m.group(1)), mo = Integer.parseInt(m.group(2)), d = Integer.parseInt(m.group(3));
                int h = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
                int mi = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
                int se = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
                return OffsetDateTime.of(LocalDateTime.of(y, mo, d, h, mi, se), zone(m.group(7)));
            }
            m = RFC1123.matcher(s);
            if (m.find() && month(m.group(2)) != null) {
                LocalDateTime t = LocalDateTime.of(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)),
                        Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
                return OffsetDateTime.of(t, zone(m.group(7)));
            }
            if (EPOCH.matcher(s).matches()) {
                long v = Long.parseLong(s);
                if (s.length() == 13) v /= 1000;
                return OffsetDateTime.ofInstant(java.time.Instant.ofEpochSecond(v), ZoneOffset.UTC);
            }
            m = SLASH_YMD.matcher(s);
            if (m.find()) return ymd(m.group(1), m.group(2), m.group(3));
            m = COMPACT.matcher(s);
            if (m.find() && s.length() <= 16) return ymd(m.group(1), m.group(2), m.group(3));
            return parseText(s);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Parses a human-written date ("17 May 2024", "May 17, 2024", "17.05.2024", "17. Mai 2024"). */
    static OffsetDateTime parseText(String s) {
        if (s == null || s.length() > 400) return null;
        s = spaces(s);
        try {
            Matcher m = DMY.matcher(s);
            if (m.find()) return ymd(m.group(3), m.group(2), m.group(1));
            m = TEXT_DMY.matcher(s);
            while (m.find()) {
                Integer mo = month(m.group(2));
                if (mo != null) return ymd(m.group(3), String.valueOf(mo), m.group(1));
            }
            m = TEXT_MDY.matcher(s);
            while (m.find()) {
                Integer mo = month(m.group(1));
                if (mo != null) return ymd(m.group(3), String.valueOf(mo), m.group(2));
            }
            m = ISO.matcher(s);
            if (m.find()) return parse(m.group());
            m = MDY_SLASH.matcher(s);
            if (m.find()) return ymd(m.group(3), m.group(1), m.group(2));
            m = DMY_SHORT.matcher(s);
            if (m.find()) return ymd("20" + m.group(3), m.group(2), m.group(1));
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }

    /** Thin, narrow and no-break spaces (common between day, month and year) become plain spaces. */
    /** Runs of whitespace, compiled once (String.replaceAll compiles its pattern on every call). */
    static final Pattern WHITESPACE = Pattern.compile("\\s+");

    static String spaces(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u00a0' || c == '\u2009' || c == '\u202f' || c == '\u2007' || c == '\u200a') {
                return s.replace('\u00a0', ' ').replace('\u2009', ' ').replace('\u202f', ' ').replace('\u2007', ' ')
                        .replace('\u200a', ' ');
            }
        }
        return s;
    }

    /**
     * A date-only value stored as local midnight in a European CMS and written in UTC shows as
     * 22:00 or 23:00 of the previous day ("2022-11-06T23:00:00Z" for 7 November in Berlin):
     * read such an exact hour as the next day's midnight at UTC+1/+2.
     */
    static OffsetDateTime localMidnight(OffsetDateTime d) {
        if (d == null || !d.getOffset().equals(ZoneOffset.UTC) || d.getMinute() != 0 || d.getSecond() != 0 || d.getNano() != 0) return d;
        if (d.getHour() == 23) return d.withOffsetSameInstant(ZoneOffset.ofHours(1));
        if (d.getHour() == 22) return d.withOffsetSameInstant(ZoneOffset.ofHours(2));
        return d;
    }

    /** The date in a URL path such as /2024/05/17/ or /20240517/. */
    static OffsetDateTime fromUrl(String url) {
        if (url == null) return null;
        try {
            Matcher m = URL_DATE.matcher(url);
            if (m.find()) return ymd(m.group(1), m.group(2), m.group(3));
            m = URL_COMPACT.matcher(url);
            if (m.find()) return ymd(m.group(1), m.group(2), m.group(3));
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }

    private static Integer month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.length() >= 3) {
            Integer v = MONTHS.get(n.length() > 4 ? n.substring(0, 4) : n);
            if (v == null) v = MONTHS.get(n.substring(0, 3));
            if (v != null && n.startsWith("ma") && n.length() >= 3 && n.charAt(2) == 'r') v = 3;
            return v;
        }
        return null;
    }

    private static OffsetDateTime ymd(String y, String m, String d) {
        int yy = Integer.parseInt(y), mm = Integer.parseInt(m), dd = Integer.parseInt(d);
        if (yy < 1990 || yy > 2100) return null;
        LocalDate date = LocalDate.of(yy, mm, dd);
        return date.atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    private static ZoneOffset zone(String z) {
        if (z == null || z.equals("Z") || z.equals("UTC") || z.equals("GMT")) return ZoneOffset.UTC;
        String t = z.replace(":", "");
        if (t.length() == 3) t = t + "00";
        int sign = t.charAt(0) == '-' ? -1 : 1;
        int h = Integer.parseInt(t.substring(1, 3)), mi = Integer.parseInt(t.substring(3, 5));
        return ZoneOffset.ofHoursMinutes(sign * h, sign * mi);
    }
}
