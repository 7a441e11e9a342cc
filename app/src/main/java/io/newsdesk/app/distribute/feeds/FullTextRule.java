package io.newsdesk.app.distribute.feeds;

/**
 * When a feed may carry an article's full text. The site's own articles (no outlet): always. An
 * imported article: only when every source it came through (imported_items → sources.policy) is
 * {@code full-text}; an outlet article with no import record, or any {@code excerpt} source, gives
 * the excerpt only. Kept in SQL so an excerpt-only body never even leaves the database.
 */
final class FullTextRule {
    private FullTextRule() {}

    /** A condition on the article row {@code a}. */
    static final String SQL = """
            (a.outlet_id IS NULL OR (
                EXISTS (SELECT 1 FROM imported_items i JOIN sources src ON src.id = i.source_id
                        WHERE i.article_id = a.id AND src.policy = 'full-text')
                AND NOT EXISTS (SELECT 1 FROM imported_items i JOIN sources src ON src.id = i.source_id
                        WHERE i.article_id = a.id AND src.policy <> 'full-text')))""";
}
