package io.newsdesk.app.cli;

import io.newsdesk.app.config.SiteConfig;
import io.newsdesk.app.fetch.Fetcher;
import io.newsdesk.app.fetch.FetcherConfig;
import io.newsdesk.app.ingest.pipeline.ImportCounts;
import io.newsdesk.app.ingest.pipeline.Pipeline;
import io.newsdesk.app.ingest.queue.JobQueue;
import io.newsdesk.app.ingest.sources.Source;
import io.newsdesk.app.ingest.sources.SourceStatus;
import io.newsdesk.app.ingest.sources.SourceStore;
import io.newsdesk.app.store.Database;
import io.newsdesk.app.translate.TranslationSetup;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code newsdesk import}: with {@code --once}, fetch every active source (or one) and import until the queue
 * is empty; without it, run the scheduler and workers in the foreground (what {@code serve} does in the
 * background) until stopped. Progress goes to stderr: a live line on a terminal, event lines otherwise.
 */
@Command(name = "import", mixinStandardHelpOptions = true, description = "Import articles from the sources.")
public final class ImportCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;
    @Mixin
    DataOption data = new DataOption();
    @Mixin
    DatabaseOption database = new DatabaseOption();
    @Option(names = "--once", description = "Fetch each source once, process the queue until empty, and exit.")
    boolean once;
    @Option(names = "--source", paramLabel = "ID", description = "Only this source's jobs (id or id prefix); the permissions given apply to them alone.")
    String source;
    @Option(names = "--allow-private-networks", description = "Allow fetching from loopback and private addresses.")
    boolean allowPrivateNetworks;
    @Option(names = "--workers", paramLabel = "N", description = "Jobs worked in parallel (default ${DEFAULT-VALUE}).")
    int workers = 4;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            if (!once && source != null) throw new IllegalArgumentException("--source needs --once");
            FetcherConfig config = FetcherConfig.fromEnvironment(System.getenv(), allowPrivateNetworks);
            SiteConfig site = SiteConfig.fromEnvironment(System.getenv());
            try (Database db = database.open(data.resolve()); Fetcher fetcher = new Fetcher(config);
                 TranslationSetup translation = TranslationSetup.fromEnvironment(System.getenv(), data.resolve())) {
                SourceStore store = new SourceStore(db.jdbi());
                ProgressDisplay display = new ProgressDisplay(err, System.console() != null);
                Pipeline pipeline = new Pipeline(db.jdbi(), fetcher, Clock.systemUTC(),
                        new Pipeline.Settings(workers, io.newsdesk.app.ingest.sources.SourceHealth.DEFAULT_PAUSE_AFTER,
                                site.siteLanguage(), io.newsdesk.app.cluster.NodeSettings.fromEnvironment(System.getenv(), data.resolve()).mediaDir()),
                        translation, display::event);
                display.start(() -> pipeline.counts().progress() + " · queue " + pipeline.queue().counts().get(
                        io.newsdesk.app.ingest.queue.JobState.QUEUED));
                JobQueue.Left left = null;
                try {
                    if (once) {
                        Source only = source == null ? null
                                : store.resolve(source).orElseThrow(() -> new IllegalArgumentException("no source with id " + source));
                        List<Source> todo = only != null ? List.of(only)
                                : store.all().stream().filter(s -> s.status() == SourceStatus.ACTIVE).toList();
                        pipeline.queueNow(todo);
                        // with --source, only that source's jobs: its permissions (--allow-private-networks) reach no other
                        left = pipeline.runUntilIdle(only == null ? null : only.id());
                    } else {
                        pipeline.start();
                        Thread.currentThread().join(); // until the process is stopped
                    }
                } finally {
                    display.stop();
                    pipeline.close();
                }
                ImportCounts counts = pipeline.counts();
                out.println(counts.summary());
                if (left != null) reportLeft(left, err);
                if (counts.failed.get() + counts.feedsFailed.get() == 0) return 0;
                // a scripted or scheduled import must notice: exit 2 when anything failed (1 is a usage error)
                err.println("import: " + counts.feedsFailed.get() + " feed fetches and " + counts.failed.get()
                        + " items failed; the reasons are in ./newsdesk sources list");
                return 2;
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            err.println("import: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** What the run could not do now: it does not wait minutes for a retry time or for another process's jobs. */
    private static void reportLeft(JobQueue.Left left, PrintWriter err) {
        if (left.retryLater() > 0) {
            err.println("import: " + left.retryLater() + " jobs wait for a retry (the first at "
                    + java.time.format.DateTimeFormatter.ISO_INSTANT.format(left.nextRetry().truncatedTo(java.time.temporal.ChronoUnit.SECONDS))
                    + "); the next import or serve takes them");
        }
        if (left.runningElsewhere() > 0) {
            err.println("import: " + left.runningElsewhere() + " jobs are being run by another process (serve or another import)");
        }
    }
}
