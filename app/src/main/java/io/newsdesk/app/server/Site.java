package io.newsdesk.app.server;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.MethodNotAllowedResponse;
import io.javalin.http.HttpStatus;
import io.newsdesk.app.accounts.Accounts;
import io.newsdesk.app.accounts.UserStore;
import io.newsdesk.app.admin.AdminAuth;
import io.newsdesk.app.admin.AdminRouter;
import io.newsdesk.app.admin.ArticleRoutes;
import io.newsdesk.app.admin.AuditRoutes;
import io.newsdesk.app.admin.DashboardRoutes;
import io.newsdesk.app.admin.HomeRoutes;
import io.newsdesk.app.admin.JoinRoutes;
import io.newsdesk.app.admin.LoginRoutes;
import io.newsdesk.app.admin.ModerationRoutes;
import io.newsdesk.app.admin.ReviewRoutes;
import io.newsdesk.app.admin.StatusRoutes;
import io.newsdesk.app.admin.SectionRoutes;
import io.newsdesk.app.admin.SourceRoutes;
import io.newsdesk.app.fetch.FetcherConfig;
import io.newsdesk.app.ingest.sources.SourceAdding;
import io.newsdesk.app.admin.UserRoutes;
import io.newsdesk.app.admin.AdRoutes;
import io.newsdesk.app.admin.AuthorRoutes;
import io.newsdesk.app.admin.OutletRoutes;
import io.newsdesk.app.admin.SettingsRoutes;
import io.newsdesk.app.admin.SourceEditRoutes;
import io.newsdesk.app.config.SiteSettings;
import io.newsdesk.app.accounts.Invites;
import io.newsdesk.app.audit.AuditLog;
import io.newsdesk.app.cluster.NodeSettings;
import io.newsdesk.app.cluster.SiteChanges;
import io.newsdesk.app.cluster.Singletons;
import io.newsdesk.app.config.SiteConfig;
import io.newsdesk.app.content.ArticleEvents;
import io.newsdesk.app.content.ArticleWriter;
import io.newsdesk.app.content.ScheduledPublishing;
import io.newsdesk.app.media.ImageDecoder;
import io.newsdesk.app.ops.Operations;
import io.newsdesk.app.ops.OperationsSettings;
import io.newsdesk.app.media.ImageUploads;
import io.newsdesk.app.media.MediaFolder;
import io.newsdesk.app.distribute.feeds.FeedRoutes;
import io.newsdesk.app.distribute.feeds.FeedSettings;
import io.newsdesk.app.distribute.feeds.Feeds;
import io.newsdesk.app.distribute.sitemaps.SitemapRoutes;
import io.newsdesk.app.distribute.sitemaps.Sitemaps;
import io.newsdesk.app.search.ArticleTexts;
import io.newsdesk.app.search.RelatedArticles;
import io.newsdesk.app.search.RelatedLists;
import io.newsdesk.app.search.RelatedSweep;
import io.newsdesk.app.search.SearchIndex;
import io.newsdesk.app.search.SearchIndexer;
import io.newsdesk.app.search.Searcher;
import io.newsdesk.app.site.ReaderPages;
import io.newsdesk.app.site.ReaderRoutes;
import io.newsdesk.app.site.SearchRoutes;
import io.newsdesk.app.site.ads.AdPlacement;
import io.newsdesk.app.site.comments.CommentRoutes;
import io.newsdesk.app.site.popular.PopularArticles;
import io.newsdesk.app.site.popular.ViewCounter;
import io.newsdesk.app.site.view.Views.ErrorView;
import io.newsdesk.app.site.view.Views.Meta;
import io.newsdesk.app.site.view.Views;
import io.newsdesk.app.store.ClientBlockStore;
import io.newsdesk.app.store.Stores;
import io.newsdesk.app.translate.ArticleTranslations;
import io.newsdesk.app.translate.TranslationMemory;
import io.newsdesk.app.translate.TranslationSetup;
import io.newsdesk.app.web.Assets;
import io.newsdesk.app.web.BadRequests;
import io.newsdesk.app.web.CachedPageHandler;
import io.newsdesk.app.web.FormTokens;
import io.newsdesk.app.web.Gzip;
import io.newsdesk.app.web.HttpCaching;
import io.newsdesk.app.web.MediaFiles;
import io.newsdesk.app.web.PageCache;
import io.newsdesk.app.web.RenderThreads;
import io.newsdesk.app.web.FailureLockout;
import io.newsdesk.app.web.RateLimiter;
import io.newsdesk.app.web.TrustedProxies;
import io.newsdesk.app.web.Renderer;
import io.newsdesk.app.web.SecurityHeaders;
import io.newsdesk.app.util.PeriodicTask;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The reader site and the admin on one Javalin server, wired from the stores and the configuration. */
public final class Site implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Site.class);
    static final long MAX_REQUEST_BYTES = 64 * 1024;
    /** Rendered pages held in memory: about 1,700 article pages (with their gzip copies) at most. */
    static final long PAGE_CACHE_BYTES = 64L * 1024 * 1024;
    /** How long adding a source may wait for its address: one attempt, as someone waits for the page. */
    static final Duration SOURCE_DETECTION_LIMIT = Duration.ofSeconds(10);
    /** How often each node looks whether another changed what readers see (two small indexed reads). */
    static final Duration FOLLOW_EVERY = Duration.ofSeconds(1);

    private final SiteConfig config;
    private final SiteSettings settings; // name, language, base URL, Telegram channel as /admin/settings left them
    private final Stores stores;
    private final ViewCounter views;
    private final PageCache cache;
    private final RenderThreads renders;
    private final AdPlacement ads;
    private final PeriodicTask timer;
    private final Javalin app;
    private final ReaderPages pages;
    private final Renderer renderer = new Renderer();
    private final SearchIndex searchIndex;
    private final SearchIndexer indexer;
    private final RelatedArticles related;
    private final RelatedSweep relatedSweep;
    private final AutoCloseable articleChanges;
    private final PeriodicTask changeFollower;
    private final ScheduledPublishing scheduled;
    private final Singletons singletons; // the one-node-at-a-time tasks of this node (cluster.Singletons)
    private final SiteChanges siteChanges;
    private final java.util.concurrent.atomic.AtomicLong lastSiteVersion = new java.util.concurrent.atomic.AtomicLong();
    private final Operations operations;
    private final java.util.concurrent.atomic.AtomicLong lastChange = new java.util.concurrent.atomic.AtomicLong();
    private java.util.List<AdminRouter.Route> adminRoutes = java.util.List.of();

    public Site(SiteConfig config, Stores stores, Clock clock) {
        this(config, stores, clock, FeedSettings.defaults(), FetcherConfig.fromEnvironment(System.getenv(), false));
    }

    /** @param fetching how the admin reads a source's address when one is added (serve's fetcher settings) */
    public Site(SiteConfig config, Stores stores, Clock clock, FeedSettings feedSettings, FetcherConfig fetching) {
        this(config, stores, clock, feedSettings, fetching, null, java.util.Set.of());
    }

    /**
     * @param translation the engines an editor may retry a translation with on /admin/review (serve's; null: none)
     * @param pinned the settings the environment sets explicitly, which /admin/settings shows but cannot change
     */
    public Site(SiteConfig config, Stores stores, Clock clock, FeedSettings feedSettings, FetcherConfig fetching,
                TranslationSetup translation, java.util.Set<SiteSettings.Field> pinned) {
        this(config, stores, clock, feedSettings, fetching, translation, pinned, NodeSettings.defaults(config.dataDir()), OperationsSettings.off());
    }

    /** @param operations where metrics are served and whether requests are logged (health checks are always on) */
    public Site(SiteConfig config, Stores stores, Clock clock, FeedSettings feedSettings, FetcherConfig fetching,
                TranslationSetup translation, java.util.Set<SiteSettings.Field> pinned, OperationsSettings operations) {
        this(config, stores, clock, feedSettings, fetching, translation, pinned, NodeSettings.defaults(config.dataDir()), operations);
    }

    /**
     * @param node this node among several on one database: its name and leases, the media directory they share
     * @param operations where metrics are served and whether requests are logged (health checks are always on)
     */
    public Site(SiteConfig config, Stores stores, Clock clock, FeedSettings feedSettings, FetcherConfig fetching,
                TranslationSetup translation, java.util.Set<SiteSettings.Field> pinned, NodeSettings node, OperationsSettings operations) {
        this.stores = stores;
        this.singletons = new Singletons(stores.jdbi(), node.nodeId(), node.lease());
        this.siteChanges = new SiteChanges(stores.jdbi());
        this.config = config;
        this.settings = new SiteSettings(config, stores.settings(), pinned);
        byte[] secret = Base64.getDecoder().decode(stores.settings().getOrCreate("secret.forms", Site::newSecret));
        FormTokens tokens = new FormTokens(secret, clock);
        Assets assets = new Assets("source-serif-4-400.woff2", "source-serif-4-400-italic.woff2",
                "source-serif-4-700.woff2", "inter-400.woff2", "inter-700.woff2", "site.css", "favicon.svg");
        this.views = new ViewCounter(stores.pageViews(), clock);
        this.renders = RenderThreads.forThisMachine();
        this.cache = new PageCache(Duration.ofSeconds(60), PAGE_CACHE_BYTES, renders);
        this.ads = new AdPlacement(stores.adSlots());
        // the index is this node's copy of the published articles; the indexer follows the database on its own
        this.searchIndex = SearchIndex.open(config.dataDir().resolve("index"));
        this.indexer = new SearchIndexer(searchIndex, stores.jdbi());
        RelatedLists relatedLists = new RelatedLists(stores.jdbi());
        this.related = new RelatedArticles(searchIndex, relatedLists);
        this.relatedSweep = new RelatedSweep(stores.jdbi(), related, relatedLists, ReaderPages.RELATED_CANDIDATES);
        this.pages = new ReaderPages(settings, stores, new PopularArticles(stores.pageViews(), clock), ads, assets, tokens, related);
        TrustedProxies proxies = TrustedProxies.parse(config.trustedProxies());
        ReaderRoutes reader = new ReaderRoutes(pages, renderer, cache, views, stores.articles(), config.dataDir().resolve("ads.txt"),
                settings::publicBaseUrl, proxies);
        FeedRoutes feeds = new FeedRoutes(new Feeds(settings, stores, feedSettings), cache);
        SitemapRoutes sitemaps = new SitemapRoutes(new Sitemaps(settings, stores, clock), cache);
        ClientBlockStore commentBlocks = new ClientBlockStore(stores.jdbi());
        CommentRoutes comments = new CommentRoutes(stores.articles(), stores.comments(), pages, renderer, tokens,
                new RateLimiter(5, Duration.ofMinutes(10), clock), proxies, clock, commentBlocks);
        UserStore users = new UserStore(stores.jdbi());
        AuditLog audit = new AuditLog(stores.jdbi(), clock);
        Accounts accounts = new Accounts(users, new Invites(stores.jdbi()), stores.adminSessions(), audit, clock);
        AdminAuth adminAuth = new AdminAuth(users, stores.adminSessions(), tokens, proxies, config.httpsSite(), clock);
        FailureLockout accountLockout = new FailureLockout(10, Duration.ofMinutes(15), Duration.ofMinutes(15), clock);
        LoginRoutes login = new LoginRoutes(adminAuth, accounts, pages, renderer, tokens,
                new RateLimiter(10, Duration.ofMinutes(10), clock), accountLockout, proxies);
        JoinRoutes join = new JoinRoutes(adminAuth, accounts, stores.settings(), stores.sections(), pages, renderer, tokens,
                new RateLimiter(10, Duration.ofMinutes(10), clock), proxies, config.siteName(), config.siteLanguage(), config.baseUrl(), clock);
        UserRoutes userRoutes = new UserRoutes(adminAuth, accounts, accountLockout, pages, renderer, config.publicBaseUrl());
        AuditRoutes auditRoutes = new AuditRoutes(audit, pages, renderer);
        DashboardRoutes dashboard = new DashboardRoutes(stores.jdbi(), pages, renderer, clock);
        StatusRoutes status = new StatusRoutes(stores.jdbi(), pages, renderer);
        TranslationMemory memory = new TranslationMemory(stores.jdbi(), clock);
        ReviewRoutes review = new ReviewRoutes(adminAuth, new ArticleTranslations(stores.jdbi(), memory, clock), memory,
                stores.articles(), pages, renderer, config.siteLanguage(), audit, translation);
        SectionRoutes sectionRoutes = new SectionRoutes(adminAuth, stores.jdbi(), stores.sections(),
                new ArticleWriter(stores.jdbi(), stores.articles(), clock), audit, this::contentChanged, pages, renderer);
        SourceRoutes sourceRoutes = new SourceRoutes(adminAuth, stores.jdbi(),
                new SourceAdding(stores.jdbi(), fetching, SOURCE_DETECTION_LIMIT), stores.sections(), audit, pages, renderer);
        ArticleWriter articleWriter = new ArticleWriter(stores.jdbi(), stores.articles(), clock);
        ArticleRoutes articleRoutes = new ArticleRoutes(adminAuth, stores, articleWriter,
                new ImageUploads(new MediaFolder(node.mediaDir()), ImageDecoder.DEFAULT_MAX_PIXELS), audit, pages,
                renderer, settings::siteLanguage, clock);
        this.scheduled = new ScheduledPublishing(stores.jdbi(), articleWriter, clock);
        ModerationRoutes moderation = new ModerationRoutes(adminAuth, stores.comments(), commentBlocks, stores.articles(), pages, renderer,
                this::contentChanged, audit, clock);
        HomeRoutes homeRoutes = new HomeRoutes(adminAuth, pages.homeCuration(), stores.articles(), stores.sections(), audit,
                this::contentChanged, pages, renderer);
        SettingsRoutes settingsRoutes = new SettingsRoutes(adminAuth, settings, audit, this::contentChanged, pages, renderer);
        AdRoutes adRoutes = new AdRoutes(adminAuth, stores.adSlots(), config.dataDir().resolve("ads.txt"), audit, this::contentChanged,
                pages, renderer);
        AuthorRoutes authorRoutes = new AuthorRoutes(adminAuth, stores.authors(), audit, this::contentChanged, pages, renderer);
        OutletRoutes outletRoutes = new OutletRoutes(adminAuth, stores.outlets(), audit, this::contentChanged, pages, renderer);
        SourceEditRoutes sourceEditRoutes = new SourceEditRoutes(adminAuth, stores.jdbi(), stores.sections(), audit, pages, renderer);
        SearchRoutes search = new SearchRoutes(new Searcher(searchIndex, ArticleTexts.from(stores.jdbi())), pages, renderer);
        SecurityHeaders security = new SecurityHeaders(config.adScriptHosts(), config.httpsSite());
        this.operations = new Operations(operations, stores.jdbi(), searchIndex, cache);
        Path media = node.mediaDir();

        this.app = Javalin.create(c -> {
            c.concurrency.useVirtualThreads = true;
            c.http.maxRequestSize = MAX_REQUEST_BYTES;
            c.http.prefer405over404 = true; // a known path with another method: 405 with Allow (see error)
            c.http.generateEtags = false; // pages carry their own strong ETags
            c.http.compressionStrategy = CompressionStrategy.NONE; // pages and assets are compressed once, when made
            // In front of the servlet context (Javalin nests its handler inside this wrapper), so that
            // Jetty sees a non-blocking handler and answers cache hits without a thread hand-off.
            // ... and around it the request ids, timing and access log of every request (ops)
            c.jetty.modifyServer(server -> server.setHandler(this.operations.observe(new CachedPageHandler(cache, security))));
            this.operations.install(c); // /healthz, /readyz, /metrics with a token; first, so every log line has the request id
            c.startup.showJavalinBanner = false;
            c.jetty.host = config.host();
            c.jetty.port = config.port();
            c.routes.before(security::apply);
            // undecodable addresses and unreadable forms: 400 before any route reads them (multipart only on uploads)
            c.routes.before(BadRequests.allowingMultipartOn(ArticleRoutes::isUpload));
            for (String admin : java.util.List.of("/admin", "/admin/*")) {
                c.routes.before(admin, ctx -> ctx.header("Cache-Control", "private, no-store"));
                c.routes.before(admin, adminAuth::filter); // the one admin check: session, CSRF on changes, role (AdminAccess)
            }
            reader.register(c.routes);
            feeds.register(c.routes);
            sitemaps.register(c.routes);
            search.register(c.routes);
            comments.register(c.routes);
            AdminRouter admin = new AdminRouter(c.routes);
            login.register(admin);
            join.register(admin);
            dashboard.register(admin);
            moderation.register(admin);
            status.register(admin);
            review.register(admin);
            sectionRoutes.register(admin);
            sourceRoutes.register(admin);
            articleRoutes.register(admin);
            homeRoutes.register(admin);
            userRoutes.register(admin);
            auditRoutes.register(admin);
            settingsRoutes.register(admin);
            adRoutes.register(admin);
            authorRoutes.register(admin);
            outletRoutes.register(admin);
            sourceEditRoutes.register(admin);
            this.adminRoutes = admin.routes();
            c.routes.get("/assets/{name}", assets::serve);
            c.routes.get("/favicon.ico", ctx -> ctx.redirect(assets.url("favicon.svg"), HttpStatus.MOVED_PERMANENTLY));
            c.routes.get("/media/<path>", ctx -> MediaFiles.serve(ctx, media));
            c.routes.exception(MethodNotAllowedResponse.class, (e, ctx) -> {
                ctx.header("Allow", allowed(e.getDetails().values()));
                error(ctx, 405, "This address does not take " + ctx.method() + " requests.");
            });
            c.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
            c.routes.exception(Exception.class, (e, ctx) -> {
                log.error("request {} {} failed", ctx.method(), ctx.path(), e);
                error(ctx, 500, null);
            });
            c.routes.error(404, ctx -> {
                if (ctx.result() == null) error(ctx, 404, null);
            });
        });
        // an article readers see changed (by the importer, an editor, a translation): pages are dropped at once
        this.articleChanges = ArticleEvents.of(stores.jdbi()).subscribe(c -> {
            if (c.visible()) {
                pages.articlesChanged();
                cache.invalidateAll();
                related.invalidate();
            }
        });
        // ... and a write by another process (an `import` run from the command line, another node) is seen by
        // following articles.changed_at, which every write stamps, and site_changes, which other changes move on:
        // within a second or two, not at the cache's expiry
        this.changeFollower = new PeriodicTask("page-cache-follower", FOLLOW_EVERY, Duration.ofSeconds(5));
        this.timer = new PeriodicTask("view-counter-flush", Duration.ofSeconds(5), Duration.ofSeconds(30));
    }

    private void followChanges() {
        long last = stores.articles().lastChange();
        long version = siteChanges.version();
        // settings saved by another process or node (or the setup page) show within the same second or two
        if (lastChange.getAndSet(last) != last | lastSiteVersion.getAndSet(version) != version | settings.reload()) dropCopies();
    }

    /**
     * Runs the change follower's pass now: tests that wrote behind the site's back call it so the site has seen
     * those writes before they measure, instead of having its copies dropped by the follower mid-measurement.
     */
    public void followChangesNow() {
        followChanges();
    }

    public Site start() {
        app.start();
        timer.start(Duration.ofSeconds(5), this::flushViews);
        lastChange.set(stores.articles().lastChange());
        lastSiteVersion.set(siteChanges.version());
        changeFollower.start(FOLLOW_EVERY, this::followChanges);
        indexer.start();
        singletons.start();
        scheduled.start(singletons.turn("scheduled-publishing"));
        relatedSweep.start(singletons.turn("related-lists"));
        operations.start();
        log.info("{} is running at http://{}:{}/", config.siteName(), config.host(), app.port());
        log.info("Pages are compressed by {}", Gzip.engine());
        return this;
    }

    /** The publisher of scheduled articles (tests run a pass directly instead of waiting for its timer). */
    public ScheduledPublishing scheduledPublishing() {
        return scheduled;
    }

    /** Health, metrics and request logging of this site (tests ask it for the metrics port). */
    public Operations operations() {
        return operations;
    }

    /** The search indexer (tests run a pass directly instead of waiting for its timer). */
    public SearchIndexer searchIndexer() {
        return indexer;
    }

    public SearchIndex searchIndex() {
        return searchIndex;
    }

    /** Every admin route (method and path), for tests that try them all. */
    public java.util.List<AdminRouter.Route> adminRoutes() {
        return adminRoutes;
    }

    public int port() {
        return app.port();
    }

    /** This node's one-node-at-a-time tasks: serve hands the importer's scheduler, Telegram and WebSub to them. */
    public Singletons singletons() {
        return singletons;
    }

    /** Call after content changed outside the site (an import, the demo loader): every node drops its copies. */
    public void contentChanged() {
        dropCopies();
        long made = siteChanges.bump();
        // this node's own bump needs no second drop by its follower, unless another node's bump is still unseen
        lastSiteVersion.compareAndSet(made - 1, made);
    }

    /** Drops this node's rendered pages and the copies of the database it keeps in memory. */
    private void dropCopies() {
        ads.reload();
        pages.contentChanged();
        pages.homeCuration().forget();
        cache.invalidateAll();
    }

    public void flushViews() {
        try {
            views.flush();
        } catch (RuntimeException e) {
            log.warn("flushing view counts failed", e);
        }
    }

    /** The Allow header from Javalin's list of the path's methods; HEAD is answered wherever GET is (CachedPageHandler). */
    static String allowed(java.util.Collection<String> available) {
        java.util.List<String> methods = new java.util.ArrayList<>();
        for (String listed : available) {
            for (String m : listed.split("[,\\s]+")) if (!m.isBlank() && !methods.contains(m)) methods.add(m);
        }
        if (methods.contains("GET") && !methods.contains("HEAD")) methods.add(methods.indexOf("GET") + 1, "HEAD");
        return String.join(", ", methods);
    }

    private void error(Context ctx, int status, String message) {
        String heading = switch (status) {
            case 404 -> "Page not found";
            case 410 -> "Article withdrawn";
            case 403 -> "Not allowed";
            case 413 -> "Too much data";
            case 500 -> "Something went wrong";
            default -> "Request not completed";
        };
        String text = switch (status) {
            case 404 -> "We could not find that page. It may have moved, or the address may be mistyped.";
            case 500 -> "The error is logged and we will look into it. Please try again in a moment.";
            default -> message != null && !message.isBlank() ? message : heading + ".";
        };
        Meta meta = new Meta(heading + " | " + settings.siteName(), text, "", "website", null, null, null, null, null, true);
        ctx.status(status).header("Cache-Control", "no-store").contentType(HttpCaching.HTML);
        ctx.result(renderer.render("error.jte", new ErrorView(errorChrome(status), meta, status, heading, text)));
    }

    /** A missing page keeps the site's navigation so a reader can go on; a failure does not touch the database again. */
    private Views.Chrome errorChrome(int status) {
        if (status >= 500) return pages.bareChrome();
        try {
            return pages.chrome(null);
        } catch (RuntimeException e) {
            log.warn("error page without navigation: {}", e.toString());
            return pages.bareChrome();
        }
    }

    @Override
    public void close() {
        try {
            articleChanges.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        app.stop();
        renders.close();
        operations.close();
        timer.close();
        changeFollower.close();
        scheduled.close();
        relatedSweep.close();
        singletons.close();
        views.flush();
        indexer.close();
        try {
            searchIndex.close();
        } catch (java.io.IOException e) {
            log.warn("closing the search index failed", e);
        }
    }

    private static String newSecret() {
        byte[] b = new byte[32];
        new SecureRandom().nextBytes(b);
        return Base64.getEncoder().encodeToString(b);
    }
}
