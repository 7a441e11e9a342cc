package io.newsdesk.app.ingest.pipeline;

import java.util.concurrent.atomic.AtomicInteger;

/** Running totals of the pipeline: feeds read or failed, items new, updated, unchanged, duplicate or failed. */
public final class ImportCounts {
    public final AtomicInteger feeds = new AtomicInteger();
    public final AtomicInteger feedsFailed = new AtomicInteger();
    public final AtomicInteger newItems = new AtomicInteger();
    public final AtomicInteger updated = new AtomicInteger();
    public final AtomicInteger unchanged = new AtomicInteger();
    /** Items whose text was already stored under another URL (counted as unchanged in the summary). */
    public final AtomicInteger duplicates = new AtomicInteger();
    public final AtomicInteger failed = new AtomicInteger();
    /** Articles published in a translation, and translations held for an editor by the guard. */
    public final AtomicInteger translated = new AtomicInteger();
    public final AtomicInteger heldForEditor = new AtomicInteger();
    /** Article pages fetched and extracted (full-text sources). */
    public final AtomicInteger extracted = new AtomicInteger();
    /** Images stored by the site (lead and body) and images refused (each with its reason in image_sources). */
    public final AtomicInteger imagesStored = new AtomicInteger();
    public final AtomicInteger imagesRefused = new AtomicInteger();

    /** One line for a live display. */
    public String progress() {
        return "feeds " + feeds.get() + (feedsFailed.get() > 0 ? " (+" + feedsFailed.get() + " failed)" : "") + " · items "
                + newItems.get() + " new, " + updated.get() + " updated, " + unchanged.get() + " unchanged, "
                + duplicates.get() + " duplicate, " + failed.get() + " failed · pages extracted " + extracted.get()
                + " · images " + imagesStored.get() + (imagesRefused.get() > 0 ? " (+" + imagesRefused.get() + " refused)" : "")
                + " · translated " + translated.get() + (heldForEditor.get() > 0 ? " (+" + heldForEditor.get() + " held)" : "");
    }

    /** The summary line: {@code imported: N new, N updated, N unchanged, N failed}. */
    public String summary() {
        return "imported: " + newItems.get() + " new, " + updated.get() + " updated, "
                + (unchanged.get() + duplicates.get()) + " unchanged, " + failed.get() + " failed";
    }
}
