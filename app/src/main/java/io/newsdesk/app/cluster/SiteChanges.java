package io.newsdesk.app.cluster;

import org.jdbi.v3.core.Jdbi;

/**
 * The database's signal that something readers see changed outside {@code articles.changed_at} (migration V19,
 * {@code site_changes}): a comment approved, settings, sections, the home page, ads, authors, outlets. The node
 * that makes such a change moves the number on; every node polls it (one indexed row, every second) and drops its
 * in-memory pages and copies when it moved. Articles need no signal: every write stamps {@code changed_at}.
 */
public final class SiteChanges {
    private final Jdbi jdbi;

    public SiteChanges(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Tells every node (this one too, at its next poll) that readers' pages changed. */
    /** Moves the version on and returns the version this call made (the row is locked until the read: no other bump between). */
    public long bump() {
        return jdbi.inTransaction(h -> {
            h.createUpdate("UPDATE site_changes SET version = version + 1 WHERE id = 1").execute();
            return h.createQuery("SELECT version FROM site_changes WHERE id = 1").mapTo(Long.class).one();
        });
    }

    public long version() {
        return jdbi.withHandle(h -> h.createQuery("SELECT version FROM site_changes WHERE id = 1").mapTo(Long.class).one());
    }
}
