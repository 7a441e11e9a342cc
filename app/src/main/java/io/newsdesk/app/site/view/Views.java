package io.newsdesk.app.site.view;

import io.newsdesk.app.news.Article;
import io.newsdesk.app.news.ArticleCard;
import io.newsdesk.app.news.Author;
import io.newsdesk.app.news.Outlet;
import io.newsdesk.app.news.Section;
import io.newsdesk.app.distribute.feeds.FeedLinks.FeedLink;
import io.newsdesk.app.distribute.share.ShareLinks.ShareLink;
import io.newsdesk.app.site.comments.CommentForm;
import io.newsdesk.app.store.NewsroomArticles;
import io.newsdesk.app.store.StoryStore;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The models the templates render; each page gets the shared {@link Chrome} and its {@link Meta}. */
public final class Views {
    private Views() {}

    /** What every page shows around its content. */
    public record Chrome(String siteName, String language, String cssUrl, List<NavItem> nav, String currentSection,
                         Ad headerAd, Ad sidebarAd, List<ArticleCard> popular, List<ArticleCard> readNow,
                         String telegramChannel) {}

    public record NavItem(String name, String url) {}

    /**
     * Head metadata: title, description, canonical URL, sharing tags, structured data (already JSON) and the
     * page's feeds for autodiscovery.
     */
    public record Meta(String title, String description, String canonicalUrl, String ogType, String imageUrl,
                       String jsonLd, Instant published, Instant modified, String section, boolean noindex,
                       List<FeedLink> feeds) {

        /** A page without feeds. */
        public Meta(String title, String description, String canonicalUrl, String ogType, String imageUrl,
                    String jsonLd, Instant published, Instant modified, String section, boolean noindex) {
            this(title, description, canonicalUrl, ogType, imageUrl, jsonLd, published, modified, section, noindex, List.of());
        }

        public Meta withFeeds(List<FeedLink> links) {
            return new Meta(title, description, canonicalUrl, ogType, imageUrl, jsonLd, published, modified, section, noindex, links);
        }
    }

    /** An ad slot's content; {@code name} tells it apart from the page's other slots (a landmark's name). */
    public record Ad(String cssClass, String name, String label, String code) {}

    public record SectionBlock(Section section, String url, List<ArticleCard> cards) {}

    /** The home page; {@code alsoReported} names, per card id, the other outlets' reports of its story. */
    public record HomeView(Chrome chrome, Meta meta, ArticleCard top, List<ArticleCard> headlines, List<SectionBlock> blocks,
                           Map<String, List<StoryStore.Report>> alsoReported) {
        public List<StoryStore.Report> also(ArticleCard card) {
            return alsoReported.getOrDefault(card.id(), List.of());
        }
    }

    /**
     * Links to the pages around this one. {@code page} is 0 on a page reached from another by "Older" or "Newer", whose
     * number is not known without counting the list; {@code span} then says which days its articles are from.
     */
    public record Pagination(int page, int pages, String prevUrl, String nextUrl, String span) {
        public Pagination(int page, int pages, String prevUrl, String nextUrl) {
            this(page, pages, prevUrl, nextUrl, null);
        }
    }

    public record ListView(Chrome chrome, Meta meta, String kind, String heading, String intro, String linkUrl,
                           String linkLabel, List<ArticleCard> cards, Pagination pagination,
                           Map<String, List<StoryStore.Report>> alsoReported) {
        public List<StoryStore.Report> also(ArticleCard card) {
            return alsoReported.getOrDefault(card.id(), List.of());
        }
    }

    /** The search page: the query as searched (empty: just the form), one page of results out of {@code total}. */
    /**
     * The search page. {@code snippets}: per card id, HTML of escaped text and {@code <mark>}; {@code suggestionUrl}
     * the same search with the spelling corrected ("did you mean"); {@code error} why the filters were refused.
     */
    /** @param totalExact false when {@code total} is where counting stopped: there are more matches than that */
    public record SearchView(Chrome chrome, Meta meta, String query, List<ArticleCard> cards, int total, boolean totalExact,
                             Pagination pagination, Map<String, String> snippets, String suggestion, String suggestionUrl,
                             SearchFilters filters, String error) {
        public String snippet(ArticleCard card) {
            return snippets.get(card.id());
        }

        /** "No articles match", "One article matches", "37 articles match", "More than 1,000 articles match". */
        public String matches() {
            if (total == 0) return "No articles match";
            if (total == 1 && totalExact) return "One article matches";
            String n = String.format(java.util.Locale.ROOT, "%,d", total);
            return totalExact ? n + " articles match" : "More than " + n + " articles match";
        }
    }

    /** The search form's filters: what is chosen and what can be (value, label). */
    public record SearchFilters(io.newsdesk.app.search.SearchRequest chosen, List<Choice> sections, List<Choice> outlets,
                                List<Choice> authors, List<Choice> languages) {
        public boolean is(String chosenValue, Choice c) {
            return c.value().equals(chosenValue);
        }

        public String day(java.time.LocalDate d) {
            return d == null ? "" : d.toString();
        }
    }

    public record Choice(String value, String label) {}

    public record Crumb(String name, String url) {}

    public record CommentView(String id, String authorName, String html, Instant createdAt) {}

    public record CommentThread(CommentView comment, List<CommentView> replies) {}

    /** Everything the comment area needs: the approved threads, the form state and a notice. */
    public record Comments(List<CommentThread> threads, int count, CommentForm form, String token, String action,
                           String notice, String replyToName) {}

    /**
     * @param originalTitle null when it reads as the shown title (it is printed only when it differs)
     * @param translatedBy  who made the translation, for readers ("an editor", "marian (opus-mt-ru-en)"); nullable
     */
    public record Attribution(Outlet outlet, String originalUrl, String originalTitle, String originalLanguageName,
                              boolean translated, String translatedBy) {}

    /**
     * @param creditLine  the lead image's credit with the site language's label ("Photo: Jan Roe / Agency"), or null
     * @param corrections the editors' corrections, oldest first, each shown to readers as an "Updated" note
     */
    public record ArticleView(Chrome chrome, Meta meta, Article article, Section section, List<Crumb> breadcrumb,
                              List<Author> authors, Attribution attribution, String bodyBeforeAd, Ad inArticleAd,
                              String bodyAfterAd, Ad belowAd, Author firstAuthor, List<ArticleCard> moreFromAuthor,
                              List<ArticleCard> related, Comments comments, String beaconUrl,
                              List<StoryStore.Report> alsoReportedBy, String storyUrl, List<ShareLink> share,
                              String creditLine, List<NewsroomArticles.Correction> corrections) {}

    public record ErrorView(Chrome chrome, Meta meta, int status, String heading, String message) {}
}
