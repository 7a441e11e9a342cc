package io.newsdesk.extract;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Publication dates written for readers rather than machines: a date after a "published on"
 * label anywhere on the page, and a short date line next to the headline (a dateline or byline
 * line right under the {@code <h1>}, or a date line right above it).
 */
final class VisibleDates {
    private VisibleDates() {}

    /** Characters of text looked at after the headline and before it. */
    private static final int AFTER = 1200, BEFORE = 300;
    /** Date lines are short: long text nodes are running text whose dates are about something else. */
    private static final int MAX_LINE = 150;

    // "Published on 16.08.2019", "Veröffentlicht am …", "Publié le …", "Datum: …": the page names the date it was published
    private static final Pattern LABEL = Pattern.compile(
            "(?iu)\\b(?:published(?: on)?|posted(?: on)?|veröffentlicht(?: am)?|erschienen(?: am)?|publié le|mis en ligne le|mise en ligne|publicado(?: el| em)?|pubblicato(?: il)?|gepubliceerd(?: op)?|"
            + "(?:datum|date|fecha|data|дата)(?=\\s*:))\\s*:?\\s*");

    // "Letzte Änderung:", "Last updated", "Zuletzt aktualisiert am": the day the page was last changed
    private static final Pattern CHANGED_LABEL = Pattern.compile(
            "(?iu)\\b(?:letzte (?:änderung|aktualisierung)|zuletzt (?:geändert|aktualisiert)(?: am)?|last (?:modified|updated|changed)(?: on)?|"
            + "aktualisiert am|dernière mise à jour(?: le)?|mis à jour le|última actualización|ultimo aggiornamento)\\s*:?\\s*");

    /** The first date after a "published on" label in a short text node of the subtree. */
    static OffsetDateTime labelled(Element root, int maxNodes) {
        return labelled(root, maxNodes, LABEL);
    }

    /** The first date after a "last changed" label: for pages that give no other date. */
    static OffsetDateTime lastChanged(Element root, int maxNodes) {
        return labelled(root, maxNodes, CHANGED_LABEL);
    }

    private static OffsetDateTime labelled(Element root, int maxNodes, Pattern label) {
        if (root == null) return null;
        OffsetDateTime[] found = new OffsetDateTime[1];
        int[] seen = new int[1];
        NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (found[0] != null || ++seen[0] > maxNodes) return FilterResult.STOP;
                if (node instanceof Element e && (e.normalName().equals("script") || e.normalName().equals("style"))) return FilterResult.SKIP_ENTIRELY;
                if (node instanceof TextNode t) {
                    String s = t.getWholeText();
                    if (s.length() <= 2 * MAX_LINE) {
                        Matcher m = label.matcher(s);
                        if (m.find()) {
                            // the date may follow in the same text node or in the next element ("Published on <time>…")
                            String rest = s.substring(m.end());
                            Node next = t.nextSibling();
                            if (next instanceof Element ne && ne.text().length() < MAX_LINE) rest = rest + " " + ne.text();
                            // a label in an element of its own ("<dt>Published</dt><dd>23 May 2019</dd>")
                            Element labelEl = t.parent();
                            if (rest.isBlank() && labelEl != null && labelEl.nextSibling() instanceof TextNode after && !after.isBlank())
                                rest = after.text(); // "<span>Datum:</span> 26. Januar 2022"
                            else if (rest.isBlank() && labelEl != null && labelEl.nextElementSibling() != null
                                    && labelEl.nextElementSibling().text().length() < MAX_LINE)
                                rest = labelEl.nextElementSibling().text();
                            found[0] = Dates.parseText(rest.length() > MAX_LINE ? rest.substring(0, MAX_LINE) : rest);
                        }
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        return found[0];
    }

    /** A date in a short line just after the headline, else just before it. */
    static OffsetDateTime nearHeadline(Element h1, Element body, int maxNodes) {
        if (h1 == null || body == null) return null;
        java.util.ArrayDeque<String> before = new java.util.ArrayDeque<>();
        List<String> after = new ArrayList<>();
        int[] state = {0, 0, 0}; // 0: before the headline, 1: in or after it; chars after; nodes seen
        NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (++state[2] > maxNodes) return FilterResult.STOP;
                if (node == h1) state[0] = 1;
                if (node instanceof Element e && (e.normalName().equals("script") || e.normalName().equals("style") || hidden(e)))
                    return FilterResult.SKIP_ENTIRELY;
                if (node instanceof TextNode t) {
                    String s = t.getWholeText().strip();
                    if (s.isEmpty()) return FilterResult.CONTINUE;
                    if (state[0] == 0) {
                        before.addLast(s);
                        if (before.size() > 20) before.pollFirst(); // only the lines right above the headline count
                    } else {
                        after.add(s);
                        state[1] += s.length();
                        if (state[1] > AFTER) return FilterResult.STOP;
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, body);
        for (String s : after) {
            if (s.length() > MAX_LINE) continue;
            OffsetDateTime d = Dates.parseText(s);
            if (d != null) return d;
        }
        int chars = 0;
        for (var it = before.descendingIterator(); it.hasNext() && chars < BEFORE; ) {
            String s = it.next();
            chars += s.length();
            if (s.length() > MAX_LINE) continue;
            OffsetDateTime d = Dates.parseText(s);
            if (d != null) return d;
        }
        return null;
    }

    // class names that hide an element from everyone (not "sr-only": screen readers read that)
    private static final Pattern HIDDEN_CLASS = Pattern.compile("(?i)(?:^|\\s)(?:hidden|d-none|is-hidden|hide)(?:\\s|$)");
    private static final Pattern DISPLAY_NONE = Pattern.compile("(?i)display\\s*:\\s*none");

    /** The element is not shown: a date line readers never see (a machine copy of the dates) is no date line. */
    private static boolean hidden(Element e) {
        return e.hasAttr("hidden") || HIDDEN_CLASS.matcher(e.className()).find() || DISPLAY_NONE.matcher(e.attr("style")).find();
    }

    // a time of day in a date line: "22:41", "10:41 pm", "22h41"
    private static final Pattern CLOCK = Pattern.compile("(?i)(?<![\\d:])([01]?\\d|2[0-3])(?::|h)([0-5]\\d)(?![\\d:])(?:\\s*([ap])\\.?m\\b\\.?)?");
    // a numeric date whose day and month order the page's locale decides: "3/5/2022", "03-05-2022"
    private static final Pattern NUMERIC_DATE = Pattern.compile("(?<!\\d)(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})(?!\\d)");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
    /** No offset in use is more than 14 hours from UTC. */
    private static final int MAX_OFFSET_MINUTES = 14 * 60;
    /**
     * The offsets in use that are not whole hours (India, Nepal, Iran, Afghanistan, Myanmar, central and
     * western Australia, the Chathams, Newfoundland, the Marquesas): any other quarter hour is a different
     * time on the page (an update, an event), not the publication time in local time.
     */
    private static final java.util.Set<Integer> FRACTIONAL_OFFSETS = java.util.Set.of(
            -570, -210, -150, 210, 270, 330, 345, 390, 525, 570, 630, 765, 825);

    /**
     * The page's offset read from a date-time shown to readers: a publication time given in UTC
     * is shown in the site's local time ("3/5/2022 22:41" for 2022-05-04T02:41Z), and the local
     * date is the one the page was published on. Lines after the headline are read first. Returns
     * the same instant at the offset of the first short line whose date and time differ from the
     * UTC ones by a possible offset, else null.
     */
    static OffsetDateTime localTime(OffsetDateTime utc, Element h1, Element body, int maxNodes) {
        if (utc == null || body == null) return null;
        java.time.LocalDateTime shown = utc.toLocalDateTime().truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        List<String> before = new ArrayList<>();
        OffsetDateTime[] found = new OffsetDateTime[1];
        int[] seen = {0};
        boolean[] past = {h1 == null};
        NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (++seen[0] > maxNodes) return FilterResult.STOP;
                if (node == h1) past[0] = true;
                if (node instanceof Element e && (e.normalName().equals("script") || e.normalName().equals("style"))) return FilterResult.SKIP_ENTIRELY;
                if (node instanceof TextNode t) {
                    String s = t.getWholeText();
                    if (s.length() > 2 * MAX_LINE || !hasDigit(s)) return FilterResult.CONTINUE;
                    s = s.strip();
                    if (s.length() < 4 || s.length() > MAX_LINE) return FilterResult.CONTINUE;
                    // a date and its time are often in elements of their own within one short line
                    if (!CLOCK.matcher(s).find()) {
                        if (!YEAR.matcher(s).find()) return FilterResult.CONTINUE;
                        s = null;
                        Element p = t.parent();
                        for (int up = 0; up < 2 && p != null && s == null; up++, p = p.parent()) {
                            String line = shortText(p);
                            if (line == null) break;
                            if (CLOCK.matcher(line).find()) s = line;
                        }
                        if (s == null) return FilterResult.CONTINUE;
                    }
                    if (!past[0]) before.add(s);
                    else if ((found[0] = offsetFrom(s, utc, shown)) != null) return FilterResult.STOP;
                }
                return FilterResult.CONTINUE;
            }
        }, body);
        for (int i = 0; i < before.size() && found[0] == null; i++) found[0] = offsetFrom(before.get(i), utc, shown);
        return found[0];
    }

    /** The UTC instant at the offset by which the line's date and time differ from it, else null. */
    private static OffsetDateTime offsetFrom(String line, OffsetDateTime utc, java.time.LocalDateTime shown) {
        Matcher c = CLOCK.matcher(line);
        if (!c.find()) return null;
        int h = Integer.parseInt(c.group(1)), mi = Integer.parseInt(c.group(2));
        if (c.group(3) != null) {
            if (h == 0 || h > 12) return null;
            h = h % 12 + (Character.toLowerCase(c.group(3).charAt(0)) == 'p' ? 12 : 0);
        }
        for (java.time.LocalDate d : datesIn(line)) {
            long diff = java.time.Duration.between(shown, d.atTime(h, mi)).toMinutes();
            if (Math.abs(diff) <= MAX_OFFSET_MINUTES && (diff % 60 == 0 || FRACTIONAL_OFFSETS.contains((int) diff)))
                return utc.withOffsetSameInstant(java.time.ZoneOffset.ofTotalSeconds((int) diff * 60));
        }
        return null;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= '0' && s.charAt(i) <= '9') return true;
        return false;
    }

    /** The element's text when it is a short line, else null (without building the text of a large element). */
    private static String shortText(Element e) {
        int[] len = {0};
        NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) len[0] += t.getWholeText().length();
                return len[0] > 2 * MAX_LINE ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        }, e);
        if (len[0] > 2 * MAX_LINE) return null;
        String line = e.text();
        return line.length() <= MAX_LINE ? line : null;
    }

    /** The dates a line can mean: both day/month orders of an ambiguous numeric date, and what {@link Dates#parseText} reads. */
    private static List<java.time.LocalDate> datesIn(String s) {
        List<java.time.LocalDate> out = new ArrayList<>();
        Matcher m = NUMERIC_DATE.matcher(s);
        if (m.find()) {
            int a = Integer.parseInt(m.group(1)), b = Integer.parseInt(m.group(3)), y = Integer.parseInt(m.group(4));
            addDate(out, y, b, a);
            if (!m.group(2).equals(".")) addDate(out, y, a, b); // dotted dates are day first
        }
        OffsetDateTime d = Dates.parseText(s);
        if (d != null && !out.contains(d.toLocalDate())) out.add(d.toLocalDate());
        return out;
    }

    private static void addDate(List<java.time.LocalDate> out, int y, int m, int d) {
        if (y >= 1990 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= java.time.YearMonth.of(y, m).lengthOfMonth())
            out.add(java.time.LocalDate.of(y, m, d));
    }
}
