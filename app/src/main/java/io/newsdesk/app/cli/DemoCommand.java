package io.newsdesk.app.cli;

import io.newsdesk.app.demo.BulkArticles;
import io.newsdesk.app.demo.DemoSite;
import io.newsdesk.app.store.Database;
import io.newsdesk.app.store.Stores;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true, description = "Fill a data directory with the demo site and, optionally, many generated articles "
        + "(for benchmarks).")
final class DemoCommand implements Callable<Integer> {
    @Mixin
    DataOption data = new DataOption();
    @Mixin
    DatabaseOption database = new DatabaseOption();

    @Option(names = "--articles", paramLabel = "N", defaultValue = "0",
            description = "Also generate N articles from the demo vocabulary. Default: ${DEFAULT-VALUE}")
    int articles;

    @Override
    public Integer call() {
        try (Database db = database.open(data.resolve())) {
            Stores stores = Stores.over(db.jdbi());
            if (stores.articles().countAll() == 0) {
                System.out.println("Demo site loaded: " + DemoSite.load(stores, data.resolve(), Clock.systemUTC()) + " articles.");
            }
            if (articles > 0) {
                long start = System.nanoTime();
                BulkArticles.generate(stores, articles, Clock.systemUTC());
                System.out.printf("Generated %d articles in %.1f s.%n", articles, (System.nanoTime() - start) / 1e9);
            }
        }
        return 0;
    }
}
