package io.newsdesk.app.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.app.store.DistinctValues;
import io.newsdesk.app.store.Ids;
import io.newsdesk.app.store.Times;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/**
 * The audit log (table {@code audit_log}, migration V14): who did what to what, when, from where, and the changed
 * fields before and after as JSON objects. Written by every editorial and administrative action; never changed.
 */
public final class AuditLog {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Who acted: a user, or nobody yet (a failed login, the command line). */
    public record Actor(String userId, String userName, String client) {
        public static Actor anonymous(String client) {
            return new Actor(null, null, client);
        }
    }

    public record Entry(String id, Instant at, String userName, String action, String target, String before, String after,
                        String client) {}

    /** The filter of the audit page: each part optional; days are UTC and {@code to} includes its day. */
    public record Filter(String userName, String action, Instant from, Instant to) {}

    private final Jdbi jdbi;
    private final Clock clock;

    public AuditLog(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** Records one action; {@code before} and {@code after} hold the changed fields (either may be empty). */
    public void record(Actor actor, String action, String target, Map<String, ?> before, Map<String, ?> after) {
        jdbi.useHandle(h -> h.createUpdate("""
                INSERT INTO audit_log (id, at, user_id, user_name, action, target, before_json, after_json, client)
                VALUES (:id, :at, :userId, :userName, :action, :target, :before, :after, :client)""")
                .bind("id", Ids.newId()).bind("at", clock.millis()).bind("userId", actor.userId()).bind("userName", actor.userName())
                .bind("action", action).bind("target", cut(target, 300)).bind("before", json(before)).bind("after", json(after))
                .bind("client", cut(actor.client(), 64)).execute());
    }

    public List<Entry> find(Filter f, int limit) {
        StringBuilder sql = new StringBuilder("SELECT * FROM audit_log WHERE 1 = 1");
        Map<String, Object> binds = new LinkedHashMap<>();
        if (f.userName() != null && !f.userName().isBlank()) {
            sql.append(" AND LOWER(user_name) = LOWER(:user)");
            binds.put("user", f.userName().strip());
        }
        if (f.action() != null && !f.action().isBlank()) {
            sql.append(" AND action = :action");
            binds.put("action", f.action().strip());
        }
        if (f.from() != null) {
            sql.append(" AND at >= :from");
            binds.put("from", Times.millis(f.from()));
        }
        if (f.to() != null) {
            sql.append(" AND at < :to");
            binds.put("to", Times.millis(f.to()));
        }
        sql.append(" ORDER BY at DESC, id DESC LIMIT :limit");
        return jdbi.withHandle(h -> {
            var q = h.createQuery(sql.toString()).bind("limit", limit);
            binds.forEach(q::bind);
            return q.map((rs, ctx) -> new Entry(rs.getString("id"), Times.instant(rs, "at"), rs.getString("user_name"),
                    rs.getString("action"), rs.getString("target"), rs.getString("before_json"), rs.getString("after_json"),
                    rs.getString("client"))).list();
        });
    }

    /** The actions recorded so far, for the filter's choices. */
    public List<String> actions() {
        return new ArrayList<>(jdbi.withHandle(h -> h.createQuery(DistinctValues.sql("audit_log", "action"))
                .mapTo(String.class).list()));
    }

    private static String json(Map<String, ?> fields) {
        if (fields == null || fields.isEmpty()) return null;
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
