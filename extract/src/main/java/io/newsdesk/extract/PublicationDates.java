package io.newsdesk.extract;

import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Element;

/**
 * When the article was published and last modified. Machine-readable dates (JSON-LD, microdata,
 * meta tags) are the most reliable; a page without them still shows its date to readers in the URL,
 * next to a "published on" label, in {@code <time>} elements or in a dateline by the headline, so
 * those are tried next, in that order. A date-only value read as UTC midnight, and a UTC time the
 * page also shows in local time, take the page's offset: the day readers saw is the local one.
 *
 * @param published null when the page shows none
 * @param modified from machine-readable dates only, null when none
 */
record PublicationDates(OffsetDateTime published, OffsetDateTime modified) {
    static final PublicationDates NONE = new PublicationDates(null, null);

    // meta tags giving the publication date, best first
    private static final List<String> PUBLISHED_META = List.of("datepublished", "article:published_time",
            "og:published_time", "article:published", "published_time", "pubdate", "publishdate", "publish-date",
            "publication_date", "date", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.date", "dcterms.issued",
            "parsely-pub-date", "sailthru.date", "citation_publication_date", "citation_date", "article.published",
            "date.available");
    // meta tags that name a date without saying which: a "published on" line shown to readers says more
    private static final java.util.Set<String> GENERIC_META = java.util.Set.of("date", "dc.date", "dcterms.date");
    // meta tags giving the modification date, best first
    private static final List<String> MODIFIED_META = List.of("datemodified", "article:modified_time", "og:updated_time",
            "article:modified", "dcterms.modified", "last-modified");
    // a <time> whose class says it dates the article
    private static final Pattern DATE_CLASS = Pattern.compile("(?i)date|time|publish|datum|posted|meta|byline");
    /** Nodes the scans of visible text look at: bounds the time spent on giant pages. */
    private static final int MAX_NODES = 20_000;

    /** {@code headline} is the page's headline {@code <h1>} ({@link Headlines#first}), or null. */
    static PublicationDates of(PageScan page, Element headline) {
        JsonLd ld = page.ld();
        // where the publication date comes from, best first; each is read only when those before found none
        List<Supplier<OffsetDateTime>> publishedSources = List.of(
                () -> firstDate(Stream.concat(Stream.of(ld.string("datePublished"), ld.string("dateCreated"),
                        attrDate(page.itemprop("datepublished"))),
                        PUBLISHED_META.stream().filter(k -> !GENERIC_META.contains(k)).map(page::meta))),
                () -> Dates.fromUrl(page.url()),
                () -> VisibleDates.labelled(page.doc().body(), MAX_NODES),
                () -> markedTime(page.times()),
                () -> firstDate(GENERIC_META.stream().map(page::meta)),
                () -> anyTime(page.times()),
                () -> VisibleDates.nearHeadline(headline, page.doc().body(), MAX_NODES),
                () -> dateHintText(page.dateHints()),
                () -> datedHeading(page.headings()));
        OffsetDateTime published = null;
        for (Supplier<OffsetDateTime> source : publishedSources) {
            published = source.get();
            if (published != null) break;
        }
        published = localOffset(Dates.localMidnight(published), page.times(), headline, page.doc().body());
        OffsetDateTime modified = firstDate(Stream.concat(Stream.of(ld.string("dateModified"),
                attrDate(page.itemprop("datemodified"))), MODIFIED_META.stream().map(page::meta)));
        // a page dated only by its last change: that day is the best the page tells
        if (published == null) published = modified != null ? modified : VisibleDates.lastChanged(page.doc().body(), MAX_NODES);
        return new PublicationDates(shownDay(published, modified, page, headline), modified);
    }

    /**
     * The day readers are shown: when the date line by the headline gives the modification day and not the
     * publication day, the page presents the article as of that day (a press release dated when it was
     * released, after drafts), and two sources agree on it. Only the day changes; null stays null.
     */
    private static OffsetDateTime shownDay(OffsetDateTime published, OffsetDateTime modified, PageScan page, Element headline) {
        if (published == null || modified == null || headline == null) return published;
        java.time.LocalDate pub = published.toLocalDate(), mod = modified.toLocalDate();
        if (!mod.isAfter(pub)) return published;
        OffsetDateTime shown = VisibleDates.nearHeadline(headline, page.doc().body(), MAX_NODES);
        if (shown == null || !shown.toLocalDate().equals(mod)) return published;
        return modified;
    }

    /** The date line under a heading that has one ({@link DatedHeading}): a news item laid out without metadata. */
    private static OffsetDateTime datedHeading(List<Element> headings) {
        DatedHeading dated = DatedHeading.first(headings);
        return dated == null ? null : dated.date();
    }

    private static OffsetDateTime firstDate(Stream<String> values) {
        return values.map(v -> Dates.parse(v, Dates.Reading.IN_TEXT)).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static String attrDate(Element e) {
        if (e == null) return null;
        for (String a : new String[] {"content", "datetime", "value"}) if (e.hasAttr(a)) return e.attr(a);
        return e.text();
    }

    /** A {@code <time>} marked as the article's (pubdate, inside the {@code <article>}, a date class). */
    private static OffsetDateTime markedTime(List<Element> times) {
        for (Element tm : times) {
            if (tm.hasAttr("pubdate") || tm.closest("article") != null || DATE_CLASS.matcher(tm.className()).find()) {
                OffsetDateTime d = Dates.parse(tm.attr("datetime"), Dates.Reading.IN_TEXT);
                if (d == null) d = Dates.parseText(tm.text());
                if (d != null) return d;
            }
        }
        return null;
    }

    private static OffsetDateTime anyTime(List<Element> times) {
        for (Element tm : times) {
            OffsetDateTime d = Dates.parse(tm.attr("datetime"), Dates.Reading.IN_TEXT);
            if (d != null) return d;
        }
        return null;
    }

    /**
     * A date in the short text of an element whose class, id or rel names a date or a byline, or in
     * its machine-readable attribute (the microformat's {@code <abbr class="published" title="2013-04-04T18:52">}).
     */
    private static OffsetDateTime dateHintText(List<Element> dateHints) {
        for (Element e : dateHints) {
            String tx = e.text();
            OffsetDateTime d = tx.length() < 200 ? Dates.parseText(tx) : null;
            if (d == null && e.hasAttr("title")) d = Dates.parse(e.attr("title"), Dates.Reading.IN_TEXT);
            if (d != null) return d;
        }
        return null;
    }

    /**
     * A UTC publication time whose instant a {@code <time datetime>} of the page repeats with the
     * site's own offset takes that offset: the day readers saw is the local one. Without one, a
     * date-time written on the page in local time gives the offset (a UTC time of day only: a
     * date-only value has no instant to compare).
     */
    private static OffsetDateTime localOffset(OffsetDateTime d, List<Element> times, Element h1, Element body) {
        if (d == null || !d.getOffset().equals(ZoneOffset.UTC)) return d;
        for (Element tm : times) {
            OffsetDateTime t = Dates.parse(tm.attr("datetime"), Dates.Reading.IN_TEXT);
            if (t != null && !t.getOffset().equals(ZoneOffset.UTC) && t.toInstant().equals(d.toInstant()))
                return t;
        }
        if (d.toLocalTime().equals(LocalTime.MIDNIGHT)) return d;
        OffsetDateTime shown = VisibleDates.localTime(d, h1, body, 5_000);
        return shown != null ? shown : d;
    }
}
