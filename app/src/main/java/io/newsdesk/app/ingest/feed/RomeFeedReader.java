package io.newsdesk.app.ingest.feed;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.SyndFeedInput;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.w3c.dom.Document;

/**
 * RSS 0.9x/1.0/2.0 and Atom through Rome. Rome never sees bytes or a reader: it gets a DOM that
 * {@link SecureXml} built, so Rome's own parser settings cannot matter for safety.
 */
final class RomeFeedReader {
    private static final String MEDIA_NS = "http://search.yahoo.com/mrss/";

    private RomeFeedReader() {
    }

    static ParsedFeed read(String text, String url, List<String> warnings) throws FeedException {
        Document doc;
        try {
            doc = SecureXml.parse(text, warnings);
        } catch (FeedException e) {
            if (e.line() < 0) {
                throw e; // refused for safety, not malformed: never try to recover
            }
            doc = EntrySalvage.salvage(text, warnings);
            if (doc == null) {
                throw e;
            }
            warnings.add("feed is malformed, kept the entries that parse: " + e.getMessage());
        }
        String rootLang = doc.getDocumentElement().getAttributeNS(XmlBase.XML_NS, "lang");
        XmlBase.absolutize(doc, url);
        SyndFeed feed;
        try {
            feed = new SyndFeedInput().build(doc);
        } catch (com.rometools.rome.io.FeedException | IllegalArgumentException e) {
            throw new FeedException("not a readable RSS or Atom feed: " + e.getMessage(), e);
        }
        FeedKind kind = feed.getFeedType() != null && feed.getFeedType().startsWith("atom") ? FeedKind.ATOM : FeedKind.RSS;
        // Rome's getLink() may return an Atom feed's self link; the site is the alternate one.
        String siteLink = Texts.absolute(url, alternate(feed.getLinks(), feed.getLink()));
        String base = siteLink != null ? siteLink : url;
        String language = feed.getLanguage() != null && !feed.getLanguage().isBlank() ? feed.getLanguage().strip()
                : rootLang.isBlank() ? null : rootLang;
        List<FeedItem> items = new ArrayList<>();
        List<EntryDates> dates = EntryDates.of(doc);
        int n = 0;
        for (SyndEntry e : feed.getEntries()) {
            FeedItem item = toItem(e, EntryDates.at(dates, n), base, url);
            n++;
            if (item == null) {
                warnings.add("skipped entry " + n + " (" + Texts.clean(e.getTitle()) + "): no usable http(s) link");
            } else {
                items.add(item);
            }
        }
        return new ParsedFeed(kind, Texts.clean(feed.getTitle()), siteLink, language, items, warnings);
    }

    private static FeedItem toItem(SyndEntry e, EntryDates dates, String base, String url) {
        String link = Texts.absolute(base, alternate(e.getLinks(), e.getLink()));
        String guid = e.getUri() == null || e.getUri().isBlank() ? null : e.getUri().strip();
        if (link == null && guid != null) {
            link = Texts.absolute(null, guid); // an RSS guid that is a permalink
        }
        if (link == null) {
            return null;
        }
        String contentHtml = contentHtml(e.getContents());
        String descriptionRaw = e.getDescription() == null ? null : e.getDescription().getValue();
        String summary = Texts.summary(descriptionRaw);
        if (summary == null && contentHtml != null) {
            summary = Texts.excerpt(Texts.summary(contentHtml), 400);
        }
        Set<String> authors = new LinkedHashSet<>();
        for (SyndPerson p : e.getAuthors()) {
            addClean(authors, p.getName());
        }
        addClean(authors, e.getAuthor());
        Set<String> categories = new LinkedHashSet<>();
        for (SyndCategory c : e.getCategories()) {
            addClean(categories, c.getName());
        }
        return new FeedItem(FeedItem.Kind.ARTICLE, link, guid, Texts.clean(e.getTitle()), summary, contentHtml,
                dates.published(), dates.updated(),
                List.copyOf(authors), List.copyOf(categories),
                image(e, link, contentHtml != null ? contentHtml : descriptionRaw), null);
    }

    /** The first alternate (or rel-less) link, else Rome's own choice. */
    private static String alternate(List<SyndLink> links, String fallback) {
        for (SyndLink l : links) {
            if ((l.getRel() == null || "alternate".equals(l.getRel())) && l.getHref() != null && !l.getHref().isBlank()) {
                return l.getHref();
            }
        }
        return fallback;
    }

    private static String contentHtml(List<SyndContent> contents) {
        StringBuilder sb = new StringBuilder();
        for (SyndContent c : contents) {
            if (c.getValue() == null || c.getValue().isBlank()) {
                continue;
            }
            String type = c.getType() == null ? "html" : c.getType();
            // Atom type="text" is plain text; escape it so that the field is always HTML.
            sb.append(type.contains("html") ? c.getValue() : "<p>" + Entities.escape(c.getValue()) + "</p>");
        }
        return sb.isEmpty() ? null : sb.toString();
    }

    /** Image: an image enclosure, then Media RSS thumbnail/content, then the first img of the HTML. */
    private static String image(SyndEntry e, String link, String html) {
        for (SyndEnclosure enc : e.getEnclosures()) {
            if (enc.getType() != null && enc.getType().startsWith("image/")) {
                String u = Texts.absolute(link, enc.getUrl());
                if (u != null) {
                    return u;
                }
            }
        }
        for (org.jdom2.Element fm : e.getForeignMarkup()) {
            if (MEDIA_NS.equals(fm.getNamespaceURI())) {
                String u = mediaUrl(fm);
                if (u != null) {
                    return Texts.absolute(link, u);
                }
            }
        }
        if (html != null && html.contains("<img")) {
            Element img = Jsoup.parse(html, link).selectFirst("img[src]");
            if (img != null) {
                return Texts.absolute(null, img.absUrl("src"));
            }
        }
        return null;
    }

    private static String mediaUrl(org.jdom2.Element el) {
        String name = el.getName();
        String medium = el.getAttributeValue("medium");
        String type = el.getAttributeValue("type");
        if ("thumbnail".equals(name)
                || ("content".equals(name) && ("image".equals(medium) || (type != null && type.startsWith("image/"))))) {
            return el.getAttributeValue("url");
        }
        for (org.jdom2.Element child : el.getChildren()) { // media:group
            String u = mediaUrl(child);
            if (u != null) {
                return u;
            }
        }
        return null;
    }

    private static void addClean(Set<String> into, String value) {
        String v = Texts.clean(value);
        if (v != null) {
            into.add(v);
        }
    }
}
