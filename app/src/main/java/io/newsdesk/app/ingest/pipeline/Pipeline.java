package io.newsdesk.app.ingest.pipeline;

import io.newsdesk.app.content.ArticleWriter;
import io.newsdesk.app.store.ArticleStore;
import io.newsdesk.app.fetch.Fetcher;
import io.newsdesk.app.ingest.queue.PermanentFailure;
import io.newsdesk.app.ingest.queue.Job;
import io.newsdesk.app.ingest.queue.JobQueue;
import io.newsdesk.app.ingest.queue.JobRunner;
import io.newsdesk.app.ingest.sources.Source;
import io.newsdesk.app.ingest.sources.SourceHealth;
import io.newsdesk.app.ingest.sources.SourceStore;
import io.newsdesk.app.ingest.stories.StoryClusters;
import io.newsdesk.app.language.LanguageIdentifier;
import io.newsdesk.app.language.LanguageSet;
import io.newsdesk.app.media.ImageImporter;
import io.newsdesk.app.media.MediaFolder;
import io.newsdesk.app.translate.ArticleTranslations;
import io.newsdesk.app.translate.TranslationMemory;
import io.newsdesk.app.translate.TranslationSetup;
import io.newsdesk.app.translate.Translator;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The import pipeline: two kinds of jobs on the durable queue ("source": fetch and read a feed; "item": turn
 * one entry into a stored article), worked by {@code workers} runners, and a scheduler that queues a fetch of
 * each source when it is due. {@link #start()} runs it all in the background (inside {@code serve});
 * {@link #queueNow} and {@link #runUntilIdle()} are {@code import --once}.
 */
public final class Pipeline implements AutoCloseable {
    /**
     * @param workers        job runners working in parallel (page fetches wait on the network, extraction on the CPU)
     * @param pauseAfter     consecutive failed fetches after which a source is paused
     * @param siteLanguage   articles in another language wait for translation (unless their source says not to translate)
     * @param media          the folder of stored images ({@code <data>/media}); null keeps no images
     * @param jobLease       how long a claimed job is a worker's before another may take it (a killed node's jobs
     *                       wait this long); longer than any one job lasts
     */
    public record Settings(int workers, int pauseAfter, String siteLanguage, Path media, Duration jobLease) {
        public Settings {
            if (workers < 1) throw new IllegalArgumentException("workers must be at least 1");
            java.util.Objects.requireNonNull(jobLease, "jobLease");
        }

        public Settings(int workers, int pauseAfter, String siteLanguage, Path media) {
            this(workers, pauseAfter, siteLanguage, media, LEASE);
        }

        public Settings withJobLease(Duration lease) {
            return new Settings(workers, pauseAfter, siteLanguage, media, lease);
        }

        /** Settings that keep no images: imported articles have none (tests that are not about images). */
        public Settings(int workers, int pauseAfter, String siteLanguage) {
            this(workers, pauseAfter, siteLanguage, null);
        }

        /** @param media the data directory's {@code media} folder, where imported images are stored */
        public static Settings defaults(String siteLanguage, Path media) {
            return new Settings(4, SourceHealth.DEFAULT_PAUSE_AFTER, siteLanguage, media);
        }
    }

    static final Duration LEASE = Duration.ofMinutes(5);
    static final Duration SCHEDULER_TICK = Duration.ofSeconds(5);
    private static final List<String> KINDS = List.of(SourceStep.KIND, ItemStep.KIND, TranslateStep.KIND);
    private static final Logger log = LoggerFactory.getLogger(Pipeline.class);
    private static final String OWNER_PREFIX = "pipeline";
    private static final String HOST = hostName();

    private final Jdbi jdbi;
    private final JobQueue queue;
    private final SourceStore sources;
    private final Clock clock;
    private final Settings settings;
    private final ImportCounts counts = new ImportCounts();
    private final SourceStep sourceStep;
    private final ItemStep itemStep;
    private final TranslateStep translateStep;
    private final Consumer<String> events;
    private final List<JobRunner> runners = new ArrayList<>();
    private volatile boolean running;
    private volatile java.util.function.BooleanSupplier schedulerTurn = () -> true;
    private Thread scheduler;

    /**
     * @param events one line per notable event (a feed read or failed, an item failed), for a log or a terminal;
     *               the articles it writes are told through {@link io.newsdesk.app.content.ArticleEvents}
     */
    public Pipeline(Jdbi jdbi, Fetcher fetcher, Clock clock, Settings settings, TranslationSetup translation,
            Consumer<String> events) {
        this.jdbi = jdbi;
        this.queue = new JobQueue(jdbi, clock, JobQueue.Options.defaults(), java.util.random.RandomGenerator.getDefault());
        this.sources = new SourceStore(jdbi);
        this.clock = clock;
        this.settings = settings;
        this.events = events;
        this.sourceStep = new SourceStep(jdbi, fetcher, queue, sources, new SourceHealth(jdbi, clock, settings.pauseAfter()),
                counts, events, clock);
        TranslationMemory memory = new TranslationMemory(jdbi, clock);
        ArticleWriter writer = new ArticleWriter(jdbi, new ArticleStore(jdbi), clock);
        ArticleTranslations translations = new ArticleTranslations(jdbi, memory, clock, writer);
        this.translateStep = new TranslateStep(translations, new Translator(memory, translation.engines(),
                translation.glossary(), translation.check()), queue, clock, settings.siteLanguage());
        this.itemStep = new ItemStep(jdbi, fetcher, sources, writer, new StoryClusters(clock, writer), clock, settings.siteLanguage(),
                counts, translations, translateStep, new LanguageIdentifier(LanguageSet.of(jdbi, settings.siteLanguage())), queue,
                translation.glossary(),
                settings.media() == null ? null : new ImageImporter(jdbi, fetcher, new MediaFolder(settings.media()),
                        ImageImporter.Limits.DEFAULTS, clock), events);
    }

    public ImportCounts counts() {
        return counts;
    }

    public JobQueue queue() {
        return queue;
    }

    /** Queues again the articles awaiting a translation that can now be made; returns how many. */
    public int requeueTranslations() {
        return translateStep.requeueAwaiting();
    }

    /**
     * Queues a fetch of every active source that is due, moving its next fetch one interval on (the fetch
     * itself sets the exact time when it ends). The job's key names the due time it was queued for, so two
     * nodes or a restart never queue the same fetch twice. Returns how many were queued.
     */
    public int scheduleDue() {
        int queued = 0;
        long now = clock.millis();
        for (Source s : sources.due(now)) {
            long seen = s.nextFetchAt() == null ? 0 : s.nextFetchAt().toEpochMilli();
            queue.enqueue(SourceStep.KIND, SourceStep.KIND + ":" + s.id() + ":" + seen, SourceStep.payload(s.id()));
            int moved = jdbi.withHandle(h -> h.createUpdate("""
                    UPDATE sources SET next_fetch_at = :next WHERE id = :id AND COALESCE(next_fetch_at, 0) = :seen""")
                    .bind("next", now + s.fetchIntervalSeconds() * 1000L).bind("id", s.id()).bind("seen", seen).execute());
            if (moved == 1) queued++;
        }
        return queued;
    }

    /** Queues a fetch of each of these sources now, whatever their schedule ({@code import --once}). */
    public void queueNow(List<Source> list) {
        long now = clock.millis();
        for (Source s : list) {
            queue.enqueue(SourceStep.KIND, SourceStep.KIND + ":" + s.id() + ":now:" + now, SourceStep.payload(s.id()));
        }
    }

    /** {@link #runUntilIdle(String)} over every source's jobs. */
    public JobQueue.Left runUntilIdle() throws InterruptedException {
        return runUntilIdle(null);
    }

    /**
     * Works the queue with {@code workers} threads until nothing can be done now: none of them runs a job, none
     * is due and no first attempt is queued (new entries are spaced one host delay apart, so some are due a
     * moment later). Failed jobs waiting for their retry time, and jobs another process runs, are left for a
     * later run and returned, so the caller can say so. With a {@code sourceId}, only that source's jobs are
     * taken ({@code import --once --source}): what the run was permitted applies to them alone.
     */
    public JobQueue.Left runUntilIdle(String sourceId) throws InterruptedException {
        recoverOrphans();
        JobQueue.Scope scope = sourceId == null ? JobQueue.Scope.ALL : ofSource(sourceId);
        AtomicInteger active = new AtomicInteger(settings.workers());
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < settings.workers(); i++) {
            JobRunner runner = runner("once-" + i, Duration.ofMillis(1), scope);
            threads.add(Thread.ofPlatform().name("import-worker-" + i).start(() -> {
                try {
                    while (true) {
                        if (runner.runOnce() > 0) continue;
                        active.decrementAndGet();
                        while (!(queue.hasDue(KINDS, scope) && active.incrementAndGet() > 0)) {
                            // read "no worker busy" before "nothing queued": a busy worker's new jobs are committed first
                            if (active.get() == 0 && !queue.hasQueued(KINDS, scope) && !queue.hasDue(KINDS, scope)) return;
                            Thread.sleep(20);
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        for (Thread t : threads) t.join();
        return queue.left(KINDS, scope);
    }

    /** A source's jobs: source and item payloads both begin with the source's id (see SourceStep, ItemPayload). */
    static JobQueue.Scope ofSource(String sourceId) {
        return new JobQueue.Scope("{\"sourceId\":\"" + sourceId + "\"");
    }

    /** Starts the scheduler and the workers in the background. */
    public synchronized void start() {
        start(() -> true);
    }

    /**
     * Starts the workers, and the scheduler whose passes run only while {@code schedulerTurn} holds: on several
     * nodes every node works the queue, one at a time schedules (cluster.Singletons).
     */
    public synchronized void start(java.util.function.BooleanSupplier schedulerTurn) {
        this.schedulerTurn = java.util.Objects.requireNonNull(schedulerTurn, "schedulerTurn");
        if (running) throw new IllegalStateException("already started");
        running = true;
        recoverOrphans();
        for (int i = 0; i < settings.workers(); i++) {
            JobRunner r = runner("worker-" + i, Duration.ofSeconds(1), JobQueue.Scope.ALL);
            runners.add(r);
            r.start();
        }
        scheduler = Thread.ofPlatform().name("import-scheduler").daemon(true).start(this::scheduleLoop);
    }

    private void scheduleLoop() {
        long nextPrune = 0;
        while (running) {
            try {
                if (schedulerTurn.getAsBoolean()) { // another node's turn: only wait
                    scheduleDue();
                    if (clock.millis() >= nextPrune) {
                        requeueTranslations();
                        queue.prune(clock.instant().minus(Duration.ofDays(3)), clock.instant().minus(Duration.ofDays(30)));
                        nextPrune = clock.millis() + Duration.ofHours(1).toMillis();
                    }
                }
            } catch (RuntimeException e) {
                log.error("import scheduler pass failed", e);
            }
            try {
                Thread.sleep(SCHEDULER_TICK.toMillis());
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /**
     * Jobs leased by a pipeline process of this machine that no longer runs (killed, crashed) go back to the
     * queue now rather than when their leases expire. Owners name their host and process id for this; other
     * machines' leases are left to expire, since their processes cannot be checked from here.
     */
    public int recoverOrphans() {
        int released = 0;
        for (String owner : queue.leaseOwners()) {
            String[] part = owner.split("/");
            if (part.length < 4 || !part[0].equals(OWNER_PREFIX) || !part[1].equals(HOST)) continue;
            long pid;
            try {
                pid = Long.parseLong(part[2]);
            } catch (NumberFormatException e) {
                continue;
            }
            if (pid == ProcessHandle.current().pid() || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) continue;
            int n = queue.releaseLeasesOf(owner, "worker process " + pid + " ended while the job was running");
            if (n > 0) events.accept("recovered " + n + " jobs of ended worker process " + pid);
            released += n;
        }
        return released;
    }

    private JobRunner runner(String name, Duration idlePause, JobQueue.Scope scope) {
        String owner = OWNER_PREFIX + "/" + HOST + "/" + ProcessHandle.current().pid() + "/" + name + "-"
                + Integer.toHexString(System.identityHashCode(this));
        return new JobRunner(queue, owner, Map.of(SourceStep.KIND, sourceStep::handle, ItemStep.KIND, this::item,
                TranslateStep.KIND, this::translate),
                settings.jobLease(), 4, idlePause, scope);
    }

    private void item(Job job) {
        try {
            ItemStep.Outcome o = itemStep.handle(job);
            ImportMetrics.item(o.name().toLowerCase(java.util.Locale.ROOT));
            switch (o) {
                case NEW -> counts.newItems.incrementAndGet();
                case UPDATED -> counts.updated.incrementAndGet();
                case UNCHANGED -> counts.unchanged.incrementAndGet();
                case DUPLICATE -> counts.duplicates.incrementAndGet();
            }
        } catch (RuntimeException e) {
            counts.failed.incrementAndGet();
            ImportMetrics.item("failed");
            String reason = reason(e);
            events.accept("item " + job.dedupeKey().substring(ItemStep.KIND.length() + 1) + " failed: " + reason);
            if (e instanceof PermanentFailure) throw e; // dead at once, not retried
            throw new IllegalStateException(reason, e);
        }
    }

    private void translate(Job job) throws Exception {
        TranslateStep.Outcome o = translateStep.handle(job);
        switch (o) {
            case PUBLISHED -> counts.translated.incrementAndGet();
            case HELD -> counts.heldForEditor.incrementAndGet();
            case AWAITING, SKIPPED -> { }
        }
    }

    /** A failure's reason to store and show: the innermost cause's first line, not a statement dump. */
    static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String m = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        if (root != e && !(root instanceof java.sql.SQLException) && e.getMessage() != null) m = e.getMessage();
        m = m.strip().lines().findFirst().orElse(m);
        return m.length() > 300 ? m.substring(0, 300) + "…" : m;
    }

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName().replace('/', '_');
        } catch (java.io.IOException e) {
            return "localhost";
        }
    }

    @Override
    public synchronized void close() throws InterruptedException {
        running = false;
        if (scheduler != null) {
            scheduler.interrupt();
            scheduler.join();
            scheduler = null;
        }
        for (JobRunner r : runners) r.requestStop(); // all at once: each ends after its running job
        for (JobRunner r : runners) r.stop();
        runners.clear();
    }
}
