package io.newsdesk.app.store;

import io.newsdesk.app.news.AdSlot;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

public final class AdSlotStore {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(AdSlotStore.class);
    /** A row whose position is written in another case is read as that position; an unknown one is null (skipped, logged). */
    private static final RowMapper<AdSlot> MAPPER = (rs, ctx) -> {
        int after = rs.getInt("after_paragraph");
        Integer afterParagraph = rs.wasNull() ? null : after;
        AdSlot.Position position;
        try {
            position = AdSlot.Position.parse(rs.getString("position"));
        } catch (IllegalArgumentException e) {
            log.warn("ad slot {} is not shown: {}", rs.getString("id"), e.getMessage());
            return null;
        }
        return new AdSlot(rs.getString("id"), position, rs.getString("label"),
                rs.getString("code"), afterParagraph, rs.getBoolean("enabled"));
    };
    private final Jdbi jdbi;

    public AdSlotStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public AdSlot create(AdSlot.Position position, String label, String code, Integer afterParagraph) {
        AdSlot slot = new AdSlot(Ids.newId(), position, label == null || label.isBlank() ? AdSlot.DEFAULT_LABEL : label,
                code, afterParagraph, true);
        jdbi.useHandle(h -> h.createUpdate("""
                INSERT INTO ad_slots (id, position, label, code, after_paragraph, enabled)
                VALUES (:id, :position, :label, :code, :afterParagraph, :enabled)""")
                .bindMethods(slot).bind("position", position.name()).execute());
        return slot;
    }

    public List<AdSlot> enabled() {
        return known("SELECT * FROM ad_slots WHERE enabled = TRUE ORDER BY position, id", null);
    }

    /** Every slot with a known position, enabled or not (for /admin/ads). */
    public List<AdSlot> all() {
        return known("SELECT * FROM ad_slots ORDER BY position, id", null);
    }

    public Optional<AdSlot> byId(String id) {
        return known("SELECT * FROM ad_slots WHERE id = :id", id).stream().findFirst();
    }

    private List<AdSlot> known(String sql, String id) {
        return jdbi.withHandle(h -> {
            var q = h.createQuery(sql);
            if (id != null) q.bind("id", id);
            return q.map(MAPPER).stream().filter(Objects::nonNull).toList();
        });
    }

    /** Replaces a slot's position, label, code, paragraph and state; false when there is no such slot. */
    public boolean update(AdSlot slot) {
        return jdbi.withHandle(h -> h.createUpdate("""
                UPDATE ad_slots SET position = :position, label = :label, code = :code, after_paragraph = :afterParagraph,
                    enabled = :enabled WHERE id = :id""")
                .bindMethods(slot).bind("position", slot.position().name()).execute()) == 1;
    }
}
