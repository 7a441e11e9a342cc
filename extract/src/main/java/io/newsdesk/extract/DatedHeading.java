package io.newsdesk.extract;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A heading with a date line right under it: the layout of a news item ("Headline", then "01.02.2022
 * Category: …"). Pages whose {@code <title>} names only their section and whose {@code <h1>}s are
 * sidebar boxes still show their article so; its heading is the headline and its date the item's.
 */
record DatedHeading(Element heading, OffsetDateTime date) {
    private static final Pattern HEADING = Pattern.compile("h[1-6]");
    /** Text lines looked at after the heading: the date line is one of the first. */
    private static final int LINES = 3;
    /** A date line is short; a paragraph's dates are about something else. */
    private static final int MAX_LINE = 150;

    /**
     * The first heading (h1–h3, outside related, comment and sidebar boxes, not a logo) of three words or more
     * followed by a date line, with that date; else null.
     */
    static DatedHeading first(List<Element> headings) {
        for (Element e : headings) {
            String tx = Metadata.clean(e.text());
            if (tx == null || tx.length() > 250 || tx.split(" ").length < 3) continue;
            if (Title.insideOtherContent(e) || Headlines.linksHome(e, tx)) continue;
            OffsetDateTime date = dateAfter(e);
            if (date != null) return new DatedHeading(e, date);
        }
        return null;
    }

    /** The date in one of the first short lines after the heading, else null. */
    private static OffsetDateTime dateAfter(Element heading) {
        int lines = 0;
        for (Node n = skip(heading); n != null && lines < LINES; ) {
            if (n instanceof Element e) {
                // the next heading's date line is that heading's
                if (HEADING.matcher(e.normalName()).matches()) return null;
                n = e.normalName().equals("script") || e.normalName().equals("style") ? skip(e) : next(e);
                continue;
            }
            if (n instanceof TextNode t && !t.isBlank()) {
                lines++;
                String s = t.text().strip();
                if (s.length() > MAX_LINE) return null;
                OffsetDateTime d = Dates.parseText(s);
                if (d != null) return d;
            }
            n = next(n);
        }
        return null;
    }

    /** The node after this one in document order, past its children. */
    private static Node next(Node n) {
        if (n.childNodeSize() > 0) return n.childNode(0);
        return skip(n);
    }

    /** The node after this one and all it holds. */
    private static Node skip(Node n) {
        for (Node p = n; p != null; p = p.parent()) if (p.nextSibling() != null) return p.nextSibling();
        return null;
    }
}
