package io.newsdesk.app.content;

import io.newsdesk.app.news.Article;
import io.newsdesk.app.news.ArticleDraft;
import io.newsdesk.app.store.ArticleStore;
import io.newsdesk.app.store.Ids;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The one way articles enter the store: every text field is cleaned here, the body sanitized,
 * the plain text and excerpt derived from it, and a unique readable slug chosen.
 */
public final class ArticleWriter {
    private final Jdbi jdbi;
    private final ArticleStore articles;

    public ArticleWriter(Jdbi jdbi, ArticleStore articles) {
        this.jdbi = jdbi;
        this.articles = articles;
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
        articles.insert(h, stored, authorIds);
        return stored;
    }

    /** The cleaned article, not yet stored. */
    public static Article clean(ArticleDraft d, String slugSuffix) {
        String title = CleanText.of(d.title());
        if (title.isEmpty()) throw new IllegalArgumentException("an article needs a title");
        BodyHtml.Clean body = BodyHtml.sanitize(d.bodyHtml(), d.baseUri());
        Instant updated = d.updatedAt() != null ? d.updatedAt() : d.publishedAt() != null ? d.publishedAt() : Instant.now();
        ArticleDraft.Imported imp = d.imported();
        return new Article(
                Ids.newId(), Slugs.of(title) + slugSuffix, title, CleanText.optional(d.standfirst()),
                body.html(), body.text(), Excerpts.of(body.text()),
                d.imageUrl(), CleanText.optional(d.imageCaption()), CleanText.optional(d.imageCredit()),
                d.sectionId(), d.language(), d.status(), d.publishedAt(), updated,
                imp == null ? null : imp.outletId(), imp == null ? null : imp.originalUrl(),
                imp == null ? null : CleanText.optional(imp.originalTitle()), imp == null ? null : imp.originalLanguage(),
                imp != null && imp.translated());
    }

    private static Article withSlug(Article a, String slug) {
        return new Article(a.id(), slug, a.title(), a.standfirst(), a.bodyHtml(), a.bodyText(), a.excerpt(), a.imageUrl(),
                a.imageCaption(), a.imageCredit(), a.sectionId(), a.language(), a.status(), a.publishedAt(), a.updatedAt(),
                a.outletId(), a.originalUrl(), a.originalTitle(), a.originalLanguage(), a.translated());
    }
}
