package io.newsdesk.app.store;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** The live admin sessions (migrations V11, V14: each a user's), by the hash of their cookie token; shared by every app node. */
public final class AdminSessionStore {
    private final Jdbi jdbi;

    public AdminSessionStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Records a new session and drops the expired ones, so the table holds only live sessions. */
    public void start(String tokenHash, String userId, Instant now, Instant expires) {
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM admin_sessions WHERE expires_at < :now").bind("now", Times.millis(now)).execute();
            h.createUpdate("INSERT INTO admin_sessions (token_hash, user_id, created_at, expires_at) VALUES (:hash, :user, :now, :expires)")
                    .bind("hash", tokenHash).bind("user", userId).bind("now", Times.millis(now)).bind("expires", Times.millis(expires)).execute();
        });
    }

    /** The user of a live session. */
    public Optional<String> live(String tokenHash, Instant now) {
        return jdbi.withHandle(h -> h.createQuery("SELECT user_id FROM admin_sessions WHERE token_hash = :hash AND expires_at >= :now AND user_id IS NOT NULL")
                .bind("hash", tokenHash).bind("now", Times.millis(now)).mapTo(String.class).findOne());
    }

    public void end(String tokenHash) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM admin_sessions WHERE token_hash = :hash").bind("hash", tokenHash).execute());
    }

    /** Ends every session of one user ("log out everywhere", a new password, disabling); returns how many there were. */
    public int endAllOf(String userId) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM admin_sessions WHERE user_id = :user").bind("user", userId).execute());
    }
}
