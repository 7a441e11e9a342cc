package io.newsdesk.app.accounts;

import io.newsdesk.app.store.Times;
import io.newsdesk.app.util.Sha256;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * One-time links that let someone create their account: invitations for a role (a week long), and the first-run
 * setup link (until used). Only the token's hash is stored, so the link is shown once, when made.
 */
public final class Invites {
    public static final String SETUP = "setup";
    public static final String INVITE = "invite";
    public static final Duration INVITE_LIFETIME = Duration.ofDays(7);
    private static final SecureRandom RANDOM = new SecureRandom();

    public record Invite(String purpose, Role role, String createdBy, Instant expiresAt) {}

    private final Jdbi jdbi;

    public Invites(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** A new invitation; returns the token for the link. */
    public String invite(Role role, String createdBy, Instant now) {
        return insert(INVITE, role, createdBy, now, now.plus(INVITE_LIFETIME));
    }

    /** A new first-run link for the first admin; older unused ones stop working. */
    public String setup(Instant now) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM user_invites WHERE purpose = 'setup' AND used_at IS NULL").execute());
        return insert(SETUP, Role.ADMIN, null, now, null);
    }

    private String insert(String purpose, Role role, String createdBy, Instant now, Instant expires) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        jdbi.useHandle(h -> h.createUpdate("""
                INSERT INTO user_invites (token_hash, purpose, role, created_by, created_at, expires_at)
                VALUES (:hash, :purpose, :role, :by, :now, :expires)""")
                .bind("hash", Sha256.hex(token)).bind("purpose", purpose).bind("role", role.label()).bind("by", createdBy)
                .bind("now", Times.millis(now)).bind("expires", Times.millis(expires)).execute());
        return token;
    }

    /** The open invitation behind {@code token}: unused and unexpired. */
    public Optional<Invite> open(String token, Instant now) {
        if (token == null || token.isEmpty() || token.length() > 100) return Optional.empty();
        return jdbi.withHandle(h -> h.createQuery("""
                SELECT purpose, role, created_by, expires_at FROM user_invites
                WHERE token_hash = :hash AND used_at IS NULL AND (expires_at IS NULL OR expires_at > :now)""")
                .bind("hash", Sha256.hex(token)).bind("now", Times.millis(now))
                .map((rs, ctx) -> new Invite(rs.getString("purpose"), Role.parse(rs.getString("role")).orElseThrow(),
                        rs.getString("created_by"), Times.instant(rs, "expires_at"))).findOne());
    }

    /** Marks the link used; false when someone else used it first (two tabs, a replay). */
    public boolean use(String token, String userId, Instant now) {
        return jdbi.withHandle(h -> h.createUpdate("""
                UPDATE user_invites SET used_at = :now, used_by = :user WHERE token_hash = :hash AND used_at IS NULL""")
                .bind("now", Times.millis(now)).bind("user", userId).bind("hash", Sha256.hex(token)).execute()) == 1;
    }
}
