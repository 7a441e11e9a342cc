package io.newsdesk.app.ingest.pipeline;

import java.util.concurrent.atomic.AtomicInteger;

/** Running totals of one import: feeds fetched and items new, updated, unchanged or failed. */
public final class ImportCounts {
    public final AtomicInteger feeds = new AtomicInteger();
    public final AtomicInteger feedsFailed = new AtomicInteger();
    public final AtomicInteger newItems = new AtomicInteger();
    public final AtomicInteger updated = new AtomicInteger();
    public final AtomicInteger unchanged = new AtomicInteger();
    public final AtomicInteger failed = new AtomicInteger();

    /** The summary line: {@code imported: N new, N updated, N unchanged, N failed}. */
    public String summary() {
        return "imported: " + newItems.get() + " new, " + updated.get() + " updated, " + unchanged.get() + " unchanged, "
                + failed.get() + " failed";
    }
}
