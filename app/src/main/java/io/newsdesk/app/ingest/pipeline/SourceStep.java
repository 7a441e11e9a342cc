package io.newsdesk.app.ingest.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.app.ingest.feed.FeedException;
import io.newsdesk.app.ingest.feed.FeedItem;
import io.newsdesk.app.ingest.feed.FeedParser;
import io.newsdesk.app.ingest.feed.ParsedFeed;
import io.newsdesk.app.fetch.FetchRequest;
import io.newsdesk.app.fetch.FetchResult;
import io.newsdesk.app.fetch.Fetcher;
import io.newsdesk.app.ingest.queue.Job;
import io.newsdesk.app.ingest.queue.JobQueue;
import io.newsdesk.app.ingest.sources.Source;
import io.newsdesk.app.ingest.sources.SourceHealth;
import io.newsdesk.app.ingest.sources.SourceStatus;
import io.newsdesk.app.ingest.sources.SourceStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The first step of the pipeline, one "source" job per scheduled fetch: fetch the feed (conditional GET),
 * parse it, and queue an "item" job for every entry that is new or changed since it was imported. The
 * outcome goes into the source's health; a failing feed is never an exception, so the queue does not retry
 * it on its own schedule: the source's backoff decides when it is fetched again.
 */
final class SourceStep {
    static final String KIND = "source";
    /** At most this many child sitemaps of a sitemap index are read per fetch, the most recently changed first. */
    static final int MAX_CHILD_SITEMAPS = 3;
    private static final ObjectMapper JSON = new ObjectMapper();

    record Payload(String sourceId) {}

    private final Jdbi jdbi;
    private final Fetcher fetcher;
    private final JobQueue queue;
    private final SourceStore sources;
    private final SourceHealth health;
    private final ImportCounts counts;
    private final Consumer<String> events;
    private final java.time.Clock clock;

    SourceStep(Jdbi jdbi, Fetcher fetcher, JobQueue queue, SourceStore sources, SourceHealth health, ImportCounts counts,
            Consumer<String> events, java.time.Clock clock) {
        this.jdbi = jdbi;
        this.fetcher = fetcher;
        this.queue = queue;
        this.sources = sources;
        this.health = health;
        this.counts = counts;
        this.events = events;
        this.clock = clock;
    }

    static String payload(String sourceId) {
        try {
            return JSON.writeValueAsString(new Payload(sourceId));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    void handle(Job job) throws Exception {
        String id = JSON.readValue(job.payload(), Payload.class).sourceId();
        Optional<Source> found = sources.byId(id);
        if (found.isEmpty() || found.get().status() == SourceStatus.PAUSED) return; // removed or paused since queued
        fetch(found.get());
    }

    void fetch(Source s) {
        FetchResult r = fetcher.fetch(FetchRequest.feed(s.url()).conditional(s.etag(), s.lastModified()));
        if (!r.ok()) {
            failed(s, r.failure().name().toLowerCase(java.util.Locale.ROOT), r.message());
            return;
        }
        if (r.notModified()) {
            health.succeeded(s, true, r.etag(), r.lastModified(), 0, 0);
            counts.feeds.incrementAndGet();
            ImportMetrics.fetch("not_modified");
            events.accept("feed " + s.url() + ": not modified");
            return;
        }
        List<FeedItem> items;
        try {
            items = articles(s, FeedParser.parse(r.body(), r.finalUrl().toString(), r.contentType(), s.linkSelector()));
        } catch (FeedException e) {
            failed(s, "parse", e.getMessage());
            return;
        }
        List<ItemPayload> entries = items.stream().filter(i -> i.link() != null && !i.link().isBlank())
                .map(i -> ItemPayload.of(s.id(), i)).toList();
        // A feed's new entries are due one host delay apart: the workers take due jobs in order, so they spread
        // over the outlets instead of all queueing on one host while the others' entries wait.
        long spacing = fetcher.config().minHostDelay().toMillis();
        long now = clock.millis();
        int queued = jdbi.inTransaction(h -> {
            Map<String, ImportedItems.Known> known = ImportedItems.findAll(h, s.id(), entries);
            int n = 0;
            for (ItemPayload p : entries) {
                if (offer(h, p, known.get(p.canonicalUrl()), Instant.ofEpochMilli(now + n * spacing))) n++;
            }
            return n;
        });
        health.succeeded(s, false, r.etag(), r.lastModified(), items.size(), queued);
        counts.feeds.incrementAndGet();
        ImportMetrics.fetch("ok");
        events.accept("feed " + s.url() + ": " + items.size() + " items, " + queued + " queued");
    }

    /** The feed's article entries; for a sitemap index, those of its most recently changed child sitemaps. */
    private List<FeedItem> articles(Source s, ParsedFeed feed) throws FeedException {
        List<FeedItem> out = new ArrayList<>();
        List<FeedItem> children = new ArrayList<>();
        for (FeedItem i : feed.items()) (i.kind() == FeedItem.Kind.LINK ? children : out).add(i);
        children.sort(Comparator.comparing(FeedItem::updated, Comparator.nullsLast(Comparator.reverseOrder())));
        for (FeedItem child : children.subList(0, Math.min(MAX_CHILD_SITEMAPS, children.size()))) {
            FetchResult r = fetcher.fetch(FetchRequest.feed(child.link()));
            if (!r.ok()) throw new FeedException("child sitemap " + child.link() + ": " + r.failure() + ": " + r.message());
            for (FeedItem i : FeedParser.parse(r.body(), r.finalUrl().toString(), r.contentType()).items()) {
                if (i.kind() == FeedItem.Kind.ARTICLE) out.add(i);
            }
        }
        // keep the feed's language with each entry
        return out.stream().map(i -> i.language() != null || feed.language() == null ? i
                : new FeedItem(i.kind(), i.link(), i.guid(), i.title(), i.summary(), i.contentHtml(), i.published(),
                        i.updated(), i.authors(), i.categories(), i.imageUrl(), feed.language())).toList();
    }

    /**
     * Queues the entry when it is new, or when it changed since it was imported (another entry hash). An entry
     * already queued (the same item in two feeds, or listed again before its job ran) is not queued twice.
     */
    private boolean offer(Handle h, ItemPayload p, ImportedItems.Known known, Instant due) {
        if (known != null && Objects.equals(known.entryHash(), p.entryHash())) {
            counts.unchanged.incrementAndGet();
            return false;
        }
        String key = ItemStep.KIND + ":" + p.canonicalUrl() + (known != null ? "@" + p.entryHash() : "");
        if (queue.enqueue(h, ItemStep.KIND, key, p.json(), due)) return true;
        counts.unchanged.incrementAndGet();
        return false;
    }

    private void failed(Source s, String cause, String message) {
        boolean paused = health.failed(s, cause, message);
        counts.feedsFailed.incrementAndGet();
        ImportMetrics.fetch(cause);
        events.accept("feed " + s.url() + " failed: " + cause + ": " + message + (paused ? " (source paused)" : ""));
    }
}
