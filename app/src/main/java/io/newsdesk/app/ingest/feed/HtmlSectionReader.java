package io.newsdesk.app.ingest.feed;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Selector;

/**
 * An outlet's section page as a source: the CSS selector picks article links (or elements that contain one).
 * Only same-site http(s) links count, so menus pointing at partners and ads fall away; duplicates (the same
 * story linked from a teaser image and its headline) are kept once, by canonical URL.
 */
final class HtmlSectionReader {
    /** Used when the source has no selector: headline links as most CMSs mark them up. */
    static final String DEFAULT_SELECTOR = "article a[href], h1 a[href], h2 a[href], h3 a[href]";

    private HtmlSectionReader() {
    }

    static ParsedFeed read(String text, String url, String selector, List<String> warnings) throws FeedException {
        Document doc = Jsoup.parse(text, url == null ? "" : url);
        String css = selector == null || selector.isBlank() ? DEFAULT_SELECTOR : selector;
        Elements picked;
        try {
            picked = doc.select(css);
        } catch (Selector.SelectorParseException e) {
            throw new FeedException("invalid CSS selector '" + css + "': " + e.getMessage(), e);
        }
        String pageHost = host(url);
        String self = url == null ? null : canonicalOrSelf(url); // the section page linking to itself is no article
        Map<String, Integer> seen = new HashMap<>();
        List<FeedItem> items = new ArrayList<>();
        int offSite = 0;
        for (Element el : picked) {
            Element a = el.is("a[href]") ? el : el.selectFirst("a[href]");
            if (a == null) {
                continue;
            }
            String link = Texts.absolute(null, a.absUrl("href"));
            if (link == null) {
                continue; // javascript:, mailto:, unresolvable
            }
            if (pageHost != null && !pageHost.equals(host(link))) {
                offSite++;
                continue;
            }
            String key = canonicalOrSelf(link);
            if (key.equals(self)) {
                continue;
            }
            String title = Texts.clean(a.text());
            if (title == null) {
                title = Texts.clean(a.attr("title"));
            }
            Integer at = seen.get(key);
            if (at != null) {
                // A teaser image usually links the story before its headline does: keep the one with a title.
                if (items.get(at).title() == null && title != null) {
                    items.set(at, FeedItem.link(FeedItem.Kind.ARTICLE, link, title, null));
                }
                continue;
            }
            seen.put(key, items.size());
            items.add(FeedItem.link(FeedItem.Kind.ARTICLE, link, title, null));
        }
        if (picked.isEmpty()) {
            warnings.add("CSS selector '" + css + "' matched nothing on the page");
        }
        if (offSite > 0) {
            warnings.add("ignored " + offSite + " link(s) to other sites");
        }
        String lang = doc.selectFirst("html[lang]") == null ? null : doc.selectFirst("html[lang]").attr("lang").strip();
        return new ParsedFeed(FeedKind.HTML, Texts.clean(doc.title()), url, lang == null || lang.isEmpty() ? null : lang,
                items, warnings);
    }

    /** Host without a leading "www.", so example.com and www.example.com count as one site. */
    static String host(String url) {
        try {
            String h = url == null ? null : URI.create(url.strip()).getHost();
            if (h == null) {
                return null;
            }
            h = Texts.lower(h);
            return h.startsWith("www.") ? h.substring(4) : h;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String canonicalOrSelf(String url) {
        try {
            return UrlNormalizer.canonical(url);
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}
