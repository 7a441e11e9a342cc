package io.newsdesk.app.store;

import io.newsdesk.app.news.Comment;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

public final class CommentStore {
    private static final RowMapper<Comment> MAPPER = (rs, ctx) -> new Comment(
            rs.getString("id"), rs.getString("article_id"), rs.getString("parent_id"), rs.getString("author_name"),
            rs.getString("author_email"), rs.getString("body"),
            Comment.Status.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)), Times.instant(rs, "created_at"));
    private final Jdbi jdbi;

    public CommentStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public Comment add(String articleId, String parentId, String name, String email, String body, Comment.Status status, Instant at) {
        return add(articleId, parentId, name, email, body, status, at, null);
    }

    /** @param clientHash the keyed hash of the writer's client address (null when unknown), for blocking it */
    public Comment add(String articleId, String parentId, String name, String email, String body, Comment.Status status, Instant at,
                       String clientHash) {
        Comment c = new Comment(Ids.newId(), articleId, parentId, name, email, body, status, at);
        jdbi.useHandle(h -> h.createUpdate("""
                INSERT INTO comments (id, article_id, parent_id, author_name, author_email, body, status, created_at, client_hash)
                VALUES (:id, :articleId, :parentId, :authorName, :authorEmail, :body, :status, :createdAt, :clientHash)""")
                .bindMethods(c)
                .bind("status", status.name().toLowerCase(Locale.ROOT))
                .bind("createdAt", Times.millis(at)).bind("clientHash", clientHash).execute());
        return c;
    }

    /** Comments in one status, oldest first. */
    public List<Comment> inStatus(Comment.Status status, int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM comments WHERE status = :status ORDER BY created_at, id LIMIT :limit")
                .bind("status", status.name().toLowerCase(Locale.ROOT)).bind("limit", limit).map(MAPPER).list());
    }

    /** How many comments are in {@code status}, up to one past {@link BoundedCount#CAP} (spam piles up). */
    public long count(Comment.Status status) {
        return jdbi.withHandle(h -> h.createQuery(BoundedCount.sql("SELECT 1 FROM comments WHERE status = :status"))
                .bind("status", status.name().toLowerCase(Locale.ROOT)).mapTo(Long.class).one());
    }

    /** Marks a comment spam (its replies stay as they are, but a reply is shown only under a shown comment). */
    public boolean markSpam(String id) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE comments SET status = 'spam' WHERE id = :id").bind("id", id).execute()) > 0;
    }

    /** The keyed hash of the client that wrote a comment; empty when it was not recorded. */
    public Optional<String> clientHash(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT client_hash FROM comments WHERE id = :id AND client_hash IS NOT NULL")
                .bind("id", id).mapTo(String.class).findOne());
    }

    public Optional<Comment> byId(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM comments WHERE id = :id").bind("id", id).map(MAPPER).findOne());
    }

    /** Approved comments of an article, oldest first. */
    public List<Comment> approvedFor(String articleId) {
        return jdbi.withHandle(h -> h.createQuery(
                "SELECT * FROM comments WHERE article_id = :id AND status = 'approved' ORDER BY created_at, id")
                .bind("id", articleId).map(MAPPER).list());
    }

    public List<Comment> pending(int limit) {
        return inStatus(Comment.Status.PENDING, limit);
    }

    public boolean approve(String id) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE comments SET status = 'approved' WHERE id = :id").bind("id", id).execute()) > 0;
    }

    /** Deletes a comment and its replies. */
    public boolean delete(String id) {
        return jdbi.inTransaction(h -> {
            h.createUpdate("DELETE FROM comments WHERE parent_id = :id").bind("id", id).execute();
            return h.createUpdate("DELETE FROM comments WHERE id = :id").bind("id", id).execute() > 0;
        });
    }
}
