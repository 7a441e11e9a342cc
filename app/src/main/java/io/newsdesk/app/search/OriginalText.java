package io.newsdesk.app.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;

/**
 * The original-language text of a translated article, for the index: its title, standfirst and body as plain
 * text, read from the segments its translation record keeps ({@code article_translations.source_json}: title,
 * standfirst, caption and the body's blocks as inner HTML).
 */
final class OriginalText {
    private static final ObjectMapper JSON = new ObjectMapper();

    private OriginalText() {}

    /** The plain text of the segments; just {@code originalTitle} when there are none or they cannot be read. */
    static String of(String originalTitle, String sourceJson) {
        StringBuilder text = new StringBuilder(originalTitle == null ? "" : originalTitle);
        if (sourceJson == null) return text.toString();
        try {
            JsonNode segments = JSON.readTree(sourceJson);
            for (String field : new String[] {"standfirst", "caption"}) {
                JsonNode n = segments.path(field);
                if (n.isTextual()) text.append('\n').append(plain(n.asText()));
            }
            for (JsonNode block : segments.path("body")) text.append('\n').append(plain(block.asText()));
        } catch (Exception e) { // an unreadable record still leaves the original title searchable
            return text.toString();
        }
        return text.toString();
    }

    private static String plain(String html) {
        return Jsoup.parseBodyFragment(html).text();
    }
}
