package io.newsdesk.app.search;

import io.newsdesk.app.store.SettingStore;
import io.newsdesk.app.util.PeriodicTask;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the "Related" lists ({@link RelatedLists}) so that a reader arriving at an article that is not of the last day
 * (from a search engine, an old link, a crawler) gets its page without a search of the index. A sweep walks the
 * published articles older than {@link RelatedArticles#FRESH}, newest first, and computes the list of each one that has
 * none, or whose list is older than the article's last change, than {@link RelatedLists#KEEP} (window closed) or than
 * {@link RelatedLists#OPEN_REFRESH} (window open); a sweep starts every {@link #SWEEP_EVERY} after the last one ended
 * (kept in the {@code settings} table, so a restart does not start one early). It works at most half of one core
 * ({@link #WORK}, then as long a rest), one node of a site at a time. A small site (its window the whole index) keeps
 * no lists.
 */
public final class RelatedSweep implements AutoCloseable {
    static final Duration WORK = Duration.ofSeconds(1);
    static final Duration SWEEP_EVERY = Duration.ofHours(1);
    /** The setting that holds when the last sweep ended (milliseconds), kept across restarts and shared by the nodes. */
    static final String FINISHED_SETTING = "sweep.related-lists.finished";
    private static final int BATCH = 100;
    private static final Logger log = LoggerFactory.getLogger(RelatedSweep.class);

    /** Where a sweep has got to: the last article it looked at, in (published_at, id) descending order. */
    private record Cursor(long publishedAt, String id) {}

    private final Jdbi jdbi;
    private final RelatedArticles related;
    private final RelatedLists lists;
    private final int limit;
    private final SettingStore settings;
    private final PeriodicTask timer = new PeriodicTask("related-lists", WORK, Duration.ofSeconds(30));
    /** Null between sweeps. */
    private Cursor cursor;
    /** When the running sweep started (milliseconds) and the lists it wrote: an operator sees when a large site's is done. */
    private long sweepStarted;
    private long sweepWritten;
    /** When the next sweep starts; read from the settings at the first turn (a restart does not sweep again before it is due). */
    private long nextSweep = -1;

    /** @param limit how many related articles a list holds (what the article page asks for) */
    public RelatedSweep(Jdbi jdbi, RelatedArticles related, RelatedLists lists, int limit) {
        this.jdbi = jdbi;
        this.related = related;
        this.lists = lists;
        this.limit = limit;
        this.settings = new SettingStore(jdbi);
    }

    /** Sweeps in the background while {@code turn} says it is this node's. */
    public RelatedSweep start(BooleanSupplier turn) {
        timer.start(Duration.ofSeconds(30), turn, this::runOnce);
        return this;
    }

    /** Works for up to {@link #WORK} (tests call it directly); returns how many lists it wrote. */
    int runOnce() {
        long until = System.nanoTime() + WORK.toNanos();
        int written = 0;
        do {
            long now = System.currentTimeMillis();
            long settledBefore = related.settledBefore(now);
            long before = RelatedArticles.listedBefore(now, settledBefore);
            // nothing is kept while the window is the whole index (a small site, or an index still being built: the
            // first start, a rebuild); looked at again next time, not in an hour (the sweep would otherwise wait
            // SWEEP_EVERY after every build)
            if (before == Long.MIN_VALUE) break;
            if (cursor == null) {
                if (nextSweep < 0) nextSweep = lastFinished() + SWEEP_EVERY.toMillis();
                if (now < nextSweep) break;
                cursor = new Cursor(Long.MAX_VALUE, "");
                sweepStarted = now;
                sweepWritten = 0;
            }
            List<Cursor> batch = next(before);
            if (batch.isEmpty()) {
                cursor = null;
                nextSweep = now + SWEEP_EVERY.toMillis();
                settings.put(FINISHED_SETTING, Long.toString(now));
                if (sweepWritten > 0) {
                    log.info("Related lists: sweep done, {} written in {} s", sweepWritten, (now - sweepStarted) / 1000);
                }
                break;
            }
            cursor = batch.get(batch.size() - 1);
            Set<String> current = lists.currentAmong(batch.stream().map(Cursor::id).toList(), limit, now, settledBefore);
            List<String> missing = batch.stream().map(Cursor::id).filter(id -> !current.contains(id)).toList();
            List<RelatedLists.Kept> computed = new ArrayList<>();
            // the time is taken before the articles are read: one changed after it makes the list stale, as it should
            for (RelatedArticles.Subject subject : subjects(missing)) {
                computed.add(new RelatedLists.Kept(subject.id(), related.uncached(subject, limit), limit, now));
            }
            lists.saveAll(computed);
            written += computed.size();
            sweepWritten += computed.size();
        } while (System.nanoTime() - until < 0);
        return written;
    }

    /** Whether a sweep is under way (it stopped at its time limit, not at its end). */
    boolean sweeping() {
        return cursor != null;
    }

    /** When the last sweep ended (milliseconds), or 0 when none has. */
    private long lastFinished() {
        return settings.get(FINISHED_SETTING).map(Long::parseLong).orElse(0L);
    }

    /**
     * The next published articles of the sweep published before {@code before}, newest first. The one bound on
     * published_at is the tighter of the cursor and {@code before}, so the index range starts where the last batch
     * ended (with both bounds in the query SQLite started every batch at the newest article swept).
     */
    private List<Cursor> next(long before) {
        Cursor from = cursor.publishedAt() < before ? cursor : new Cursor(before, "");
        return jdbi.withHandle(h -> h.createQuery("""
                SELECT id, published_at FROM articles
                WHERE status = 'published' AND published_at <= :at AND (published_at < :at OR id < :id)
                ORDER BY published_at DESC, id DESC LIMIT :limit""")
                .bind("at", from.publishedAt()).bind("id", from.id()).bind("limit", BATCH)
                .map((rs, ctx) -> new Cursor(rs.getLong("published_at"), rs.getString("id"))).list());
    }

    /**
     * The articles as the page asks about them (ReaderPages.related). The status is compared as an expression, as in
     * {@code ArticleStore}'s cards by id: compared plainly, SQLite (which keeps no statistics here) filtered the status
     * index for the ids, reading every published row for each batch, most of a sweep's time at 1,000,000 articles.
     */
    private List<RelatedArticles.Subject> subjects(List<String> ids) {
        if (ids.isEmpty()) return List.of();
        return jdbi.withHandle(h -> h.createQuery("""
                SELECT id, title, body_text, story_id, published_at FROM articles WHERE id IN (<ids>) AND status || '' = 'published'""")
                .bindList("ids", ids)
                .map((rs, ctx) -> new RelatedArticles.Subject(rs.getString("id"), rs.getString("title"), rs.getString("body_text"),
                        rs.getString("story_id"), rs.getLong("published_at"))).list());
    }

    @Override
    public void close() {
        timer.close();
    }
}
