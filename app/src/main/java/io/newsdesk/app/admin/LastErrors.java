package io.newsdesk.app.admin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * The dashboard's "last errors": the newest jobs the queue gave up on and the sources whose last fetch failed,
 * each with its recorded reason, newest first.
 */
public final class LastErrors {
    static final int SHOWN = 8;

    /** @param what a job's kind and key ("item https://…"), or a source's address */
    public record Failure(String kind, String what, String reason, Instant at) {}

    private LastErrors() {}

    static List<Failure> read(Jdbi jdbi) {
        List<Failure> all = new ArrayList<>(jdbi.withHandle(h -> h.createQuery("""
                        SELECT kind, dedupe_key, last_error, updated_at FROM jobs WHERE state = 'dead'
                        ORDER BY updated_at DESC LIMIT :n""").bind("n", SHOWN)
                .map((rs, c) -> new Failure("job given up", rs.getString("kind") + " " + String.valueOf(rs.getString("dedupe_key")),
                        String.valueOf(rs.getString("last_error")), Instant.ofEpochMilli(rs.getLong("updated_at")))).list()));
        all.addAll(jdbi.withHandle(h -> h.createQuery("""
                        SELECT url, last_error, last_fetch_at FROM sources WHERE consecutive_failures > 0 AND last_error IS NOT NULL
                        ORDER BY last_fetch_at DESC LIMIT :n""").bind("n", SHOWN)
                .map((rs, c) -> new Failure("source failing", rs.getString("url"), rs.getString("last_error"),
                        Instant.ofEpochMilli(rs.getLong("last_fetch_at")))).list()));
        all.sort(Comparator.comparing(Failure::at).reversed());
        return all.subList(0, Math.min(all.size(), SHOWN));
    }
}
