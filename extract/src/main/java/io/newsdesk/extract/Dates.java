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
 * The one date parser, for pages, feeds and sitemaps alike. One grammar per form (ISO 8601 and its
 * RFC 3339 / W3C subsets, RFC 1123, epoch seconds, the human-written forms); what differs between
 * callers is only {@link Reading where} the date is looked for. A date names a day at least: "2024"
 * or "2024-05" is not a publication time. Fractional seconds are kept. (docs/decisions.md, "One date parser")
 */
public final class Dates {
    private Dates() {}

    /** Where a date is looked for. */
    public enum Reading {
        /**
         * The whole value is one machine-written date (a feed's or sitemap's date field): ISO 8601 or
         * RFC 1123, nothing around it; anything else is null, never a date found inside other text.
         */
        WHOLE_VALUE,
        /** A page's metadata or text: the first date in it, in any machine or human-written form. */
        IN_TEXT
    }

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[Tt ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d+))?)?\\s*(Z|z|[+-]\\d{2}:?\\d{2}|[+-]\\d{2}\\b|UTC|GMT)?)?");
    private static final Pattern COMPACT = Pattern.compile("\\b(20\\d{2}|19\\d{2})(\\d{2})(\\d{2})(?:T?(\\d{2})(\\d{2})(\\d{2})?)?\\b");
    private static final Pattern SLASH_YMD = Pattern.compile("\\b(\\d{4})/(\\d{1,2})/(\\d{1,2})\\b");
    private static final Pattern DMY = Pattern.compile("\\b(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})\\b");
    // a short dotted date with a two-digit year, "23.09.22": read as this century, after every other form
    private static final Pattern DMY_SHORT = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{2})(?![\\d.])");
    // "14 Gennaio 20": a month's name with a two-digit year (not a time, "14. Januar 20:15", nor a number running on)
    private static final Pattern TEXT_DMY_SHORT = Pattern.compile("\\b(\\d{1,2})\\.?\\s+(\\p{L}{3,10})\\.?,?\\s+(\\d{2})(?![\\d:.,]|\\s*(?:Uhr|h\\b))");
    private static final Pattern MDY_SLASH = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b");
    private static final Pattern TEXT_DMY = Pattern.compile("\\b(\\d{1,2})\\.?\\s+(?:de\\s+)?(\\p{L}{3,10})\\.?,?\\s+(?:de\\s+)?(\\d{4})\\b");
    private static final Pattern TEXT_MDY = Pattern.compile("\\b([A-Za-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|-|\\b)");
    private static final Pattern URL_COMPACT = Pattern.compile("[/_-]((?:19|20)\\d{2})(\\d{2})(\\d{2})[/_.-]");
    // RFC 1123 and the RFC 822 it revises, as RSS and HTTP write it: "Wed, 04 May 2022 02:41:00 GMT",
    // "4 May 22 02:41 EDT" (a two-digit year, a North American zone name)
    private static final Pattern RFC1123 = Pattern.compile(
            "^(?:[A-Za-z]{3,9},?\\s+)?(\\d{1,2})\\s+([A-Za-z]{3,9})\\s+(\\d{4}|\\d{2})\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*"
                    + "(GMT|UTC|UT|Z|[ECMP][SD]T|[+-]\\d{2}:?\\d{2})\\b");
    private static final Map<String, Integer> ZONE_NAMES = Map.of("EST", -5, "EDT", -4, "CST", -6, "CDT", -5, "MST", -7,
            "MDT", -6, "PST", -8, "PDT", -7);
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

    /** The date in {@code s} read as {@code reading} says, or null. */
    public static OffsetDateTime parse(String s, Reading reading) {
        if (s == null) return null;
        s = s.strip();
        if (s.isEmpty() || s.length() > 200) return null;
        try {
            Matcher m = ISO.matcher(s);
            if (reading == Reading.WHOLE_VALUE ? m.matches() : m.find()) return iso(m);
            m = RFC1123.matcher(s);
            if ((reading == Reading.WHOLE_VALUE ? m.matches() : m.find()) && month(m.group(2)) != null) {
                LocalDateTime t = LocalDateTime.of(fullYear(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)),
                        Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
                return OffsetDateTime.of(t, zone(m.group(7)));
            }
            if (reading == Reading.WHOLE_VALUE) return null;
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
            return null; // an unreadable date is dropped, not fatal
        }
    }

    private static OffsetDateTime iso(Matcher m) {
        int y = Integer.parseInt(m.group(1)), mo = Integer.parseInt(m.group(2)), d = Integer.parseInt(m.group(3));
        int h = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
        int mi = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
        int se = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
        return OffsetDateTime.of(LocalDateTime.of(y, mo, d, h, mi, se, nanos(m.group(7))), zone(m.group(8)));
    }

    /** ".25" is 250 ms; digits past nanoseconds are dropped. */
    private static int nanos(String fraction) {
        if (fraction == null) return 0;
        String f = fraction.length() > 9 ? fraction.substring(0, 9) : fraction;
        return Integer.parseInt(f) * (int) Math.pow(10, 9 - f.length());
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
            if (m.find()) return iso(m);
            m = MDY_SLASH.matcher(s);
            if (m.find()) return ymd(m.group(3), m.group(1), m.group(2));
            m = DMY_SHORT.matcher(s);
            if (m.find()) return ymd("20" + m.group(3), m.group(2), m.group(1));
            m = TEXT_DMY_SHORT.matcher(s);
            while (m.find()) {
                Integer mo = month(m.group(2));
                if (mo != null) return ymd("20" + m.group(3), String.valueOf(mo), m.group(1));
            }
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

    /** RFC 2822's reading of a two-digit year: 00-49 is 2000-2049, 50-99 is 1950-1999. */
    private static int fullYear(String y) {
        int v = Integer.parseInt(y);
        return y.length() > 2 ? v : v < 50 ? 2000 + v : 1900 + v;
    }

    private static ZoneOffset zone(String z) {
        if (z == null || z.equalsIgnoreCase("Z") || z.equals("UTC") || z.equals("GMT") || z.equals("UT")) return ZoneOffset.UTC;
        if (ZONE_NAMES.containsKey(z)) return ZoneOffset.ofHours(ZONE_NAMES.get(z));
        String t = z.replace(":", "");
        if (t.length() == 3) t = t + "00";
        int sign = t.charAt(0) == '-' ? -1 : 1;
        int h = Integer.parseInt(t.substring(1, 3)), mi = Integer.parseInt(t.substring(3, 5));
        return ZoneOffset.ofHoursMinutes(sign * h, sign * mi);
    }
}
