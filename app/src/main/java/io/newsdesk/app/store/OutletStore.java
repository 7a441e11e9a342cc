package io.newsdesk.app.store;

import io.newsdesk.app.news.Outlet;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

public final class OutletStore {
    private static final RowMapper<Outlet> MAPPER = (rs, ctx) -> new Outlet(
            rs.getString("id"), rs.getString("slug"), rs.getString("name"), rs.getString("site_url"),
            rs.getString("language"), rs.getString("telegram_channel"));
    private final Jdbi jdbi;

    public OutletStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public Outlet create(String slug, String name, String siteUrl, String language, String telegramChannel) {
        Outlet o = new Outlet(Ids.newId(), slug, name, siteUrl, language, telegramChannel);
        jdbi.useHandle(h -> h.createUpdate("""
                INSERT INTO outlets (id, slug, name, site_url, language, telegram_channel)
                VALUES (:id, :slug, :name, :siteUrl, :language, :telegramChannel)""").bindMethods(o).execute());
        return o;
    }

    public Optional<Outlet> byId(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM outlets WHERE id = :id").bind("id", id).map(MAPPER).findOne());
    }

    public Optional<Outlet> bySlug(String slug) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM outlets WHERE slug = :slug").bind("slug", slug).map(MAPPER).findOne());
    }

    /** Every outlet by name, for /admin/outlets. */
    public java.util.List<Outlet> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM outlets ORDER BY LOWER(name), id").map(MAPPER).list());
    }

    /** Replaces the shown name and home address (already clean); the slug, and so the outlet's address, stays. */
    public void update(String id, String name, String siteUrl) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE outlets SET name = :name, site_url = :site WHERE id = :id")
                .bind("id", id).bind("name", name).bind("site", siteUrl).execute());
    }
}
