package io.newsdesk.app.ingest.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import io.newsdesk.extract.BodyDecoder;

/**
 * Entry point: turns a fetched body into a {@link ParsedFeed}. The kind is read from the content (root element,
 * JSON shape); the content type only breaks a tie for HTML, because servers routinely send feeds as text/html
 * or text/plain and HTML as application/xml.
 */
public final class FeedParser {
    private FeedParser() {
    }

    /** Parses a feed, sitemap or JSON Feed; an HTML page is read with the default headline selector. */
    public static ParsedFeed parse(byte[] body, String url, String contentType) throws FeedException {
        return parse(body, url, contentType, null);
    }

    /**
     * @param htmlArticleSelector CSS selector for article links when the body is an HTML section page (null: default)
     * @throws FeedException when nothing usable can be read; its message is the reason to record
     */
    public static ParsedFeed parse(byte[] body, String url, String contentType, String htmlArticleSelector)
            throws FeedException {
        if (body == null || body.length == 0) {
            throw new FeedException("empty body");
        }
        List<String> warnings = new ArrayList<>();
        String text = BodyDecoder.decode(body, contentType, warnings).text();
        String trimmed = text.stripLeading();
        if (trimmed.startsWith("{")) {
            return JsonFeedReader.read(text, url, warnings);
        }
        XmlProlog prolog = XmlProlog.scan(text);
        String root = prolog.rootLocalName();
        if (prolog.htmlDoctype() || "html".equals(root) || (root == null && isHtmlType(contentType))) {
            return HtmlSectionReader.read(text, url, htmlArticleSelector, warnings);
        }
        if (root == null) {
            throw new FeedException("not a feed: the body starts with neither markup nor JSON"
                    + (contentType == null ? "" : " (Content-Type " + contentType + ")"));
        }
        return switch (root) {
            case "rss", "rdf", "feed", "channel" -> RomeFeedReader.read(text, url, warnings);
            case "urlset", "sitemapindex" -> SitemapReader.read(text, url, warnings);
            default -> {
                if (isHtmlType(contentType) && !prolog.hasDoctype()) {
                    yield HtmlSectionReader.read(text, url, htmlArticleSelector, warnings);
                }
                // Parse it anyway: malformed XML and refused DTDs then report their real reason.
                SecureXml.parse(text, warnings);
                throw new FeedException("not a feed: unknown XML root element <" + prolog.rootName() + ">");
            }
        };
    }

    private static boolean isHtmlType(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).contains("html");
    }
}
