package io.newsdesk.app.ingest.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.app.content.ArticleWriter;
import io.newsdesk.app.ingest.feed.FeedException;
import io.newsdesk.app.ingest.feed.FeedItem;
import io.newsdesk.app.ingest.feed.FeedParser;
import io.newsdesk.app.ingest.feed.ParsedFeed;
import io.newsdesk.app.ingest.feed.UrlNormalizer;
import io.newsdesk.app.ingest.fetch.FetchRequest;
import io.newsdesk.app.ingest.fetch.FetchResult;
import io.newsdesk.app.ingest.fetch.Fetcher;
import io.newsdesk.app.ingest.queue.Job;
import io.newsdesk.app.ingest.queue.JobQueue;
import io.newsdesk.app.ingest.sources.ContentPolicy;
import io.newsdesk.app.ingest.sources.Source;
import io.newsdesk.app.ingest.sources.SourceStore;
import io.newsdesk.app.news.Article;
import io.newsdesk.app.news.ArticleDraft;
import io.newsdesk.app.news.ArticleStatus;
import io.newsdesk.app.store.ArticleStore;
import io.newsdesk.extract.ExtractedArticle;
import io.newsdesk.extract.Extractor;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jsoup.Jsoup;

/**
 * The first end-to-end import: fetch a source's feed, enqueue one "item" job per entry (deduplicated by
 * canonical URL), and process item jobs into published articles through {@link ArticleWriter}, recording
 * each in {@code imported_items} in the same transaction.
 */
public final class Importer {
    public static final String ITEM_JOB = "item";
    static final int EXCERPT_WORDS = 50;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration LEASE = Duration.ofMinutes(5);

    /** What an item job carries: the source and the feed entry's fields. */
    public record ItemPayload(String sourceId, String link, String canonicalUrl, String guid, String title, String summary,
            String contentHtml, String published, String language) {}

    private final Jdbi jdbi;
    private final Fetcher fetcher;
    private final JobQueue queue;
    private final SourceStore sources;
    private final ArticleWriter writer;
    private final Extractor extractor = new Extractor();
    private final Clock clock;
    private final String owner;

    public Importer(Jdbi jdbi, Fetcher fetcher, JobQueue queue, SourceStore sources, Clock clock) {
        this.jdbi = jdbi;
        this.fetcher = fetcher;
        this.queue = queue;
        this.sources = sources;
        this.writer = new ArticleWriter(jdbi, new ArticleStore(jdbi));
        this.clock = clock;
        this.owner = "importer-" + ProcessHandle.current().pid() + "-" + Integer.toHexString(System.identityHashCode(this));
    }

    /**
     * Fetches and parses a source's feed and enqueues its items; an item whose canonical URL already has a
     * job counts as unchanged. Returns false (and counts nothing but the failure) when the feed cannot be read.
     */
    public boolean fetchSource(Source source, ImportCounts counts, Consumer<String> progress) {
        // SourceStore keeps no ETag/Last-Modified yet, so the feed is fetched unconditionally.
        FetchResult r = fetcher.fetch(FetchRequest.feed(source.url()));
        if (!r.ok()) {
            counts.feedsFailed.incrementAndGet();
            progress.accept("feed " + source.url() + " failed: " + r.failure() + ": " + r.message());
            return false;
        }
        counts.feeds.incrementAndGet();
        if (r.notModified()) {
            progress.accept("feed " + source.url() + ": not modified");
            return true;
        }
        ParsedFeed feed;
        try {
            feed = FeedParser.parse(r.body(), r.finalUrl().toString(), r.contentType());
        } catch (FeedException e) {
            counts.feedsFailed.incrementAndGet();
            progress.accept("feed " + source.url() + " failed: parse error: " + e.getMessage());
            return false;
        }
        int enqueued = 0, known = 0;
        for (FeedItem item : feed.items()) {
            if (item.link() == null || item.link().isBlank()) continue;
            String canonical = UrlNormalizer.canonical(item.link());
            ItemPayload p = new ItemPayload(source.id(), item.link(), canonical, item.guid(), item.title(), item.summary(),
                    item.contentHtml(), item.published() != null ? item.published().toString()
                            : item.updated() != null ? item.updated().toString() : null,
                    item.language() != null ? item.language() : feed.language());
            if (queue.enqueue(ITEM_JOB, "item:" + canonical, json(p))) {
                enqueued++;
            } else {
                known++;
                counts.unchanged.incrementAndGet();
            }
        }
        progress.accept("feed " + source.url() + ": " + feed.items().size() + " items, " + enqueued + " queued, "
                + known + " already known");
        return true;
    }

    /** Processes due item jobs until none is left; failed ones are retried later by the queue. */
    public void drain(ImportCounts counts, Consumer<String> progress) {
        while (true) {
            List<Job> jobs = queue.claim(owner, List.of(ITEM_JOB), LEASE, 8);
            if (jobs.isEmpty()) return;
            for (Job job : jobs) {
                try {
                    Outcome o = process(job);
                    queue.complete(job, owner);
                    switch (o) {
                        case NEW -> counts.newItems.incrementAndGet();
                        case UPDATED -> counts.updated.incrementAndGet();
                        case UNCHANGED -> counts.unchanged.incrementAndGet();
                    }
                } catch (RuntimeException e) {
                    String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                    queue.fail(job, owner, reason);
                    counts.failed.incrementAndGet();
                    progress.accept("item " + job.dedupeKey().substring("item:".length()) + " failed: " + reason);
                }
            }
            progress.accept("items: " + counts.newItems.get() + " new, " + counts.updated.get() + " updated, "
                    + counts.unchanged.get() + " unchanged, " + counts.failed.get() + " failed");
        }
    }

    enum Outcome { NEW, UPDATED, UNCHANGED }

    Outcome process(Job job) {
        ItemPayload p = parse(job.payload());
        Source source = sources.byId(p.sourceId())
                .orElseThrow(() -> new IllegalStateException("source " + p.sourceId() + " no longer exists"));
        String title = p.title();
        String body;
        String language = source.language();
        Instant published = p.published() == null ? null : OffsetDateTime.parse(p.published()).toInstant();
        String imageUrl = null;
        if (source.policy() == ContentPolicy.FULL_TEXT) {
            FetchResult page = fetcher.fetch(FetchRequest.page(p.link()));
            if (!page.ok()) throw new IllegalStateException("page fetch failed: " + page.failure() + ": " + page.message());
            ExtractedArticle x = extractor.extract(page.body(), page.finalUrl().toString(), page.contentType());
            if (x.bodyHtml() == null || x.bodyHtml().isBlank()) throw new IllegalStateException("no article body found");
            body = x.bodyHtml();
            if (blank(title)) title = x.title();
            if (published == null && x.published() != null) published = x.published().toInstant();
            if (Source.AUTO_LANGUAGE.equals(language)) language = blank(x.language()) ? "und" : x.language();
            if (x.leadImage() != null) imageUrl = x.leadImage().url();
        } else {
            String text = plain(p.summary());
            if (text.isEmpty()) text = plain(p.contentHtml());
            body = "<p>" + org.jsoup.nodes.Entities.escape(words(text, EXCERPT_WORDS)) + "</p>";
            if (Source.AUTO_LANGUAGE.equals(language)) language = blank(p.language()) ? "und" : p.language();
        }
        if (blank(title)) throw new IllegalStateException("item has no title");
        if (published == null) published = clock.instant();
        String sectionId = source.defaultSectionId() != null ? source.defaultSectionId() : firstSection();
        ArticleDraft draft = new ArticleDraft(title, null, body, p.link(), imageUrl, null, null, sectionId, List.of(),
                language, ArticleStatus.PUBLISHED, published, null,
                new ArticleDraft.Imported(source.outletId(), p.link(), title, language, false));
        Article cleaned = ArticleWriter.clean(draft, "");
        String hash = sha256(cleaned.title() + "\n" + cleaned.bodyHtml());
        long now = clock.millis();
        String guid = p.guid();
        return jdbi.inTransaction(h -> {
            Optional<String[]> known = h.createQuery(
                            "SELECT article_id, content_hash FROM imported_items WHERE canonical_url = :url")
                    .bind("url", p.canonicalUrl())
                    .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)}).findOne();
            if (known.isEmpty()) {
                Article stored = writer.save(h, draft);
                h.createUpdate("""
                        INSERT INTO imported_items (canonical_url, guid, source_id, article_id, content_hash, first_seen_at, updated_at)
                        VALUES (:url, :guid, :source, :article, :hash, :now, :now)""")
                        .bind("url", p.canonicalUrl()).bind("guid", guid).bind("source", source.id())
                        .bind("article", stored.id()).bind("hash", hash).bind("now", now).execute();
                return Outcome.NEW;
            }
            if (known.get()[1].equals(hash)) return Outcome.UNCHANGED;
            updateArticle(h, known.get()[0], cleaned, now);
            h.createUpdate("UPDATE imported_items SET content_hash = :hash, updated_at = :now WHERE canonical_url = :url")
                    .bind("hash", hash).bind("now", now).bind("url", p.canonicalUrl()).execute();
            return Outcome.UPDATED;
        });
    }

    /** Updates the stored article's text fields (no history kept yet). */
    private static void updateArticle(Handle h, String articleId, Article a, long now) {
        h.createUpdate("""
                UPDATE articles SET title = :title, body_html = :html, body_text = :text, excerpt = :excerpt,
                       original_title = :title, updated_at = :now WHERE id = :id""")
                .bind("title", a.title()).bind("html", a.bodyHtml()).bind("text", a.bodyText())
                .bind("excerpt", a.excerpt()).bind("now", now).bind("id", articleId).execute();
    }

    private String firstSection() {
        return jdbi.withHandle(h -> h.createQuery("SELECT id FROM sections ORDER BY position, id LIMIT 1")
                .mapTo(String.class).findOne())
                .orElseThrow(() -> new IllegalStateException("no section to file the article in"));
    }

    static String words(String text, int max) {
        String[] w = text.strip().split("\\s+");
        if (w.length <= max) return text.strip();
        return String.join(" ", java.util.Arrays.copyOf(w, max)) + " …";
    }

    private static String plain(String html) {
        return html == null ? "" : Jsoup.parse(html).text().strip();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String json(ItemPayload p) {
        try {
            return JSON.writeValueAsString(p);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ItemPayload parse(String payload) {
        try {
            return JSON.readValue(payload, ItemPayload.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable job payload: " + e.getOriginalMessage());
        }
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
