package io.newsdesk.app.store;

import io.newsdesk.app.news.Section;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

public final class SectionStore {
    private static final RowMapper<Section> MAPPER = (rs, ctx) -> new Section(
            rs.getString("id"), rs.getString("slug"), rs.getString("name"), rs.getString("parent_id"), rs.getInt("position"));
    private final Jdbi jdbi;

    public SectionStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public Section create(String slug, String name, String parentId, int position) {
        Section s = new Section(Ids.newId(), slug, name, parentId, position);
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO sections (id, slug, name, parent_id, position) VALUES (:id, :slug, :name, :parentId, :position)")
                .bindMethods(s).execute());
        return s;
    }

    public List<Section> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM sections ORDER BY position, name").map(MAPPER).list());
    }

    public Section byId(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM sections WHERE id = :id").bind("id", id).map(MAPPER).one());
    }

    public Optional<Section> bySlug(String slug) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM sections WHERE slug = :slug").bind("slug", slug).map(MAPPER).findOne());
    }
}
