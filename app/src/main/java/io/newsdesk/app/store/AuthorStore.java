package io.newsdesk.app.store;

import io.newsdesk.app.news.Author;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

public final class AuthorStore {
    private static final RowMapper<Author> MAPPER = (rs, ctx) -> new Author(
            rs.getString("id"), rs.getString("slug"), rs.getString("name"), rs.getString("bio"));
    private final Jdbi jdbi;

    public AuthorStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public Author create(String slug, String name, String bio) {
        Author a = new Author(Ids.newId(), slug, name, bio);
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO authors (id, slug, name, bio) VALUES (:id, :slug, :name, :bio)")
                .bindMethods(a).execute());
        return a;
    }

    public Optional<Author> bySlug(String slug) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM authors WHERE slug = :slug").bind("slug", slug).map(MAPPER).findOne());
    }

    /** The authors of an article in byline order. */
    public List<Author> ofArticle(String articleId) {
        return jdbi.withHandle(h -> h.createQuery("""
                SELECT au.* FROM authors au JOIN article_authors aa ON aa.author_id = au.id
                WHERE aa.article_id = :id ORDER BY aa.position""").bind("id", articleId).map(MAPPER).list());
    }
}
