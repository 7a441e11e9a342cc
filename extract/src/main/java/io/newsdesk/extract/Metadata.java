package io.newsdesk.extract;

import java.time.OffsetDateTime;
import java.util.List;
import org.jsoup.nodes.Document;

/**
 * Page metadata, one unit per field: {@link SiteName}, {@link Title}, {@link Authors},
 * {@link PublicationDates}, {@link CanonicalUrl}, {@link Language}, {@link MetaImage} and
 * {@link Topics}. Each unit reads the same single pass over the page ({@link PageScan}, with its
 * {@link JsonLd}) and keeps its order of sources as a list: in general JSON-LD first, then microdata,
 * OpenGraph and article:* meta, other meta (twitter:*, dc.*, parsely-*, sailthru.*, citation_*),
 * then what the page shows readers ({@code <h1>}, {@code <time>}, bylines, the URL's date).
 *
 * @param image the lead image the metadata names ({@link MetaImage#NONE} when none)
 */
record Metadata(String title, List<String> authors, OffsetDateTime published, OffsetDateTime modified, String siteName,
        String canonicalUrl, String language, MetaImage image, List<String> tags, String section) {

    /**
     * Reads the metadata; best effort, never throws. The units run in a fixed order and a unit that
     * fails ends the reading: what was found before is kept and the rest stays empty. The only
     * failure known is {@link Language#firstTag} on a language value of separators only (","): the
     * value is then kept as written and the lead image, tags and section stay empty.
     */
    static Metadata of(Document doc, String url) {
        String siteName = null, title = null, canonicalUrl = null, language = null;
        List<String> authors = List.of();
        PublicationDates dates = PublicationDates.NONE;
        MetaImage image = MetaImage.NONE;
        Topics topics = Topics.NONE;
        try {
            PageScan page = PageScan.of(doc, url);
            siteName = SiteName.declared(page);
            Headlines headlines = Headlines.of(page.h1s(), siteName);
            siteName = SiteName.of(siteName, headlines);
            title = Title.of(page, headlines, siteName);
            authors = Authors.of(page, siteName, headlines.first());
            dates = PublicationDates.of(page, headlines.first());
            canonicalUrl = CanonicalUrl.of(page);
            language = Language.declared(page);
            language = Language.firstTag(language);
            image = MetaImage.of(page);
            topics = Topics.of(page);
        } catch (RuntimeException e) {
            // metadata is best effort: whatever was found before the error is kept
        }
        return new Metadata(title, authors, dates.published(), dates.modified(), siteName, canonicalUrl, language, image,
                topics.tags(), topics.section());
    }

    /** The first non-blank value, trimmed; else null. */
    static String first(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v.trim();
        return null;
    }

    /** The text with its runs of whitespace (no-break and thin spaces too) as single spaces, trimmed; null when empty. */
    static String clean(String s) {
        if (s == null) return null;
        String c = Dates.WHITESPACE.matcher(Dates.spaces(s)).replaceAll(" ").trim();
        return c.isEmpty() ? null : c;
    }
}
