package io.newsdesk.app.ingest.feed;

import io.newsdesk.extract.Dates;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1), read as a tree so one odd item cannot fail the rest. */
final class JsonFeedReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonFeedReader() {
    }

    static ParsedFeed read(String text, String url, List<String> warnings) throws FeedException {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            throw new FeedException("invalid JSON: " + e.getOriginalMessage(),
                    loc == null ? -1 : loc.getLineNr(), loc == null ? -1 : loc.getColumnNr(), e);
        }
        if (root == null || !root.isObject() || !str(root, "version").startsWith("https://jsonfeed.org/version/1")) {
            throw new FeedException("JSON document is not a JSON Feed 1.x (no version https://jsonfeed.org/version/1...)");
        }
        String home = Texts.absolute(url, str(root, "home_page_url"));
        String base = home != null ? home : url;
        String feedLanguage = blankToNull(str(root, "language"));
        List<FeedItem> items = new ArrayList<>();
        JsonNode array = root.path("items");
        for (int i = 0; i < array.size(); i++) {
            JsonNode it = array.get(i);
            String link = Texts.absolute(base, str(it, "url"));
            if (link == null) {
                link = Texts.absolute(base, str(it, "external_url"));
            }
            if (link == null) {
                warnings.add("skipped item " + (i + 1) + ": no usable http(s) url");
                continue;
            }
            String contentHtml = blankToNull(str(it, "content_html"));
            String contentText = blankToNull(str(it, "content_text"));
            if (contentHtml == null && contentText != null) {
                contentHtml = "<p>" + org.jsoup.nodes.Entities.escape(contentText) + "</p>";
            }
            String summary = Texts.summary(str(it, "summary"));
            if (summary == null) {
                summary = Texts.excerpt(contentText != null ? Texts.clean(contentText) : Texts.summary(contentHtml), 400);
            }
            Set<String> authors = new LinkedHashSet<>();
            for (JsonNode a : it.path("authors")) {
                add(authors, Texts.clean(str(a, "name")));
            }
            add(authors, Texts.clean(str(it.path("author"), "name"))); // JSON Feed 1.0
            if (authors.isEmpty()) {
                for (JsonNode a : root.path("authors")) {
                    add(authors, Texts.clean(str(a, "name")));
                }
                add(authors, Texts.clean(str(root.path("author"), "name")));
            }
            Set<String> tags = new LinkedHashSet<>();
            for (JsonNode t : it.path("tags")) {
                add(tags, Texts.clean(t.asText(null)));
            }
            String image = Texts.absolute(link, str(it, "image"));
            if (image == null) {
                image = Texts.absolute(link, str(it, "banner_image"));
            }
            String lang = blankToNull(str(it, "language"));
            items.add(new FeedItem(FeedItem.Kind.ARTICLE, link, blankToNull(it.path("id").asText(null)),
                    Texts.clean(str(it, "title")), summary, contentHtml,
                    Dates.parse(str(it, "date_published"), Dates.Reading.WHOLE_VALUE),
                    Dates.parse(str(it, "date_modified"), Dates.Reading.WHOLE_VALUE),
                    List.copyOf(authors), List.copyOf(tags), image, lang != null ? lang : feedLanguage));
        }
        return new ParsedFeed(FeedKind.JSON_FEED, Texts.clean(str(root, "title")), home, feedLanguage, items, warnings);
    }

    private static String str(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || !v.isValueNode() || v.isNull() ? "" : v.asText();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static void add(Set<String> into, String v) {
        if (v != null) {
            into.add(v);
        }
    }
}
