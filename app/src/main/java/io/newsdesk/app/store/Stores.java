package io.newsdesk.app.store;

import org.jdbi.v3.core.Jdbi;

/** All repositories over one database. */
public record Stores(Jdbi jdbi, SectionStore sections, AuthorStore authors, OutletStore outlets, ArticleStore articles,
                     CommentStore comments, PageViewStore pageViews, AdSlotStore adSlots, SettingStore settings,
                     StoryStore stories, AdminSessionStore adminSessions) {

    public static Stores over(Jdbi jdbi) {
        return new Stores(jdbi, new SectionStore(jdbi), new AuthorStore(jdbi), new OutletStore(jdbi), new ArticleStore(jdbi),
                new CommentStore(jdbi), new PageViewStore(jdbi), new AdSlotStore(jdbi), new SettingStore(jdbi),
                new StoryStore(jdbi), new AdminSessionStore(jdbi));
    }
}
