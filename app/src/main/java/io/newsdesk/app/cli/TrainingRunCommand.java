package io.newsdesk.app.cli;

import io.newsdesk.app.config.SiteConfig;
import io.newsdesk.app.demo.DemoOutlets;
import io.newsdesk.app.demo.DemoSite;
import io.newsdesk.app.demo.outlets.DemoOutletServer;
import io.newsdesk.app.ingest.fetch.Fetcher;
import io.newsdesk.app.ingest.fetch.FetcherConfig;
import io.newsdesk.app.ingest.pipeline.Pipeline;
import io.newsdesk.app.ingest.sources.SourceStore;
import io.newsdesk.app.site.Site;
import io.newsdesk.app.store.Database;
import io.newsdesk.app.store.Stores;
import io.newsdesk.app.translate.TranslationSetup;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import picocli.CommandLine.Command;

/**
 * {@code newsdesk training-run}: the work the launcher records the JVM's startup cache from (JDK 25's AOT cache,
 * {@code -XX:AOTCacheOutput}): in a temporary directory, the demo site and its outlets on loopback, one import of
 * every outlet, then the pages and feeds a reader and a feed reader ask for. The JVM keeps the classes this
 * loads and the profiles of the methods it runs, so that a later {@code serve} or {@code import} starts with
 * them instead of finding them again (docs/benchmarks.md: the import's CPU). It writes nothing outside the
 * temporary directory, which it deletes.
 */
@Command(name = "training-run", hidden = true,
        description = "Import the demo outlets and read the site in a temporary directory (the launcher's startup-cache training).")
final class TrainingRunCommand implements Callable<Integer> {
    private static final Pattern LINK = Pattern.compile("href=\"(/(?:article|section|story|author|outlet)/[^\"#?]+)\"");

    @Override
    public Integer call() throws Exception {
        Path dir = Files.createTempDirectory("newsdesk-training-");
        try {
            run(dir);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
        return 0;
    }

    private static void run(Path dir) throws IOException, InterruptedException {
        // the demo outlets release a story every 90 s from their first start: started two hours ago, all are out
        Clock past = Clock.offset(Clock.systemUTC(), Duration.ofHours(-2));
        SiteConfig config = SiteConfig.fromEnvironment(Map.of()).withListen("127.0.0.1", 0).withDataDir(dir);
        try (Database db = Database.sqlite(dir)) {
            Stores stores = Stores.over(db.jdbi());
            DemoSite.load(stores, dir, Clock.systemUTC());
            DemoOutlets.enable(stores, past);
            DemoOutletServer outlets = DemoOutlets.start(stores, Clock.systemUTC());
            Site site = new Site(config, stores, Clock.systemUTC()).start();
            FetcherConfig fetching = FetcherConfig.fromEnvironment(Map.of(), false).withAllowLoopback(true)
                    .withMinHostDelay(Duration.ZERO);
            try (outlets; site; Fetcher fetcher = new Fetcher(fetching);
                 TranslationSetup translation = TranslationSetup.fromEnvironment(Map.of(), dir);
                 Pipeline pipeline = new Pipeline(db.jdbi(), fetcher, Clock.systemUTC(),
                         Pipeline.Settings.defaults(config.siteLanguage()), translation, line -> { }, site::articlesChanged)) {
                pipeline.queueNow(new SourceStore(db.jdbi()).all());
                pipeline.runUntilIdle();
                site.searchIndexer().runOnce();
                int pages = read("http://127.0.0.1:" + site.port());
                System.out.println("training run: " + pipeline.counts().summary() + "; " + pages + " pages read");
            }
        }
    }

    /** The home page, the pages it links to, and the feeds, sitemaps and search, each a few times. */
    private static int read(String base) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        List<String> paths = new ArrayList<>(List.of("/", "/rss.xml", "/atom.xml", "/feed.json", "/sitemap.xml",
                "/news-sitemap.xml", "/robots.txt", "/search?q=harbour"));
        Matcher m = LINK.matcher(get(http, base + "/"));
        while (m.find() && paths.size() < 60) if (!paths.contains(m.group(1))) paths.add(m.group(1));
        for (int round = 0; round < 3; round++) {
            for (String p : paths) get(http, base + p);
        }
        return 3 * paths.size();
    }

    private static String get(HttpClient http, String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
