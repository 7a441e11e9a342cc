package io.newsdesk.app.cli;

import io.newsdesk.app.accounts.Invites;
import io.newsdesk.app.accounts.UserStore;
import io.newsdesk.app.cluster.NodeSettings;
import io.newsdesk.app.config.SiteConfig;
import io.newsdesk.app.config.SiteSettings;
import io.newsdesk.app.demo.DemoOutlets;
import io.newsdesk.app.distribute.feeds.FeedSettings;
import io.newsdesk.app.demo.DemoSite;
import io.newsdesk.app.distribute.telegram.TelegramConfig;
import io.newsdesk.app.distribute.telegram.TelegramPoster;
import io.newsdesk.app.distribute.websub.WebSubConfig;
import io.newsdesk.app.distribute.websub.WebSubPinger;
import io.newsdesk.app.demo.outlets.DemoOutletServer;
import io.newsdesk.app.fetch.Fetcher;
import io.newsdesk.app.fetch.FetcherConfig;
import io.newsdesk.app.ingest.pipeline.Pipeline;
import io.newsdesk.app.translate.TranslationSetup;
import io.newsdesk.app.ops.OperationsSettings;
import io.newsdesk.app.server.Site;
import io.newsdesk.app.store.Database;
import io.newsdesk.app.store.Stores;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true, description = "Run the site (and, when the database is empty, load the demo site first).")
final class ServeCommand implements Callable<Integer> {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ServeCommand.class);

    @Option(names = "--host", paramLabel = "H", description = "Address to listen on. Default: $NEWSDESK_HOST or 127.0.0.1")
    String host;

    @Option(names = "--port", paramLabel = "P", description = "Port to listen on. Default: $NEWSDESK_PORT or 8080")
    Integer port;

    @Mixin
    DataOption data = new DataOption();
    @Mixin
    DatabaseOption database = new DatabaseOption();

    @Option(names = "--no-import", description = "Do not run the importer's scheduler and workers in this process.")
    boolean noImport;

    @Option(names = "--no-demo", description = "Start a clean site of your own: no demo content (as NEWSDESK_DEMO=false).")
    boolean noDemo;

    @Option(names = "--metrics-port", paramLabel = "P",
            description = "Serve /metrics, /healthz and /readyz on this port (on 127.0.0.1 unless $NEWSDESK_METRICS_HOST). Default: $NEWSDESK_METRICS_PORT, none")
    Integer metricsPort;

    @Option(names = "--allow-private-networks", description = "Let the importer fetch from loopback and private addresses.")
    boolean allowPrivateNetworks;

    @Override
    public Integer call() throws Exception {
        java.util.Map<String, String> environment = new java.util.HashMap<>(System.getenv());
        if (noDemo) environment.put("NEWSDESK_DEMO", "false");
        OperationsSettings operations;
        try {
            operations = OperationsSettings.fromEnvironment(System.getenv(), metricsPort);
        } catch (IllegalArgumentException e) {
            System.err.println("serve: " + e.getMessage());
            return 2;
        }
        Path dataDir = data.resolve();
        Database db = database.open(dataDir);
        log.info("database: {}", database.resolve().map(Object::toString).orElse("SQLite in " + dataDir.toAbsolutePath()));
        Stores stores = Stores.over(db.jdbi());
        // what the first admin chose on the setup page, unless the environment says otherwise
        stores.settings().get("site.name").ifPresent(v -> environment.putIfAbsent("NEWSDESK_SITE_NAME", v));
        stores.settings().get("site.language").ifPresent(v -> environment.putIfAbsent("NEWSDESK_SITE_LANGUAGE", v));
        stores.settings().get("site.base-url").ifPresent(v -> environment.putIfAbsent("NEWSDESK_BASE_URL", v));
        stores.settings().get("site.telegram-channel").ifPresent(v -> environment.putIfAbsent("NEWSDESK_TELEGRAM_CHANNEL", v));
        SiteConfig env = SiteConfig.fromEnvironment(environment);
        SiteConfig config = env.withListen(host != null ? host : env.host(), port != null ? port : env.port())
                .withDataDir(dataDir);
        NodeSettings node = NodeSettings.fromEnvironment(System.getenv(), config.dataDir());
        if (config.loadDemo() && stores.articles().countAll() == 0) {
            int n = DemoSite.load(stores, config.dataDir(), node.mediaDir(), Clock.systemUTC());
            DemoOutlets.enable(stores, Clock.systemUTC());
            System.out.println("Loaded the demo site: " + n + " articles.");
        }
        // the demo's outlets, served on loopback, are its sources: the importer fills the site over time
        DemoOutletServer outlets = config.loadDemo() && !noImport && DemoOutlets.enabled(stores)
                ? DemoOutlets.start(stores, Clock.systemUTC()) : null;
        FetcherConfig fetching = FetcherConfig.fromEnvironment(System.getenv(), allowPrivateNetworks);
        TranslationSetup translation = TranslationSetup.fromEnvironment(System.getenv(), config.dataDir());
        // a setting the environment gives explicitly stays as it says; the others follow /admin/settings at once
        Site site = new Site(config, stores, Clock.systemUTC(), FeedSettings.fromEnvironment(System.getenv()), fetching, translation,
                SiteSettings.pinnedBy(System.getenv()), node, operations).start();
        Fetcher fetcher = new Fetcher(outlets == null ? fetching : outlets.trustedBy(fetching));
        Pipeline pipeline = new Pipeline(db.jdbi(), fetcher, Clock.systemUTC(), Pipeline.Settings.defaults(config.siteLanguage(), node.mediaDir())
                        .withJobLease(node.jobLease()),
                translation,
                line -> log.info("import: {}", line));
        // every node works the queue; the scheduler, Telegram and WebSub run on one node at a time (site.singletons())
        if (!noImport) pipeline.start(site.singletons().turn("import-scheduler"));
        // distribution runs where the importer runs; each only when configured
        TelegramConfig telegramConfig = TelegramConfig.fromEnvironment(System.getenv(), config);
        TelegramPoster telegram = !noImport && telegramConfig != null ? new TelegramPoster(db.jdbi(), telegramConfig)
                .start(site.singletons().turn("telegram-poster")) : null;
        WebSubConfig websubConfig = WebSubConfig.fromEnvironment(System.getenv(), config.publicBaseUrl());
        WebSubPinger websub = !noImport && websubConfig != null ? new WebSubPinger(db.jdbi(), websubConfig)
                .start(site.singletons().turn("websub-pinger")) : null;
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping…");
            if (telegram != null) telegram.close();
            if (websub != null) websub.close();
            try {
                pipeline.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            fetcher.close();
            translation.close();
            if (outlets != null) outlets.close();
            site.close();
            db.close();
            stopped.countDown();
        }, "shutdown"));
        if (outlets != null) {
            System.out.println("Demo outlets publish a new story every " + DemoOutletServer.DEFAULT_RELEASE_INTERVAL.toSeconds()
                    + " s at " + outlets.baseUrl() + "/ and the importer brings them in (status: /admin/status).");
        }
        UserStore users = new UserStore(db.jdbi());
        if (users.count() == 0) {
            // a site without accounts: a one-time link for the first admin (only its hash is stored; a restart makes a new one)
            String token = new Invites(db.jdbi()).setup(Clock.systemUTC().instant());
            String base = config.baseUrl() != null && !config.baseUrl().isBlank() ? config.publicBaseUrl()
                    : "http://" + config.host() + ":" + site.port();
            System.out.println("No admin account yet. Set up your site (this link works once):\n  " + base
                    + "/admin/setup?token=" + token + "\nor run: ./newsdesk admin create-user NAME --role admin");
        }
        System.out.println("Newsdesk is serving " + config.siteName() + " at http://" + config.host() + ":" + site.port()
                + "/  (data in " + config.dataDir().toAbsolutePath() + "; Ctrl-C stops)");
        stopped.await();
        return 0;
    }
}
