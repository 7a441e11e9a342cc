package io.newsdesk.app.accounts;

import io.newsdesk.app.store.Ids;
import io.newsdesk.app.store.Times;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/** The {@code users} table (migration V14). Names are unique regardless of case. */
public final class UserStore {
    private static final RowMapper<User> MAPPER = (rs, ctx) -> new User(rs.getString("id"), rs.getString("name"),
            Role.parse(rs.getString("role")).orElseThrow(), rs.getInt("disabled") != 0,
            Times.instant(rs, "created_at"), Times.instant(rs, "password_changed_at"));

    private final Jdbi jdbi;

    public UserStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Creates a user; empty when the name is taken. */
    public Optional<User> create(String name, Role role, String passwordHash, Instant now) {
        if (byName(name).isPresent()) return Optional.empty();
        User u = new User(Ids.newId(), name, role, false, now, now);
        jdbi.useHandle(h -> h.createUpdate("""
                INSERT INTO users (id, name, role, password_hash, disabled, created_at, password_changed_at)
                VALUES (:id, :name, :role, :hash, 0, :now, :now)""")
                .bind("id", u.id()).bind("name", name).bind("role", role.label()).bind("hash", passwordHash)
                .bind("now", Times.millis(now)).execute());
        return Optional.of(u);
    }

    public Optional<User> byId(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM users WHERE id = :id").bind("id", id).map(MAPPER).findOne());
    }

    public Optional<User> byName(String name) {
        if (name == null) return Optional.empty();
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM users WHERE LOWER(name) = LOWER(:name)")
                .bind("name", name.strip()).map(MAPPER).findOne());
    }

    public Optional<String> passwordHash(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT password_hash FROM users WHERE id = :id").bind("id", id)
                .mapTo(String.class).findOne());
    }

    public void setPasswordHash(String id, String hash, Instant now) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE users SET password_hash = :hash, password_changed_at = :now WHERE id = :id")
                .bind("hash", hash).bind("now", Times.millis(now)).bind("id", id).execute());
    }

    /** Replaces an outdated hash of the same password; the password's age stays. */
    public void upgradePasswordHash(String id, String oldHash, String newHash) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE users SET password_hash = :new WHERE id = :id AND password_hash = :old")
                .bind("new", newHash).bind("old", oldHash).bind("id", id).execute());
    }

    public void setDisabled(String id, boolean disabled) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE users SET disabled = :d WHERE id = :id")
                .bind("d", disabled ? 1 : 0).bind("id", id).execute());
    }

    public List<User> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM users ORDER BY LOWER(name)").map(MAPPER).list());
    }

    public int count() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM users").mapTo(Integer.class).one());
    }

    public int activeAdmins() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM users WHERE role = 'admin' AND disabled = 0")
                .mapTo(Integer.class).one());
    }
}
