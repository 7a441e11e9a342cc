package io.newsdesk.app.distribute.feeds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsdesk.app.distribute.XmlChars;
import io.newsdesk.app.web.Format;

/**
 * JSON Feed 1.1 with Jackson: {@code summary} and {@code content_text} carry the excerpt (and attribution),
 * {@code content_html} the full text when allowed; {@code external_url} is the original of an imported
 * article, {@code image} the lead image, {@code tags} the section, {@code hubs} the WebSub hub.
 */
final class JsonFeed {
    static final String VERSION = "https://jsonfeed.org/version/1.1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonFeed() {}

    static byte[] write(FeedDocument doc) {
        ObjectNode feed = JSON.createObjectNode();
        feed.put("version", VERSION);
        feed.put("title", text(doc.title()));
        feed.put("home_page_url", doc.pageUrl());
        feed.put("feed_url", doc.feedUrl());
        feed.put("description", text(doc.description()));
        feed.put("language", doc.language());
        feed.putArray("authors").addObject().put("name", text(doc.siteName()));
        if (doc.webSubHub() != null) feed.putArray("hubs").addObject().put("type", "WebSub").put("url", doc.webSubHub());
        ArrayNode items = feed.putArray("items");
        for (FeedEntry e : doc.entries()) {
            ObjectNode item = items.addObject();
            item.put("id", e.url());
            item.put("url", e.url());
            if (e.originalUrl() != null) item.put("external_url", e.originalUrl());
            item.put("title", text(e.title()));
            item.put("summary", text(e.summary()));
            if (e.contentHtml() != null) item.put("content_html", text(e.contentHtml()));
            else item.put("content_text", text(e.summary()));
            if (e.imageUrl() != null) item.put("image", e.imageUrl());
            if (e.published() != null) item.put("date_published", Format.iso(e.published()));
            if (e.lastChanged() != null) item.put("date_modified", Format.iso(e.lastChanged()));
            if (!e.authors().isEmpty()) {
                ArrayNode authors = item.putArray("authors");
                for (String name : e.authors()) authors.addObject().put("name", text(name));
            }
            if (e.category() != null) item.putArray("tags").add(text(e.category()));
            if (e.language() != null && !"und".equals(e.language())) item.put("language", e.language());
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(feed);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JSON feed could not be written", e);
        }
    }

    /** JSON could carry control characters escaped, but readers show them as garbage: the same text as the XML feeds. */
    private static String text(String s) {
        return XmlChars.clean(s);
    }
}
