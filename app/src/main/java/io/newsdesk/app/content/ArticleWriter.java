package io.newsdesk.app.content;

import io.newsdesk.app.news.Article;
import io.newsdesk.app.news.ArticleDraft;
import io.newsdesk.app.news.ArticleStatus;
import io.newsdesk.app.store.ArticleStore;
import io.newsdesk.app.store.Ids;
import io.newsdesk.app.store.Times;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * The only code that writes {@code articles}, {@code article_revisions} and {@code article_authors} (a test fails
 * if such SQL appears elsewhere). Every operation runs in the caller's transaction (or its own), cleans text
 * through the one cleaning path ({@link #clean}, {@link BodyHtml}, {@link CleanText}, {@link CleanUrl}, {@link Excerpts}), keeps a
 * revision before text is replaced, keeps slugs unique, stamps {@code changed_at} from one clock (the search index,
 * Telegram and WebSub follow it) and raises one after-commit {@link ArticleEvents} change.
 */
public final class ArticleWriter {
    private final Jdbi jdbi;
    private final ArticleStore articles;
    private final Clock clock;
    private final ArticleEvents events;

    public ArticleWriter(Jdbi jdbi, ArticleStore articles) {
        this(jdbi, articles, Clock.systemUTC());
    }

    public ArticleWriter(Jdbi jdbi, ArticleStore articles, Clock clock) {
        this.jdbi = jdbi;
        this.articles = articles;
        this.clock = clock;
        this.events = ArticleEvents.of(jdbi);
    }

    public Article save(ArticleDraft d) {
        return jdbi.inTransaction(h -> save(h, d));
    }

    /** As {@link #save(ArticleDraft)}, inside the caller's transaction (so related rows commit with the article). */
    public Article save(Handle h, ArticleDraft d) {
        return save(h, clean(d, ""), d.authorIds());
    }

    /**
     * Stores an article already {@link #clean cleaned} (with a unique slug chosen here), inside the caller's
     * transaction: callers that hold SQLite's write lock clean first, outside it.
     */
    public Article save(Handle h, Article a, List<String> authorIds) {
        String slug = a.slug();
        for (int n = 2; articles.slugTaken(h, slug); n++) slug = a.slug() + "-" + n;
        Article stored = withSlug(a, slug);
        long now = clock.millis();
        h.createUpdate("""
                INSERT INTO articles (id, slug, title, standfirst, body_html, body_text, excerpt, image_url, image_caption,
                    image_credit, section_id, language, status, published_at, updated_at, created_at, changed_at, outlet_id,
                    original_url, original_title, original_language, translated)
                VALUES (:id, :slug, :title, :standfirst, :bodyHtml, :bodyText, :excerpt, :imageUrl, :imageCaption,
                    :imageCredit, :sectionId, :language, :status, :publishedAt, :updatedAt, :now, :now, :outletId,
                    :originalUrl, :originalTitle, :originalLanguage, :translated)""")
                .bindMethods(stored)
                .bind("status", stored.status().dbValue())
                .bind("publishedAt", Times.millis(stored.publishedAt()))
                .bind("updatedAt", Times.millis(stored.updatedAt()))
                .bind("now", now)
                .execute();
        for (int i = 0; i < authorIds.size(); i++) {
            h.createUpdate("INSERT INTO article_authors (article_id, author_id, position) VALUES (:a, :au, :p)")
                    .bind("a", stored.id()).bind("au", authorIds.get(i)).bind("p", i).execute();
        }
        changed(h, new ArticleEvents.Change(stored.id(), stored.status() == ArticleStatus.PUBLISHED));
        return stored;
    }

    /** One article of a {@link #saveAll} batch: already {@link #clean cleaned}, with its byline. */
    public record Cleaned(Article article, List<String> authorIds) {}

    /**
     * As {@link #save(Handle, Article, List)} for many articles, inside the caller's transaction, with each statement
     * prepared once for the batch (generating a million articles spent most of its time binding SQL one row at a time).
     * The same rows are written (the byline rows with the article's status and times, as {@link #changed} keeps them),
     * slugs are made unique the same way and each article raises its change after the commit.
     */
    public List<Article> saveAll(Handle h, List<Cleaned> batch) {
        long now = clock.millis();
        List<Article> stored = new java.util.ArrayList<>(batch.size());
        try (PreparedStatement taken = h.getConnection().prepareStatement("SELECT 1 FROM articles WHERE slug = ?");
             PreparedStatement article = h.getConnection().prepareStatement("""
                     INSERT INTO articles (id, slug, title, standfirst, body_html, body_text, excerpt, image_url, image_caption,
                         image_credit, section_id, language, status, published_at, updated_at, created_at, changed_at, outlet_id,
                         original_url, original_title, original_language, translated)
                     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
             PreparedStatement byline = h.getConnection().prepareStatement("""
                     INSERT INTO article_authors (article_id, author_id, position, status, published_at, changed_at)
                     VALUES (?, ?, ?, ?, ?, ?)""")) {
            for (Cleaned c : batch) {
                Article a = c.article();
                String slug = a.slug();
                for (int n = 2; exists(taken, slug); n++) slug = a.slug() + "-" + n;
                Article s = withSlug(a, slug);
                Long published = Times.millis(s.publishedAt());
                int i = 1;
                article.setString(i++, s.id());
                article.setString(i++, s.slug());
                article.setString(i++, s.title());
                article.setString(i++, s.standfirst());
                article.setString(i++, s.bodyHtml());
                article.setString(i++, s.bodyText());
                article.setString(i++, s.excerpt());
                article.setString(i++, s.imageUrl());
                article.setString(i++, s.imageCaption());
                article.setString(i++, s.imageCredit());
                article.setString(i++, s.sectionId());
                article.setString(i++, s.language());
                article.setString(i++, s.status().dbValue());
                article.setObject(i++, published, Types.BIGINT);
                article.setObject(i++, Times.millis(s.updatedAt()), Types.BIGINT);
                article.setLong(i++, now);
                article.setLong(i++, now);
                article.setString(i++, s.outletId());
                article.setString(i++, s.originalUrl());
                article.setString(i++, s.originalTitle());
                article.setString(i++, s.originalLanguage());
                article.setBoolean(i, s.translated());
                article.executeUpdate();
                List<String> authors = c.authorIds();
                for (int p = 0; p < authors.size(); p++) {
                    byline.setString(1, s.id());
                    byline.setString(2, authors.get(p));
                    byline.setInt(3, p);
                    byline.setString(4, s.status().dbValue());
                    byline.setObject(5, published, Types.BIGINT);
                    byline.setLong(6, now);
                    byline.executeUpdate();
                }
                events.raise(h, new ArticleEvents.Change(s.id(), s.status() == ArticleStatus.PUBLISHED));
                stored.add(s);
            }
        } catch (SQLException e) {
            throw new UnableToExecuteStatementException("saving a batch of articles", e, null);
        }
        return stored;
    }

    private static boolean exists(PreparedStatement query, String value) throws SQLException {
        query.setString(1, value);
        try (ResultSet rs = query.executeQuery()) {
            return rs.next();
        }
    }

    /**
     * Keeps the stored text as a revision and writes a new cleaned version over it; slug, status and story stay. An
     * imported article an editor has corrected keeps the editor's text: the source's later version is not applied
     * (readers were told what was corrected; the source link still leads to the outlet's own version).
     */
    public void replaceText(Handle h, String id, Article cleaned, Instant updatedAt) {
        if (h.createQuery("SELECT COUNT(*) FROM article_corrections WHERE article_id = :id").bind("id", id).mapTo(Integer.class).one() > 0) {
            return;
        }
        keepRevision(h, id, false);
        h.createUpdate("""
                UPDATE articles SET title = :title, body_html = :html, body_text = :text, excerpt = :excerpt,
                       image_url = COALESCE(:image, image_url), original_title = :title, updated_at = :updated,
                       changed_at = :now WHERE id = :id""")
                .bind("title", cleaned.title()).bind("html", cleaned.bodyHtml()).bind("text", cleaned.bodyText())
                .bind("excerpt", cleaned.excerpt()).bind("image", cleaned.imageUrl()).bind("updated", updatedAt.toEpochMilli())
                .bind("now", clock.millis()).bind("id", id).execute();
        changed(h, new ArticleEvents.Change(id, published(h, id)));
    }

    /**
     * The text of an article in the site's language; {@code bodyHtml} is cleaned here like every body. A null
     * {@code imageCredit} keeps the stored credit.
     */
    public record Translation(String title, String standfirst, String imageCaption, String imageCredit, String bodyHtml,
            String language) {}

    /**
     * Publishes an article in its translation: title, standfirst, caption, credit and body replaced, a slug from the new
     * title, the original title and language kept. An article readers saw in an earlier translation keeps that
     * version as a revision and is "updated"; a first publication is not an update (readers saw nothing before).
     */
    public void publishTranslation(Handle h, String id, Translation t) {
        String title = title(t.title());
        if (title.isEmpty()) throw new IllegalArgumentException("the translated title is empty");
        BodyHtml.Clean body = BodyHtml.sanitize(t.bodyHtml(), null);
        keepRevision(h, id, true);
        h.createUpdate("""
                UPDATE articles SET title = :title, slug = :slug, standfirst = :standfirst, image_caption = :caption,
                       image_credit = COALESCE(:credit, image_credit),
                       body_html = :html, body_text = :text, excerpt = :excerpt, language = :language, translated = TRUE,
                       status = 'published', hold_reason = NULL, changed_at = :now,
                       updated_at = CASE WHEN status = 'published' THEN :now ELSE published_at END WHERE id = :id""")
                .bind("title", title).bind("slug", freeSlug(h, id, title))
                .bind("standfirst", CleanText.optional(t.standfirst())).bind("caption", CleanText.optional(t.imageCaption()))
                .bind("credit", Credits.strip(t.imageCredit()))
                .bind("html", body.html()).bind("text", body.text()).bind("excerpt", Excerpts.of(body.lead()))
                .bind("language", t.language()).bind("now", clock.millis()).bind("id", id).execute();
        changed(h, new ArticleEvents.Change(id, true));
    }

    /** Sets an article's status, with the reason readers do not see it (null when published). */
    public void setStatus(Handle h, String id, ArticleStatus status, String reason) {
        boolean wasPublished = published(h, id);
        h.createUpdate("UPDATE articles SET status = :status, hold_reason = :reason, changed_at = :now WHERE id = :id")
                .bind("status", status.dbValue()).bind("reason", reason).bind("now", clock.millis()).bind("id", id).execute();
        changed(h, new ArticleEvents.Change(id, wasPublished || status == ArticleStatus.PUBLISHED));
    }

    public void setStatus(String id, ArticleStatus status, String reason) {
        jdbi.useTransaction(h -> setStatus(h, id, status, reason));
    }

    /**
     * Takes an article off the site for a reason: one readers had seen is withdrawn ({@code unpublished}, its address
     * answers 410); one they never saw goes back to the drafts (404).
     */
    public void withdraw(Handle h, String id, String reason) {
        boolean wasPublished = published(h, id);
        h.createUpdate("UPDATE articles SET status = :status, hold_reason = :reason, updated_at = :now, changed_at = :now WHERE id = :id")
                .bind("status", (wasPublished ? ArticleStatus.UNPUBLISHED : ArticleStatus.DRAFT).dbValue())
                .bind("reason", reason).bind("now", clock.millis()).bind("id", id).execute();
        changed(h, new ArticleEvents.Change(id, wasPublished));
    }

    /** Why a held article waits (the translation's state); nothing else of it changes. */
    public void setHoldReason(Handle h, String id, String reason) {
        int n = h.createUpdate("UPDATE articles SET hold_reason = :reason, changed_at = :now WHERE id = :id AND status = 'held'")
                .bind("reason", reason).bind("now", clock.millis()).bind("id", id).execute();
        if (n > 0) changed(h, new ArticleEvents.Change(id, false));
    }

    /** Files an article under a story (its page then lists the story's other reports). */
    public void assignStory(Handle h, String id, String storyId) {
        h.createUpdate("UPDATE articles SET story_id = :story, changed_at = :now WHERE id = :id")
                .bind("story", storyId).bind("now", clock.millis()).bind("id", id).execute();
        changed(h, new ArticleEvents.Change(id, published(h, id)));
    }

    /**
     * Files every article of section {@code fromId} under {@code toId} (a section being removed); returns how many
     * moved. Each moved article is stamped and raises its change, as any other write.
     */
    public int moveSection(Handle h, String fromId, String toId) {
        List<ArticleEvents.Change> moved = h.createQuery("SELECT id, status FROM articles WHERE section_id = :from")
                .bind("from", fromId)
                .map((rs, ctx) -> new ArticleEvents.Change(rs.getString("id"), ArticleStatus.PUBLISHED.dbValue().equals(rs.getString("status"))))
                .list();
        h.createUpdate("UPDATE articles SET section_id = :to, changed_at = :now WHERE section_id = :from")
                .bind("to", toId).bind("from", fromId).bind("now", clock.millis()).execute();
        moved.forEach(c -> changed(h, c));
        return moved.size();
    }

    /** As {@link #save(Handle, ArticleDraft)}, for an article a user writes in the admin (its author may edit it). */
    public Article create(Handle h, ArticleDraft d, String userId) {
        Article a = save(h, d);
        h.createUpdate("UPDATE articles SET created_by = :user WHERE id = :id").bind("user", userId).bind("id", a.id()).execute();
        return a;
    }

    /**
     * What an editor changes in the admin's form. {@code bodyHtml} may hold anything: it is sanitized here by
     * {@link BodyHtml} like an imported body. {@code authorIds} replace the byline.
     */
    public record Edit(String title, String standfirst, String bodyHtml, String imageCaption, String imageCredit,
                       String sectionId, List<String> authorIds) {}

    /**
     * Writes an edit made in the admin, keeping the version it replaces as a revision (with {@code by}, the user's
     * name, and {@code kind}: "edit", "correction", "restore"). An article readers never saw takes a slug from its
     * new title; a published one keeps its address. {@code updated} says readers are told it changed (a correction).
     */
    public void edit(Handle h, String id, Edit e, String by, String kind, boolean updated) {
        String title = title(e.title());
        if (title.isEmpty()) throw new IllegalArgumentException("an article needs a title");
        String image = h.createQuery("SELECT image_url FROM articles WHERE id = :id").bind("id", id).mapTo(String.class).findOne().orElse(null);
        BodyHtml.Clean body = BodyHtml.sanitize(e.bodyHtml() == null ? "" : e.bodyHtml(), null, image);
        boolean seen = seenByReaders(h, id);
        keepRevision(h, id, false, by, kind);
        long now = clock.millis();
        h.createUpdate("""
                UPDATE articles SET title = :title, slug = :slug, standfirst = :standfirst, body_html = :html, body_text = :text,
                       excerpt = :excerpt, image_caption = :caption, image_credit = :credit, section_id = :section,
                       updated_at = CASE WHEN :updated OR published_at IS NULL THEN :now ELSE updated_at END,
                       changed_at = :now WHERE id = :id""")
                .bind("title", title).bind("slug", seen ? currentSlug(h, id) : freeSlug(h, id, title))
                .bind("standfirst", CleanText.optional(e.standfirst()))
                .bind("html", body.html()).bind("text", body.text()).bind("excerpt", Excerpts.of(body.lead()))
                .bind("caption", CleanText.optional(e.imageCaption())).bind("credit", Credits.strip(e.imageCredit()))
                .bind("section", e.sectionId()).bind("updated", updated).bind("now", now).bind("id", id).execute();
        if (e.authorIds() != null) {
            h.createUpdate("DELETE FROM article_authors WHERE article_id = :id").bind("id", id).execute();
            List<String> ids = e.authorIds().stream().distinct().toList();
            for (int i = 0; i < ids.size(); i++) {
                h.createUpdate("INSERT INTO article_authors (article_id, author_id, position) VALUES (:a, :au, :p)")
                        .bind("a", id).bind("au", ids.get(i)).bind("p", i).execute();
            }
        }
        changed(h, new ArticleEvents.Change(id, published(h, id)));
    }

    /**
     * A correction of a published article: the edit (the original link and attribution stay) and a note readers
     * see under "Updated" with its time.
     */
    public void correct(Handle h, String id, Edit e, String note, String by) {
        String clean = CleanText.of(note);
        if (clean.isEmpty()) throw new IllegalArgumentException("a correction needs a note for readers");
        edit(h, id, e, by, "correction", true);
        h.createUpdate("""
                INSERT INTO article_corrections (id, article_id, note, corrected_at, corrected_by)
                VALUES (:cid, :id, :note, :now, :by)""")
                .bind("cid", Ids.newId()).bind("id", id).bind("note", clean).bind("now", clock.millis()).bind("by", by).execute();
    }

    /** Puts a revision's text back; the text it replaces is kept as a new revision, so a restore can be undone too. */
    public void restore(Handle h, String id, String revisionId, String by) {
        var old = h.createQuery("SELECT title, standfirst, body_html FROM article_revisions WHERE id = :rid AND article_id = :id")
                .bind("rid", revisionId).bind("id", id).mapToMap().findOne()
                .orElseThrow(() -> new IllegalArgumentException("no such revision of this article"));
        var now = h.createQuery("SELECT image_caption, image_credit, section_id FROM articles WHERE id = :id").bind("id", id)
                .mapToMap().one();
        edit(h, id, new Edit((String) old.get("title"), (String) old.get("standfirst"), (String) old.get("body_html"),
                (String) now.get("image_caption"), (String) now.get("image_credit"), (String) now.get("section_id"), null),
                by, "restore", false);
    }

    /** Sets (or with null removes) the lead image, a stored image of the site's own. */
    public void setLeadImage(Handle h, String id, String imageUrl) {
        h.createUpdate("UPDATE articles SET image_url = :image, changed_at = :now WHERE id = :id")
                .bind("image", CleanUrl.webOrLocal(imageUrl)).bind("now", clock.millis()).bind("id", id).execute();
        changed(h, new ArticleEvents.Change(id, published(h, id)));
    }

    /**
     * Moves an article along the newsroom's workflow: to REVIEW or DRAFT, to SCHEDULED with the time it goes out
     * ({@code publishAt}), or to PUBLISHED now (an article readers saw before keeps its first publication time).
     */
    public void moveTo(Handle h, String id, ArticleStatus status, Instant publishAt) {
        boolean wasPublished = published(h, id);
        long now = clock.millis();
        if (status == ArticleStatus.SCHEDULED && publishAt == null) throw new IllegalArgumentException("a scheduled article needs a time");
        Long at = status == ArticleStatus.SCHEDULED ? publishAt.toEpochMilli() : null;
        h.createUpdate("""
                UPDATE articles SET status = :status, hold_reason = NULL, changed_at = :now,
                       published_at = CASE WHEN :at IS NOT NULL THEN :at
                                           WHEN :status = 'published' AND (published_at IS NULL OR status <> 'unpublished') THEN :now
                                           ELSE published_at END,
                       updated_at = CASE WHEN :status = 'published' AND status <> 'unpublished' THEN :now ELSE updated_at END
                WHERE id = :id""")
                .bind("status", status.dbValue()).bind("at", at).bind("now", now).bind("id", id).execute();
        changed(h, new ArticleEvents.Change(id, wasPublished || status == ArticleStatus.PUBLISHED));
    }

    /**
     * Publishes every scheduled article whose time has come (their {@code published_at} stays the scheduled time):
     * the status changes and {@code changed_at} is stamped now, so the page cache, search, feeds, Telegram and
     * WebSub see a publication like any other. Returns the ids published.
     */
    public List<String> publishDue(Handle h, Instant now) {
        List<String> due = h.createQuery("SELECT id FROM articles WHERE status = 'scheduled' AND published_at <= :now")
                .bind("now", now.toEpochMilli()).mapTo(String.class).list();
        for (String id : due) {
            int n = h.createUpdate("""
                    UPDATE articles SET status = 'published', updated_at = published_at, changed_at = :stamp
                    WHERE id = :id AND status = 'scheduled'""")
                    .bind("stamp", clock.millis()).bind("id", id).execute();
            if (n > 0) changed(h, new ArticleEvents.Change(id, true));
        }
        return due;
    }

    /**
     * After every write of an article: its byline rows take its status, publication time and last change (copied
     * there so an author's list reads one index range, migration V23, and so does the newsroom's author filter, V27),
     * then the change is raised.
     */
    private void changed(Handle h, ArticleEvents.Change change) {
        h.createUpdate("""
                UPDATE article_authors SET (status, published_at, changed_at) =
                       (SELECT a.status, a.published_at, a.changed_at FROM articles a WHERE a.id = :id)
                WHERE article_id = :id""").bind("id", change.articleId()).execute();
        events.raise(h, change);
    }

    private static boolean seenByReaders(Handle h, String id) {
        return h.createQuery("SELECT COUNT(*) FROM articles WHERE id = :id AND status IN ('published', 'unpublished')")
                .bind("id", id).mapTo(Integer.class).one() > 0;
    }

    private static String currentSlug(Handle h, String id) {
        return h.createQuery("SELECT slug FROM articles WHERE id = :id").bind("id", id).mapTo(String.class).one();
    }

    /** articles.title and original_title are VARCHAR(1000): PostgreSQL refuses a longer value, SQLite kept it. */
    static final int MAX_TITLE_CHARS = 1000;

    /** A title as stored: clean text, cut at a word boundary to fit its column on either database. */
    private static String title(String maybeHtml) {
        return CleanText.shorten(CleanText.of(maybeHtml), MAX_TITLE_CHARS);
    }

    private static String optionalTitle(String maybeHtml) {
        String t = CleanText.optional(maybeHtml);
        return t == null ? null : CleanText.shorten(t, MAX_TITLE_CHARS);
    }

    /** The cleaned article, not yet stored. */
    public static Article clean(ArticleDraft d, String slugSuffix) {
        String title = title(d.title());
        if (title.isEmpty()) throw new IllegalArgumentException("an article needs a title");
        BodyHtml.Clean body = BodyHtml.sanitize(d.bodyHtml(), d.baseUri(), d.imageUrl());
        Instant updated = d.updatedAt() != null ? d.updatedAt() : d.publishedAt() != null ? d.publishedAt() : Instant.now();
        ArticleDraft.Imported imp = d.imported();
        return new Article(
                Ids.newId(), Slugs.of(title) + slugSuffix, title, CleanText.optional(d.standfirst()),
                body.html(), body.text(), Excerpts.of(body.lead()),
                CleanUrl.webOrLocal(d.imageUrl()), CleanText.optional(d.imageCaption()), Credits.strip(d.imageCredit()),
                d.sectionId(), d.language(), d.status(), d.publishedAt(), updated,
                imp == null ? null : imp.outletId(), imp == null ? null : CleanUrl.web(imp.originalUrl()),
                imp == null ? null : optionalTitle(imp.originalTitle()), imp == null ? null : imp.originalLanguage(),
                imp != null && imp.translated(), null);
    }

    private void keepRevision(Handle h, String id, boolean onlyIfPublished) {
        keepRevision(h, id, onlyIfPublished, null, onlyIfPublished ? "translation" : "import");
    }

    /** Keeps the stored text as the revision that {@code by} replaces with a change of {@code kind}. */
    private void keepRevision(Handle h, String id, boolean onlyIfPublished, String by, String kind) {
        h.createUpdate("""
                INSERT INTO article_revisions (id, article_id, title, standfirst, body_html, replaced_at, revised_by, change_kind)
                SELECT :rid, id, title, standfirst, body_html, :now, :by, :kind FROM articles WHERE id = :id""" 
                + (onlyIfPublished ? " AND status = 'published'" : ""))
                .bind("rid", Ids.newId()).bind("now", clock.millis()).bind("id", id).bind("by", by).bind("kind", kind).execute();
    }

    private static boolean published(Handle h, String id) {
        return h.createQuery("SELECT COUNT(*) FROM articles WHERE id = :id AND status = 'published'")
                .bind("id", id).mapTo(Integer.class).one() > 0;
    }

    private static String freeSlug(Handle h, String id, String title) {
        String base = Slugs.of(title), slug = base;
        for (int n = 2; h.createQuery("SELECT COUNT(*) FROM articles WHERE slug = :s AND id <> :id").bind("s", slug)
                .bind("id", id).mapTo(Integer.class).one() > 0; n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    private static Article withSlug(Article a, String slug) {
        return new Article(a.id(), slug, a.title(), a.standfirst(), a.bodyHtml(), a.bodyText(), a.excerpt(), a.imageUrl(),
                a.imageCaption(), a.imageCredit(), a.sectionId(), a.language(), a.status(), a.publishedAt(), a.updatedAt(),
                a.outletId(), a.originalUrl(), a.originalTitle(), a.originalLanguage(), a.translated(), a.storyId());
    }
}
