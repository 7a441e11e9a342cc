package io.newsdesk.app.ingest.feed;

import io.newsdesk.extract.Dates;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * XML sitemaps, sitemap indexes and Google news sitemaps. A sitemap index yields LINK items (child sitemaps to
 * fetch next); a news sitemap also carries the title, publication date and language of each article.
 */
final class SitemapReader {
    static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";
    static final String IMAGE_NS = "http://www.google.com/schemas/sitemap-image/1.1";

    private SitemapReader() {
    }

    static ParsedFeed read(String text, String url, List<String> warnings) throws FeedException {
        Document doc = SecureXml.parse(text, warnings);
        Element root = doc.getDocumentElement();
        boolean index = "sitemapindex".equals(root.getLocalName());
        boolean news = root.getElementsByTagNameNS(NEWS_NS, "news").getLength() > 0;
        List<FeedItem> items = new ArrayList<>();
        String feedLanguage = null;
        int n = 0;
        for (Node c = root.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (!(c instanceof Element entry) || !(index ? "sitemap" : "url").equals(entry.getLocalName())) {
                continue;
            }
            n++;
            String loc = Texts.absolute(url, childText(entry, null, "loc"));
            if (loc == null) {
                warnings.add("skipped " + entry.getLocalName() + " " + n + ": no usable http(s) <loc>");
                continue;
            }
            var lastmod = Dates.parse(childText(entry, null, "lastmod"), Dates.Reading.WHOLE_VALUE);
            if (index) {
                items.add(FeedItem.link(FeedItem.Kind.LINK, loc, null, lastmod));
                continue;
            }
            Element newsEl = first(entry, NEWS_NS, "news");
            String title = null;
            String language = null;
            var published = (java.time.OffsetDateTime) null;
            List<String> keywords = List.of();
            if (newsEl != null) {
                title = Texts.clean(childText(newsEl, NEWS_NS, "title"));
                published = Dates.parse(childText(newsEl, NEWS_NS, "publication_date"), Dates.Reading.WHOLE_VALUE);
                Element pub = first(newsEl, NEWS_NS, "publication");
                if (pub != null) {
                    language = childText(pub, NEWS_NS, "language");
                }
                String kw = childText(newsEl, NEWS_NS, "keywords");
                if (kw != null && !kw.isBlank()) {
                    keywords = java.util.Arrays.stream(kw.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
                }
            }
            if (feedLanguage == null && language != null) {
                feedLanguage = language;
            }
            Element image = first(entry, IMAGE_NS, "image");
            String imageUrl = image == null ? null : Texts.absolute(loc, childText(image, IMAGE_NS, "loc"));
            items.add(new FeedItem(FeedItem.Kind.ARTICLE, loc, null, title, null, null, published, lastmod,
                    List.of(), keywords, imageUrl, language));
        }
        return new ParsedFeed(news ? FeedKind.NEWS_SITEMAP : FeedKind.SITEMAP, null, null, feedLanguage, items, warnings);
    }

    /** Trimmed text of the first child element with that name; namespace null matches any (sitemap namespaces vary). */
    private static String childText(Element parent, String ns, String local) {
        Element e = first(parent, ns, local);
        if (e == null) {
            return null;
        }
        String t = e.getTextContent();
        return t == null || t.isBlank() ? null : t.strip();
    }

    private static Element first(Element parent, String ns, String local) {
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && local.equals(e.getLocalName())
                    && (ns == null ? !NEWS_NS.equals(e.getNamespaceURI()) && !IMAGE_NS.equals(e.getNamespaceURI())
                            : ns.equals(e.getNamespaceURI()))) {
                return e;
            }
        }
        return null;
    }
}
