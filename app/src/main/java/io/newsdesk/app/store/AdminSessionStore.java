package io.newsdesk.app.store;

import java.time.Instant;
import org.jdbi.v3.core.Jdbi;

/** The live admin sessions (migration V11), by the hash of their cookie token; shared by every app node. */
public final class AdminSessionStore {
    private final Jdbi jdbi;

    public AdminSessionStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Records a new session and drops the expired ones, so the table holds only live sessions. */
    public void start(String tokenHash, Instant now, Instant expires) {
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM admin_sessions WHERE expires_at < :now").bind("now", Times.millis(now)).execute();
            h.createUpdate("INSERT INTO admin_sessions (token_hash, created_at, expires_at) VALUES (:hash, :now, :expires)")
                    .bind("hash", tokenHash).bind("now", Times.millis(now)).bind("expires", Times.millis(expires)).execute();
        });
    }

    public boolean live(String tokenHash, Instant now) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM admin_sessions WHERE token_hash = :hash AND expires_at >= :now")
                .bind("hash", tokenHash).bind("now", Times.millis(now)).mapTo(Integer.class).one()) > 0;
    }

    public void end(String tokenHash) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM admin_sessions WHERE token_hash = :hash").bind("hash", tokenHash).execute());
    }

    /** Ends every session; returns how many there were. */
    public int endAll() {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM admin_sessions").execute());
    }
}
