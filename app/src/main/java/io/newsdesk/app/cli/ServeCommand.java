package io.newsdesk.app.cli;

import io.newsdesk.app.config.SiteConfig;
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
import io.newsdesk.app.server.Site;
import io.newsdesk.app.store.Database;
import io.newsdesk.app.store.Stores;
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

    @Option(names = "--no-import", description = "Do not run the importer's scheduler and workers in this process.")
    boolean noImport;

    @Option(names = "--allow-private-networks", description = "Let the importer fetch from loopback and private addresses.")
    boolean allowPrivateNetworks;

    @Override
    public Integer call() throws Exception {
        SiteConfig env = SiteConfig.fromEnvironment(System.getenv());
        SiteConfig config = env.withListen(host != null ? host : env.host(), port != null ? port : env.port())
                .withDataDir(data.resolve());
        Database db = Database.sqlite(config.dataDir());
        Stores stores = Stores.over(db.jdbi());
        if (config.loadDemo() && stores.articles().countAll() == 0) {
            int n = DemoSite.load(stores, config.dataDir(), Clock.systemUTC());
            DemoOutlets.enable(stores, Clock.systemUTC());
            System.out.println("Loaded the demo site: " + n + " articles.");
        }
        // the demo's outlets, served on loopback, are its sources: the importer fills the site over time
        DemoOutletServer outlets = config.loadDemo() && !noImport && DemoOutlets.enabled(stores)
                ? DemoOutlets.start(stores, Clock.systemUTC()) : null;
        Site site = new Site(config, stores, Clock.systemUTC(), FeedSettings.fromEnvironment(System.getenv())).start();
        FetcherConfig fetching = FetcherConfig.fromEnvironment(System.getenv(), allowPrivateNetworks);
        Fetcher fetcher = new Fetcher(outlets == null ? fetching : outlets.trustedBy(fetching));
        TranslationSetup translation = TranslationSetup.fromEnvironment(System.getenv(), config.dataDir());
        Pipeline pipeline = new Pipeline(db.jdbi(), fetcher, Clock.systemUTC(), Pipeline.Settings.defaults(config.siteLanguage(), config.dataDir().resolve("media")),
                translation,
                line -> log.info("import: {}", line));
        if (!noImport) pipeline.start();
        // distribution runs where the importer runs (one such process per site); each only when configured
        TelegramConfig telegramConfig = TelegramConfig.fromEnvironment(System.getenv(), config);
        TelegramPoster telegram = !noImport && telegramConfig != null ? new TelegramPoster(db.jdbi(), telegramConfig).start() : null;
        WebSubConfig websubConfig = WebSubConfig.fromEnvironment(System.getenv(), config.publicBaseUrl());
        WebSubPinger websub = !noImport && websubConfig != null ? new WebSubPinger(db.jdbi(), websubConfig).start() : null;
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
        System.out.println("Newsdesk is serving " + config.siteName() + " at http://" + config.host() + ":" + site.port()
                + "/  (data in " + config.dataDir().toAbsolutePath() + "; Ctrl-C stops)");
        stopped.await();
        return 0;
    }
}
