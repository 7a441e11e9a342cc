package io.newsdesk.app.store;

import io.newsdesk.app.news.AdSlot;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

public final class AdSlotStore {
    private static final RowMapper<AdSlot> MAPPER = (rs, ctx) -> {
        int after = rs.getInt("after_paragraph");
        Integer afterParagraph = rs.wasNull() ? null : after;
        return new AdSlot(rs.getString("id"), AdSlot.Position.valueOf(rs.getString("position")), rs.getString("label"),
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
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM ad_slots WHERE enabled = TRUE ORDER BY position, id").map(MAPPER).list());
    }
}
