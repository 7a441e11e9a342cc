package io.newsdesk.app.site;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.newsdesk.app.config.SiteIdentity;
import io.newsdesk.app.content.CleanText;
import io.newsdesk.app.content.Credits;
import io.newsdesk.app.distribute.feeds.FeedLinks;
import io.newsdesk.app.distribute.share.ShareLinks;
import io.newsdesk.app.news.AdSlot;
import io.newsdesk.app.news.Article;
import io.newsdesk.app.news.ArticleCard;
import io.newsdesk.app.news.Author;
import io.newsdesk.app.news.Comment;
import io.newsdesk.app.news.HomeCuration;
import io.newsdesk.app.news.Outlet;
import io.newsdesk.app.news.Section;
import io.newsdesk.app.news.SitePaths;
import io.newsdesk.app.search.RelatedArticles;
import io.newsdesk.app.search.SearchRequest;
import io.newsdesk.app.search.SearchResults;
import io.newsdesk.app.site.ads.AdPlacement;
import io.newsdesk.app.site.comments.CommentForm;
import io.newsdesk.app.site.comments.CommentText;
import io.newsdesk.app.site.popular.PopularArticles;
import io.newsdesk.app.site.seo.StructuredData;
import io.newsdesk.app.site.view.Views.*;
import io.newsdesk.app.store.ArticleStore;
import io.newsdesk.app.store.ArticleStore.ArticleList;
import io.newsdesk.app.store.HomeCurationStore;
import io.newsdesk.app.store.KeptRelatedList;
import io.newsdesk.app.store.Stores;
import io.newsdesk.app.store.NewsroomArticles;
import io.newsdesk.app.store.StoryStore;
import io.newsdesk.app.util.Caches;
import io.newsdesk.app.web.Assets;
import io.newsdesk.app.web.FormTokens;
import io.newsdesk.app.web.Format;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Builds the models of the reader pages from the store. Rendering and caching happen in {@link ReaderRoutes}. */
public final class ReaderPages {
    public static final int PAGE_SIZE = 12;
    /** The home page: a lead story and six headlines, then a block of four per section. */
    static final int HOME_LATEST = 7;
    static final int BLOCK_CARDS = 4;
    /** Featured articles considered for the top of the home page (an editor's list may grow longer). */
    static final int MAX_FEATURED = 20;
    /** "Also reported by" lists at most this many other reports; the story page has them all. */
    static final int ALSO_REPORTED_MAX = 6;
    static final int BREADCRUMB_TITLE_CHARS = 40;
    /** The number of pages of a list that is not counted. */
    static final int UNCOUNTED = 0;
    /** "Related" shows this many; more candidates are asked for, as some are already on the page. */
    static final int RELATED_CARDS = 4;
    public static final int RELATED_CANDIDATES = 12;
    /** Cards under "More from Author". */
    static final int MORE_FROM_AUTHOR = 4;
    /** Authors (with their newest articles) and outlets kept in memory: a few hundred bytes each. */
    static final int AUTHORS_KEPT = 10_000;

    private final SiteIdentity config;
    private final Stores stores;
    private final AdPlacement ads;
    private final Assets assets;
    private final FormTokens tokens;
    private final LoadingCache<String, List<ArticleCard>> popular;
    /** What every page's chrome shows, read once and dropped by {@link #contentChanged()} (or after a minute, for
     * changes by other processes, like the page cache): the sections, and the newest articles of "Read Now". */
    private final LoadingCache<String, List<Section>> sections;
    private final LoadingCache<String, List<ArticleCard>> newest;
    /**
     * Each author's newest articles, for "More from Author" (by author id). Reading them was an eighth of an article
     * page's miss (docs/benchmarks.md); an author's pages share the list. Dropped with "Read Now" when articles change.
     */
    private final LoadingCache<String, List<ArticleCard>> authorsNewest;
    /** Authors by id, for bylines (dropped with the authors' lists, and by an author's edit). */
    private final LoadingCache<String, Author> authorsById;
    /** Outlets by id, for the attribution of imported articles (dropped by {@link #contentChanged()}: an edit). */
    private final LoadingCache<String, Optional<Outlet>> outletsById;
    /** The search form's outlets and authors (they change rarely; kept like the sections). */
    private final LoadingCache<String, FormChoices> searchChoices;

    private record FormChoices(List<Choice> outlets, List<Choice> authors) {}
    private final HomeCurationStore homeCuration;
    private final RelatedArticles related;

    public ReaderPages(SiteIdentity config, Stores stores, PopularArticles ranking, AdPlacement ads, Assets assets, FormTokens tokens,
                       RelatedArticles related) {
        this.related = related;
        this.config = config;
        this.stores = stores;
        this.ads = ads;
        this.assets = assets;
        this.tokens = tokens;
        this.homeCuration = new HomeCurationStore(stores.jdbi(), java.time.Clock.systemUTC());
        this.popular = Caffeine.newBuilder().refreshAfterWrite(Duration.ofSeconds(60)).build(
                k -> stores.articles().cardsByIds(ranking.ranking(10)).stream().limit(5).toList());
        // read on every page: after a minute a reader gets the kept value while it is read again in the background
        // (a reader waiting for that reload held up every page behind it under load); "changed" drops them at once
        this.sections = Caffeine.newBuilder().refreshAfterWrite(Duration.ofSeconds(60)).expireAfterWrite(Duration.ofMinutes(10))
                .build(k -> stores.sections().all());
        this.newest = Caffeine.newBuilder().refreshAfterWrite(Duration.ofSeconds(60)).expireAfterWrite(Duration.ofMinutes(10))
                .build(k -> stores.articles().latest(6, 0));
        this.authorsById = Caches.upkeptByCaller().maximumSize(AUTHORS_KEPT).expireAfterWrite(Duration.ofMinutes(10))
                .build(id -> stores.authors().byId(id).orElse(null));
        this.authorsNewest = Caches.upkeptByCaller().maximumSize(AUTHORS_KEPT).expireAfterWrite(Duration.ofSeconds(60))
                .build(id -> stores.articles().byAuthor(id, MORE_FROM_AUTHOR + 1, 0));
        this.outletsById = Caches.upkeptByCaller().maximumSize(AUTHORS_KEPT).expireAfterWrite(Duration.ofMinutes(10))
                .build(id -> stores.outlets().byId(id));
        this.searchChoices = Caffeine.newBuilder().expireAfterWrite(Duration.ofSeconds(60)).build(k -> new FormChoices(
                stores.outlets().all().stream().map(o -> new Choice(o.slug(), o.name())).toList(),
                stores.authors().byName(SEARCH_AUTHOR_CHOICES).stream().map(a -> new Choice(a.slug(), a.name())).toList()));
    }

    public Chrome chrome(String currentSection) {
        return chrome(currentSection, null);
    }

    /** The chrome of a page; {@code currentArticleId} is left out of "Read Now". */
    Chrome chrome(String currentSection, String currentArticleId) {
        List<NavItem> nav = new ArrayList<>();
        for (Section s : topSections()) nav.add(new NavItem(s.name(), SitePaths.section(s.slug())));
        return new Chrome(config.siteName(), config.siteLanguage(), assets.url("site.css"), nav, currentSection,
                ads.ad(AdSlot.Position.HEADER), ads.ad(AdSlot.Position.SIDEBAR), popular.get("top"),
                without(newest.get("read-now"), currentArticleId, 5), config.hasTelegramChannel() ? config.telegramChannel() : null);
    }

    /** A chrome that needs no database, for error pages. */
    public Chrome bareChrome() {
        return new Chrome(config.siteName(), config.siteLanguage(), assets.url("site.css"), List.of(), null, null, null,
                List.of(), List.of(), null);
    }

    public HomeView home() {
        HomeCuration curation = homeCuration.current();
        // hidden articles count as shown already, so no list of the home page takes them
        Set<String> shown = new HashSet<>(curation.hidden());
        int overRead = Math.min(curation.hidden().size(), MAX_FEATURED);
        ArticleCard pinned = curation.leadId() == null ? null
                : stores.articles().cardsByIds(List.of(curation.leadId())).stream().findFirst().orElse(null);
        List<ArticleCard> candidates = new ArrayList<>();
        if (pinned != null) candidates.add(pinned);
        candidates.addAll(stores.articles().cardsByIds(curation.featured().stream().limit(MAX_FEATURED).toList()));
        candidates.addAll(stores.articles().latest(HOME_LATEST * 2 + overRead, 0));
        List<ArticleCard> latest = StoryGroups.take(candidates, shown, HOME_LATEST);
        List<SectionBlock> blocks = new ArrayList<>();
        List<ArticleCard> all = new ArrayList<>(latest);
        for (Section s : curation.ordered(topSections())) {
            // a block shows what the lead and the headlines above did not (over-read so it can still fill its grid)
            List<ArticleCard> cards = StoryGroups.take(stores.articles().latestInSection(s.id(), BLOCK_CARDS + HOME_LATEST + overRead, 0),
                    shown, BLOCK_CARDS);
            if (!cards.isEmpty()) blocks.add(new SectionBlock(s, SitePaths.section(s.slug()), cards));
            all.addAll(cards);
        }
        String description = config.siteName() + ": the latest news, with sources named and linked.";
        Meta meta = new Meta(config.siteName(), description, config.publicBaseUrl() + "/", "website", null, null, null,
                null, null, false).withFeeds(FeedLinks.of(config.publicBaseUrl(), "/", config.siteName()));
        // the lead is the one an editor pinned; else the newest of the latest stories that has a picture (a lead
        // story carries a large image), featured articles first
        ArticleCard top = pinned != null && latest.contains(pinned) ? pinned
                : latest.stream().filter(c -> Format.shownImage(c.imageUrl()) != null).findFirst()
                        .orElse(latest.isEmpty() ? null : latest.get(0));
        List<ArticleCard> headlines = latest.stream().filter(c -> c != top).toList();
        return new HomeView(chrome(null), meta, top, headlines, blocks, StoryGroups.alsoReported(all, stores.stories()));
    }

    /** The editors' choices for the home page (the admin changes them through this same object, which drops its copy). */
    public HomeCurationStore homeCuration() {
        return homeCuration;
    }

    /** Where the old address of a renamed or removed section leads now (empty for a live or unknown slug). */
    public Optional<String> sectionMovedTo(String slug) {
        if (sectionBySlug(slug).isPresent()) return Optional.empty();
        return stores.sections().redirectFor(slug).map(s -> SitePaths.section(s.slug()));
    }

    public Optional<ListView> section(String slug, ListPage page) {
        return sectionBySlug(slug).flatMap(s -> fetch(ArticleList.SECTION, s.id(), page).map(cards ->
                list(s.slug(), "Section", s.name(), null, null, null, cards, UNCOUNTED, SitePaths.section(s.slug()))));
    }

    public Optional<ListView> author(String slug, ListPage page) {
        return stores.authors().bySlug(slug).flatMap(a -> fetch(ArticleList.AUTHOR, a.id(), page).map(cards -> {
            // the name as the byline wrote it stays on record beside the one the site shows
            String heading = a.originalName() == null ? a.name() : a.name() + " (" + a.originalName() + ")";
            // the first of the links an editor gave (/admin/authors): their website or profile
            String link = stores.authors().links(a.id()).stream().findFirst().orElse(null);
            return list(null, "Author", heading, a.bio(), link, link == null ? null : "More from " + a.name(), cards, UNCOUNTED,
                    SitePaths.author(a.slug()));
        }));
    }

    public Optional<ListView> outlet(String slug, ListPage page) {
        return stores.outlets().bySlug(slug).flatMap(o -> fetch(ArticleList.OUTLET, o.id(), page).map(cards -> {
            String intro = "Articles imported from " + o.name() + " (" + Format.languageName(o.language())
                    + "), each linked to its original.";
            return list(null, "Outlet", o.name(), intro, o.siteUrl(), "Visit " + o.name(), cards, UNCOUNTED,
                    SitePaths.outlet(o.slug()));
        }));
    }

    /** A story: every published report of it, newest first. */
    public Optional<ListView> story(String id, ListPage page) {
        return stores.stories().title(id).flatMap(title -> fetch(ArticleList.STORY, id, page).map(cards -> {
            int total = stores.articles().countByStory(id);
            String intro = total == 1 ? "One report of this story." : total + " reports of this story from different outlets.";
            return list(null, "Story", title, intro, null, null, cards, total, SitePaths.story(id));
        }));
    }

    /** The first authors by name offered as a filter on the search page (a site with more is searched by words). */
    static final int SEARCH_AUTHOR_CHOICES = 300;

    /**
     * The search page for {@code results}; cards come from the database, so only published articles show.
     * {@code languages}: the codes the index holds; {@code error}: why the filters were refused (then no results).
     */
    public SearchView search(SearchResults results, List<String> languages, String error) {
        List<ArticleCard> cards = stores.articles().cardsByIds(results.ids());
        SearchRequest r = results.request();
        int page = results.page();
        String prev = page > 1 ? SearchParams.url(r, r.query(), page - 1) : null;
        String next = page < results.pages() ? SearchParams.url(r, r.query(), page + 1) : null;
        String title = results.query().isEmpty() ? "Search" : "Search: " + CleanText.shorten(results.query(), 60);
        // result pages are endless and thin: kept out of search engines (and robots.txt disallows /search)
        Meta meta = new Meta(title + (page > 1 ? " (page " + page + ")" : "") + " | " + config.siteName(),
                "Search the articles of " + config.siteName() + ".", null, "website", null, null, null, null, null, true);
        SearchFilters filters = new SearchFilters(r,
                topSections().stream().map(s -> new Choice(s.slug(), s.name())).toList(),
                searchChoices.get("all").outlets(),
                searchChoices.get("all").authors(),
                languages.stream().map(l -> new Choice(l, Format.languageName(l))).toList());
        String suggestionUrl = results.suggestion() == null ? null : SearchParams.url(r, results.suggestion(), 1);
        return new SearchView(chrome(null), meta, results.query(), cards, results.total(), results.totalExact(),
                new Pagination(page, results.pages(), prev, next), results.snippets(), results.suggestion(), suggestionUrl,
                filters, error);
    }

    /** The article page if the article is published; {@code form} and {@code notice} describe the comment area. */
    public Optional<ArticleView> article(String slug, CommentForm form, String notice, String replyTo) {
        return stores.articles().pageRow(slug).filter(r -> r.article().status() == io.newsdesk.app.news.ArticleStatus.PUBLISHED)
                .map(r -> articleView(r, form, notice, replyTo));
    }

    /** Whether the article was published and then taken down (not one that never was public). */
    public boolean withdrawn(String slug) {
        return stores.articles().bySlug(slug).filter(a -> a.status() == io.newsdesk.app.news.ArticleStatus.UNPUBLISHED).isPresent();
    }

    private ArticleView articleView(ArticleStore.PageRow row, CommentForm form, String notice, String replyTo) {
        Article a = row.article();
        String base = config.publicBaseUrl();
        Section section = section(a.sectionId());
        List<Author> authors = row.authorIds().stream().map(authorsById::get).filter(java.util.Objects::nonNull).toList();
        Outlet outlet = a.outletId() == null ? null : outletsById.get(a.outletId()).orElse(null);
        List<Crumb> crumbs = breadcrumb(section, a.title());
        String shown = Format.shownImage(a.imageUrl());
        String image = shown == null ? null : absolute(shown);
        String jsonLd = StructuredData.graph(
                StructuredData.article(a, authors, outlet, section.name(), config.siteName(), base, image),
                StructuredData.breadcrumbs(crumbs, base));
        Meta meta = new Meta(a.title() + " | " + config.siteName(), a.excerpt(), base + SitePaths.article(a.slug()), "article",
                image, jsonLd, a.publishedAt(), a.updatedAt(), section.name(), false);
        Attribution attribution = outlet == null ? null : new Attribution(outlet, a.originalUrl(),
                CleanText.sameWords(a.originalTitle(), a.title()) ? null : a.originalTitle(),
                Format.languageName(a.originalLanguage()), a.translated(),
                a.translated() ? row.translatedBy() : null);
        String[] body = ads.splitBody(a.bodyHtml());
        Author first = authors.isEmpty() ? null : authors.get(0);
        List<ArticleCard> more = first == null ? List.of()
                : without(authorsNewest.get(first.id()), a.id(), MORE_FROM_AUTHOR);
        Set<String> onPage = new HashSet<>(List.of(a.id()));
        more.forEach(c -> onPage.add(c.id()));
        Optional<String> story = Optional.ofNullable(a.storyId());
        story.ifPresent(onPage::add); // its other reports are listed under "Also reported by"
        List<ArticleCard> related = related(a, row.related(), section, story.orElse(null), onPage);
        List<StoryStore.Report> also = story.map(s -> stores.stories().reports(s, a.id(), ALSO_REPORTED_MAX)).orElse(List.of());
        return new ArticleView(chrome(section.slug(), a.id()), meta, a, section, crumbs, authors, attribution, body[0],
                body[1] == null ? null : ads.ad(AdSlot.Position.IN_ARTICLE), body[1] == null ? "" : body[1],
                ads.ad(AdSlot.Position.BELOW_ARTICLE), first, more, related,
                comments(a, row.hasComments() ? stores.comments().approvedFor(a.id()) : List.of(), form, notice, replyTo),
                "/v/" + a.id() + ".gif", also, also.isEmpty() ? null : SitePaths.story(story.get()),
                ShareLinks.of(meta.canonicalUrl(), a.title()), Credits.line(config.siteLanguage(), a.imageCredit()),
                row.hasCorrections() ? new NewsroomArticles(stores.jdbi()).corrections(a.id()) : List.of());
    }

    /**
     * The articles most like this one by their words (the index's answer), none already on the page; filled up with
     * the section's latest when the index knows too little of its words or finds too few.
     */
    private List<ArticleCard> related(Article a, KeptRelatedList kept, Section section, String storyId, Set<String> onPage) {
        long published = (a.publishedAt() == null ? Instant.now() : a.publishedAt()).toEpochMilli();
        List<String> like = related.of(new RelatedArticles.Subject(a.id(), a.title(), a.bodyText(), storyId, published),
                RELATED_CANDIDATES, kept);
        // reading a card is most of what "Related" costs on a miss: those already on the page are passed over unread,
        // and only as many as are shown are read at a time (more only when one is another report of a story shown)
        List<String> unshown = like.stream().filter(id -> !onPage.contains(id)).toList();
        List<ArticleCard> cards = new ArrayList<>(StoryGroups.takeReading(unshown, stores.articles()::cardsByIds, onPage,
                RELATED_CARDS, RELATED_CARDS));
        if (cards.size() < RELATED_CARDS) {
            cards.addAll(StoryGroups.take(stores.articles().latestInSection(section.id(), RELATED_CANDIDATES, 0), onPage,
                    RELATED_CARDS - cards.size()));
        }
        return cards;
    }

    private Comments comments(Article a, List<Comment> approved, CommentForm form, String notice, String replyTo) {
        Map<String, CommentThread> threads = new LinkedHashMap<>();
        for (Comment c : approved) {
            if (c.parentId() == null) threads.put(c.id(), new CommentThread(view(c), new ArrayList<>()));
        }
        for (Comment c : approved) {
            CommentThread parent = c.parentId() == null ? null : threads.get(c.parentId());
            if (parent != null) parent.replies().add(view(c));
        }
        String replyToName = null;
        CommentForm f = form;
        if (replyTo != null && threads.containsKey(replyTo)) {
            replyToName = threads.get(replyTo).comment().authorName();
            if (f.parentId() == null) f = new CommentForm(f.name(), f.email(), f.comment(), replyTo, f.errors());
        }
        return new Comments(List.copyOf(threads.values()), approved.size(), f, tokens.issue("comment:" + a.id()),
                SitePaths.article(a.slug()) + "/comments", notice, replyToName);
    }

    private static CommentView view(Comment c) {
        return new CommentView(c.id(), c.authorName(), CommentText.toHtml(c.body()), c.createdAt());
    }

    List<Crumb> breadcrumb(Section section, String title) {
        List<Crumb> crumbs = new ArrayList<>();
        crumbs.add(new Crumb("Home", "/"));
        List<Section> chain = new ArrayList<>();
        for (Section s = section; s != null; s = s.parentId() == null ? null : section(s.parentId())) chain.add(0, s);
        for (Section s : chain) crumbs.add(new Crumb(s.name(), SitePaths.section(s.slug())));
        crumbs.add(new Crumb(CleanText.shorten(title, BREADCRUMB_TITLE_CHARS), null));
        return crumbs;
    }

    /** A list page's cards (newest first, at most a page), the page they turned out to be, and whether more lie either side. */
    private record Fetched(List<ArticleCard> cards, ListPage page, boolean older, boolean newer) {}

    /**
     * The cards of {@code page} of a list, reading one card more than a page so "Older" shows without counting the list
     * (which at a million articles would read every row of it); empty when the page is next to an unknown article.
     */
    private Optional<Fetched> fetch(ArticleList list, String id, ListPage page) {
        ArticleStore articles = stores.articles();
        if (page.olderThan() != null || page.newerThan() != null) {
            boolean older = page.olderThan() != null;
            Optional<ArticleStore.ListPlace> place = articles.placeOf(older ? page.olderThan() : page.newerThan());
            if (place.isEmpty()) return Optional.empty();
            List<ArticleCard> near = articles.nextTo(list, id, place.get(), older, PAGE_SIZE + 1);
            if (older) return Optional.of(new Fetched(near.subList(0, Math.min(PAGE_SIZE, near.size())), page, near.size() > PAGE_SIZE, true));
            // newest first, so the page is the last PAGE_SIZE of them: those closest to the place
            if (near.size() > PAGE_SIZE) return Optional.of(new Fetched(near.subList(1, near.size()), page, true, true));
            page = ListPage.FIRST; // no more than a page is newer: that is the top of the list
        }
        List<ArticleCard> top = articles.newest(list, id, PAGE_SIZE + 1, (page.number() - 1) * PAGE_SIZE);
        return Optional.of(new Fetched(top.subList(0, Math.min(PAGE_SIZE, top.size())), page, top.size() > PAGE_SIZE, !page.first()));
    }

    /**
     * A list page. The first {@link ListPage#LAST_NUMBERED} pages are numbered; "Older" from the last of them, and every
     * link from a page reached that way, lead next to the page's first or last article. {@code total} is known for a
     * story only (its reports are few): other lists say "Page N" with no "of M" ({@link #UNCOUNTED}).
     */
    private ListView list(String currentSection, String kind, String heading, String intro, String linkUrl, String linkLabel,
                          Fetched fetched, int total, String url) {
        ListPage page = fetched.page();
        List<ArticleCard> cards = fetched.cards();
        String newer = !fetched.newer() || cards.isEmpty() ? null : url + page.newer(cards.getFirst().id()).query();
        String older = !fetched.older() || cards.isEmpty() ? null : url + page.older(cards.getLast().id()).query();
        if (currentSection != null || "Author".equals(kind)) cards = onePerStory(cards); // as before: sections and authors fold stories
        int pages = total == UNCOUNTED ? UNCOUNTED : Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        // a page reached by "Older" or "Newer" has no number: it says which days its articles are from
        String span = page.number() > 0 || cards.isEmpty() ? null : daySpan(cards);
        String canonical = config.publicBaseUrl() + url + page.query();
        String description = intro != null ? CleanText.shorten(intro, 160) : kind + ": " + heading + " — latest articles on " + config.siteName() + ".";
        String which = page.number() > 1 ? " (page " + page.number() + ")" : span != null ? " (" + span + ")" : "";
        Meta meta = new Meta(heading + which + " | " + config.siteName(), description,
                canonical, "website", null, null, null, null, null, cards.isEmpty() && !page.first())
                .withFeeds(FeedLinks.of(config.publicBaseUrl(), url, heading + " | " + config.siteName()));
        Map<String, List<StoryStore.Report>> also = "Story".equals(kind) ? Map.of() : StoryGroups.alsoReported(cards, stores.stories());
        return new ListView(chrome(currentSection), meta, kind, heading, intro, linkUrl, linkLabel, cards,
                new Pagination(page.number(), pages, newer, older, span), also);
    }

    /** "7 May 2025", or "9 May 2025 – 7 May 2025" for cards (newest first) from more than one day. */
    private static String daySpan(List<ArticleCard> cards) {
        String newest = Format.day(cards.getFirst().publishedAt()), oldest = Format.day(cards.getLast().publishedAt());
        return newest.equals(oldest) ? newest : newest + " – " + oldest;
    }

    private List<Section> topSections() {
        return sections.get("all").stream().filter(s -> s.parentId() == null).toList();
    }

    /** A section by slug, from memory; one created a moment ago by another process is read from the store. */
    private Optional<Section> sectionBySlug(String slug) {
        return sections.get("all").stream().filter(s -> s.slug().equals(slug)).findFirst().or(() -> stores.sections().bySlug(slug));
    }

    /** A section by id, from memory; one created a moment ago by another process is read from the store. */
    private Section section(String id) {
        return sections.get("all").stream().filter(s -> s.id().equals(id)).findFirst().orElseGet(() -> stores.sections().byId(id));
    }

    private String absolute(String url) {
        return url.startsWith("/") ? config.publicBaseUrl() + url : url;
    }

    private static List<ArticleCard> onePerStory(List<ArticleCard> cards) {
        return StoryGroups.take(cards, new HashSet<>(), cards.size());
    }

    private static List<ArticleCard> without(List<ArticleCard> cards, String id, int limit) {
        return cards.stream().filter(c -> !c.id().equals(id)).limit(limit).toList();
    }

    /**
     * An article readers see changed: "Read Now", the authors' lists and the bylines are read again (an import that
     * writes an article may also have renamed its author).
     */
    public void articlesChanged() {
        newest.invalidateAll();
        authorsNewest.invalidateAll();
        authorsById.invalidateAll();
    }

    /** Drops what this keeps in memory (the site's one "changed" event calls it). */
    public void contentChanged() {
        articlesChanged();
        popular.invalidateAll();
        sections.invalidateAll();
        outletsById.invalidateAll();
        searchChoices.invalidateAll();
    }
}
