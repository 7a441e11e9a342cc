package io.newsdesk.app.ingest.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.app.ingest.feed.FeedItem;
import io.newsdesk.app.ingest.feed.UrlNormalizer;
import io.newsdesk.app.util.Sha256;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What an item job carries: the source and the feed entry as it was seen. {@code entryHash} identifies this
 * version of the entry, so that a changed entry (new title, summary or modified date) is imported again.
 */
public record ItemPayload(String sourceId, String link, String canonicalUrl, String guid, String title, String summary,
        String contentHtml, String published, String updated, String language, List<String> categories,
        String imageUrl, String entryHash) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public ItemPayload {
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    static ItemPayload of(String sourceId, FeedItem item) {
        String published = text(item.published()), updated = text(item.updated());
        String hash = Sha256.hex(String.join("\u0000", nz(item.title()), nz(item.summary()), nz(item.contentHtml()),
                nz(published), nz(updated)));
        return new ItemPayload(sourceId, item.link(), UrlNormalizer.canonical(item.link()), item.guid(), item.title(),
                item.summary(), item.contentHtml(), published, updated,
                item.language(), item.categories(), item.imageUrl(), hash);
    }

    String json() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static ItemPayload parse(String json) {
        try {
            return JSON.readValue(json, ItemPayload.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable job payload: " + e.getOriginalMessage());
        }
    }

    private static String text(OffsetDateTime t) {
        return t == null ? null : t.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
