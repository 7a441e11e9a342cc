package io.newsdesk.app.cli;

import io.newsdesk.app.config.SiteConfig;
import io.newsdesk.app.demo.DemoSite;
import io.newsdesk.app.site.Site;
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
    @Option(names = "--host", paramLabel = "H", description = "Address to listen on. Default: $NEWSDESK_HOST or 127.0.0.1")
    String host;

    @Option(names = "--port", paramLabel = "P", description = "Port to listen on. Default: $NEWSDESK_PORT or 8080")
    Integer port;

    @Mixin
    DataOption data = new DataOption();

    @Override
    public Integer call() throws Exception {
        SiteConfig env = SiteConfig.fromEnvironment(System.getenv());
        SiteConfig config = env.withListen(host != null ? host : env.host(), port != null ? port : env.port())
                .withDataDir(data.resolve());
        Database db = Database.sqlite(config.dataDir());
        Stores stores = Stores.over(db.jdbi());
        if (config.loadDemo() && stores.articles().countAll() == 0) {
            int n = DemoSite.load(stores, config.dataDir(), Clock.systemUTC());
            System.out.println("Loaded the demo site: " + n + " articles.");
        }
        Site site = new Site(config, stores, Clock.systemUTC()).start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping…");
            site.close();
            db.close();
            stopped.countDown();
        }, "shutdown"));
        System.out.println("Newsdesk is serving " + config.siteName() + " at http://" + config.host() + ":" + site.port()
                + "/  (data in " + config.dataDir().toAbsolutePath() + "; Ctrl-C stops)");
        stopped.await();
        return 0;
    }
}
