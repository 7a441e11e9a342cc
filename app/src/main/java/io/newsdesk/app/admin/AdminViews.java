package io.newsdesk.app.admin;

import io.newsdesk.app.distribute.telegram.TelegramStatus;
import io.newsdesk.app.ingest.pipeline.IngestStatus;
import io.newsdesk.app.site.view.Views.Chrome;
import io.newsdesk.app.site.view.Views.Meta;
import java.time.Instant;
import java.util.List;

/** The models of the admin pages (they wear the reader site's chrome; the reader site knows nothing of them). */
public final class AdminViews {
    private AdminViews() {}

    public record LoginView(Chrome chrome, Meta meta, String token, String error, boolean passwordSet) {}

    public record PendingComment(String id, String articleTitle, String articleUrl, String authorName, String authorEmail,
                                 String html, Instant createdAt, boolean reply) {}

    public record ReviewItem(String id, String originalTitle, String languageName, String state, List<String> reasons,
                             String originalUrl, Instant updatedAt) {}

    public record ReviewListView(Chrome chrome, Meta meta, List<ReviewItem> items, String notice) {}

    /** One segment on the review page: the original as text and the proposed translation to edit. */
    public record ReviewRow(int index, String label, String source, String proposed, String suggestion) {}

    public record ReviewView(Chrome chrome, Meta meta, String id, String languageName, String state, List<String> reasons,
                             String engine, List<ReviewRow> rows, String token, String error) {}

    public record StatusView(Chrome chrome, Meta meta, IngestStatus status,
            TelegramStatus telegram, String token) {}

    public record ModerationView(Chrome chrome, Meta meta, List<PendingComment> pending, String token, String notice) {}
}
