package io.newsdesk.app.cli;

import io.newsdesk.app.ingest.fetch.Fetcher;
import io.newsdesk.app.ingest.fetch.FetcherConfig;
import io.newsdesk.app.ingest.pipeline.ImportCounts;
import io.newsdesk.app.ingest.pipeline.Importer;
import io.newsdesk.app.ingest.queue.JobQueue;
import io.newsdesk.app.ingest.sources.Source;
import io.newsdesk.app.ingest.sources.SourceStatus;
import io.newsdesk.app.ingest.sources.SourceStore;
import io.newsdesk.app.store.Database;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsdesk import --once}: fetch every active source (or one) and import its new items. */
@Command(name = "import", mixinStandardHelpOptions = true, description = "Import articles from the sources.")
public final class ImportCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;
    @Mixin
    DataOption data = new DataOption();
    @Option(names = "--once", description = "Fetch each source once, process the queue until empty, and exit.")
    boolean once;
    @Option(names = "--source", paramLabel = "ID", description = "Only this source (id or id prefix).")
    String source;
    @Option(names = "--allow-private-networks", description = "Allow fetching from loopback and private addresses.")
    boolean allowPrivateNetworks;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            if (!once) {
                err.println("import: only --once is supported yet");
                return 2;
            }
            FetcherConfig config = FetcherConfig.fromEnvironment(System.getenv(), allowPrivateNetworks);
            try (Database db = Database.sqlite(data.resolve()); Fetcher fetcher = new Fetcher(config)) {
                SourceStore store = new SourceStore(db.jdbi());
                List<Source> todo;
                if (source != null) {
                    todo = List.of(store.resolve(source)
                            .orElseThrow(() -> new IllegalArgumentException("no source with id " + source)));
                } else {
                    todo = store.all().stream().filter(s -> s.status() == SourceStatus.ACTIVE).toList();
                }
                Importer importer = new Importer(db.jdbi(), fetcher, new JobQueue(db.jdbi()), store, Clock.systemUTC());
                ImportCounts counts = new ImportCounts();
                java.util.function.Consumer<String> progress = line -> {
                    err.println(line);
                    err.flush();
                };
                for (Source s : todo) importer.fetchSource(s, counts, progress);
                progress.accept("feeds fetched: " + counts.feeds.get() + " of " + todo.size()
                        + (counts.feedsFailed.get() > 0 ? " (" + counts.feedsFailed.get() + " failed)" : ""));
                importer.drain(counts, progress);
                out.println(counts.summary());
                return 0;
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            err.println("import: " + e.getMessage());
            return 1;
        } finally {
            out.flush();
            err.flush();
        }
    }
}
