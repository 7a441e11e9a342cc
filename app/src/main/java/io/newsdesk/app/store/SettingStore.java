package io.newsdesk.app.store;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;

/** Small named values kept in the database so that every app node shares them (secrets, password hash). */
public final class SettingStore {
    private final Jdbi jdbi;

    public SettingStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public Optional<String> get(String name) {
        return jdbi.withHandle(h -> h.createQuery("SELECT value FROM settings WHERE name = :name")
                .bind("name", name).mapTo(String.class).findOne());
    }

    /** The values whose names start with {@code prefix} ("site."), in one query: read every second by each node. */
    public Map<String, String> startingWith(String prefix) {
        Map<String, String> values = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT name, value FROM settings WHERE substr(name, 1, :n) = :prefix")
                .bind("n", prefix.length()).bind("prefix", prefix)
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2))).forEach(e -> values.put(e.getKey(), e.getValue())));
        return values;
    }

    public void put(String name, String value) {
        jdbi.useHandle(h -> h.createUpdate("""
                INSERT INTO settings (name, value) VALUES (:name, :value)
                ON CONFLICT (name) DO UPDATE SET value = excluded.value""").bind("name", name).bind("value", value).execute());
    }

    /** The value, created once by {@code initial} if missing; concurrent creators agree on the first one stored. */
    public String getOrCreate(String name, Supplier<String> initial) {
        return get(name).orElseGet(() -> {
            jdbi.useHandle(h -> h.createUpdate("INSERT INTO settings (name, value) VALUES (:name, :value) ON CONFLICT (name) DO NOTHING")
                    .bind("name", name).bind("value", initial.get()).execute());
            return get(name).orElseThrow();
        });
    }
}
