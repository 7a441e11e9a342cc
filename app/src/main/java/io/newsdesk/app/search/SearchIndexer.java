package io.newsdesk.app.search;

import io.newsdesk.app.search.ArticleChanges.Change;
import io.newsdesk.app.util.PeriodicTask;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.apache.lucene.store.AlreadyClosedException;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The "index" stage of the pipeline. Nothing calls it: every few seconds (and once at start) it asks the
 * database which articles were written since its watermark, indexes the published ones, deletes the others,
 * and commits the new watermark with them (in the index's commit data). So whichever process or node
 * changed an article, and whenever this one was restarted, the index catches up; an empty index is filled
 * from scratch. Hard deletes of article rows are not seen (nothing deletes articles); results are checked
 * against the database anyway, so a stale document never reaches a reader.
 */
public final class SearchIndexer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);
    static final Duration INTERVAL = Duration.ofSeconds(5);
    /**
     * Rows are looked at again this far behind the watermark, so that a transaction that committed late, or a
     * writer whose clock is a little behind, is not missed. Cheap: a row whose document already carries its
     * change time is skipped, so nothing is re-indexed twice.
     */
    static final long OVERLAP_MS = Duration.ofMinutes(2).toMillis();
    private static final int BATCH = 500;

    private final SearchIndex index;
    private final ArticleChanges changes;
    /**
     * The rows of the overlap found current by the last pass, with the change time they had: looked at again they are
     * skipped without asking the index. After a bulk write (a large import, a generated site) the overlap holds
     * thousands of rows, and asking the index for each of them every few seconds took a quarter of the server's CPU.
     */
    private Map<String, Long> checked = Map.of();
    /**
     * The overlap the last pass read in full. While it is unchanged (no row committed late into it), a pass reads only
     * the rows past the watermark: after a bulk write and then quiet, reading the overlap's rows again every 5 s kept
     * a fifth of a core busy at 1,000,000 articles (770,000 rows written within two minutes).
     */
    private ArticleChanges.Overlap seen;
    /** Rows the last pass read (for tests). */
    int lastRead;
    private final PeriodicTask timer = new PeriodicTask("search-indexer", INTERVAL, Duration.ofSeconds(30));
    /** Set by {@link #close()}: a running pass stops before its next batch (a stop during a build waited 30 s for it). */
    private volatile boolean closing;

    public SearchIndexer(SearchIndex index, Jdbi jdbi) {
        this.index = index;
        this.changes = new ArticleChanges(jdbi);
    }

    /** Runs a pass now (in the background: a rebuild must not hold up the site) and then every few seconds. */
    public SearchIndexer start() {
        timer.start(Duration.ZERO, this::pass);
        return this;
    }

    /** One pass; returns how many documents it wrote or deleted (0 when the index was already current). */
    public synchronized int runOnce() throws IOException {
        long start = System.nanoTime();
        OptionalLong mark = index.watermark();
        long since = mark.isPresent() ? Math.max(0, mark.getAsLong() - OVERLAP_MS) : 0;
        ArticleChanges.Overlap overlap = mark.isPresent() ? changes.overlap(since, mark.getAsLong()) : null;
        boolean overlapSeen = overlap != null && overlap.equals(seen);
        List<Change> changed = changes.since(overlapSeen ? mark.getAsLong() + 1 : since);
        lastRead = changed.size();
        long newMark = mark.orElse(0);
        int written = 0;
        // a new node (or a deleted index) builds from scratch while the site serves; say how far it is
        if (mark.isEmpty() && changed.size() > BATCH) log.info("search index: building from {} articles", changed.size());
        for (int from = 0; from < changed.size(); from += BATCH) {
            // what was written is kept by the index's close, under the old watermark: the next start reads on from there
            if (closing) return written;
            if (mark.isEmpty() && from > 0 && from % (BATCH * 20) == 0) {
                log.info("search index: building, {} of {} articles read", from, changed.size());
            }
            List<Change> batch = changed.subList(from, Math.min(changed.size(), from + BATCH)).stream()
                    .filter(c -> !Long.valueOf(c.changedAt()).equals(checked.get(c.id()))).toList();
            for (Change c : changed.subList(from, Math.min(changed.size(), from + BATCH))) newMark = Math.max(newMark, c.changedAt());
            if (batch.isEmpty()) continue;
            Map<String, Long> indexed = index.versions(batch.stream().map(Change::id).toList());
            List<String> stale = new ArrayList<>();
            for (Change c : batch) {
                Long version = indexed.get(c.id());
                if (c.published()) {
                    if (version == null || version != c.changedAt()) stale.add(c.id());
                } else if (version != null) {
                    index.remove(c.id());
                    written++;
                }
            }
            // an article unpublished between the two queries is left out here; its newer change_at brings it back
            for (IndexedArticle a : changes.published(stale)) {
                index.put(a);
                written++;
            }
        }
        if (written > 0 || mark.isEmpty() || newMark != mark.getAsLong()) index.commit(newMark);
        if (mark.isEmpty() && written > BATCH && !closing) index.mergeIntoOneSegment();
        // every row read is current now (written, removed or found so); the next pass reads back to newMark - overlap
        long nextSince = Math.max(0, newMark - OVERLAP_MS);
        Map<String, Long> current = new HashMap<>();
        if (overlapSeen) for (Map.Entry<String, Long> e : checked.entrySet()) if (e.getValue() >= nextSince) current.put(e.getKey(), e.getValue());
        for (Change c : changed) if (c.changedAt() >= nextSince) current.put(c.id(), c.changedAt());
        checked = current;
        // what the next pass compares with the database: the overlap it will have, as this pass read it (not read again
        // now: a row committing in between must make the two differ)
        long rows = 0, sum = 0;
        for (long t : current.values()) {
            if (t <= newMark) {
                rows++;
                sum += t;
            }
        }
        seen = new ArticleChanges.Overlap(nextSince, newMark, rows, sum);
        // bench/search.sh reads the build time from this line
        if (mark.isEmpty()) log.info("search index built: {} articles in {} s", written, String.format("%.1f", (System.nanoTime() - start) / 1e9));
        return written;
    }

    private void pass() throws IOException {
        try {
            int n = runOnce();
            if (n > 0) log.debug("search index: {} documents written or deleted", n);
        } catch (AlreadyClosedException e) {
            // the site is shutting down: not a failure to log
        }
    }

    /**
     * Stops the timer and waits for a running pass to end at its next batch (not interrupted: an interrupted
     * IndexWriter may close itself).
     */
    @Override
    public void close() {
        closing = true;
        timer.close();
    }
}
