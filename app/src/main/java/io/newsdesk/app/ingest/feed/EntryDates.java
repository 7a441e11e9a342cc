package io.newsdesk.app.ingest.feed;

import io.newsdesk.extract.Dates;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The published and updated dates of RSS and Atom entries, read from the feed's DOM with {@link Dates}, the one
 * date parser, and not with Rome's own: a feed's dates then read exactly as a JSON Feed's, a sitemap's and a
 * page's. Which element means what follows Rome (and the formats): published is Atom's {@code published}
 * (0.3: {@code issued}), RSS's {@code pubDate}, else {@code dc:date}; updated is Atom's {@code updated} (0.3:
 * {@code modified}). Times are kept in UTC, as they were when Rome read them, so entry hashes do not change.
 */
record EntryDates(OffsetDateTime published, OffsetDateTime updated) {
    private static final String DC_NS = "http://purl.org/dc/elements/1.1/";
    private static final EntryDates NONE = new EntryDates(null, null);

    /**
     * One per entry, in document order, where Rome finds them: an {@code <rss>}'s {@code item}s in its
     * {@code channel}, RSS 1.0's {@code item}s and Atom's {@code entry}s under the root.
     */
    static List<EntryDates> of(org.w3c.dom.Document doc) {
        List<EntryDates> out = new ArrayList<>();
        Element root = doc.getDocumentElement();
        boolean rss = "rss".equals(root.getLocalName());
        for (Node c = root.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (!(c instanceof Element e)) continue;
            if (rss && "channel".equals(e.getLocalName())) {
                for (Node i = e.getFirstChild(); i != null; i = i.getNextSibling()) {
                    if (i instanceof Element item && "item".equals(item.getLocalName())) out.add(read(item));
                }
            } else if (!rss && ("item".equals(e.getLocalName()) || "entry".equals(e.getLocalName()))) {
                out.add(read(e));
            }
        }
        return out;
    }

    /** The dates of entry {@code n} (0-based), none when the DOM has fewer entries than Rome read. */
    static EntryDates at(List<EntryDates> all, int n) {
        return n < all.size() ? all.get(n) : NONE;
    }

    private static EntryDates read(Element entry) {
        OffsetDateTime published = first(entry, "published", "issued", "pubDate");
        if (published == null) published = date(child(entry, DC_NS, "date"));
        return new EntryDates(published, first(entry, "updated", "modified"));
    }

    private static OffsetDateTime first(Element entry, String... names) {
        for (String name : names) {
            Element e = child(entry, null, name);
            if (e != null) return date(e);
        }
        return null;
    }

    private static OffsetDateTime date(Element e) {
        OffsetDateTime t = e == null ? null : Dates.parse(e.getTextContent(), Dates.Reading.WHOLE_VALUE);
        return t == null ? null : t.withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** The first child named {@code local}: in namespace {@code ns}, or (null) in any but Dublin Core's. */
    private static Element child(Element parent, String ns, String local) {
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && local.equals(e.getLocalName())
                    && (ns == null ? !DC_NS.equals(e.getNamespaceURI()) : ns.equals(e.getNamespaceURI()))) {
                return e;
            }
        }
        return null;
    }
}
