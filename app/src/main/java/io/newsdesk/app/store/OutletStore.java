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
}
