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

    // "Published on 16.08.2019", "Veröffentlicht am …", "Publié le …": the page names the date it was published
    private static final Pattern LABEL = Pattern.compile(
            "(?iu)\\b(?:published(?: on)?|posted(?: on)?|veröffentlicht(?: am)?|erschienen(?: am)?|publié le|mis en ligne le|mise en ligne|publicado(?: el| em)?|pubblicato(?: il)?|gepubliceerd(?: op)?)\\s*:?\\s*");

    /** The first date after a "published on" label in a short text node of the subtree. */
    static OffsetDateTime labelled(Element root, int maxNodes) {
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
                        Matcher m = LABEL.matcher(s);
                        if (m.find()) {
                            // the date may follow in the same text node or in the next element ("Published on <time>…")
                            String rest = s.substring(m.end());
                            Node next = t.nextSibling();
                            if (next instanceof Element ne && ne.text().length() < MAX_LINE) rest = rest + " " + ne.text();
                            // a label in an element of its own ("<dt>Published</dt><dd>23 May 2019</dd>")
                            Element labelEl = t.parent();
                            if (rest.isBlank() && labelEl != null && labelEl.nextElementSibling() != null
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
                if (node instanceof Element e && (e.normalName().equals("script") || e.normalName().equals("style"))) return FilterResult.SKIP_ENTIRELY;
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
}
