package io.newsdesk.app.cli;

import io.newsdesk.app.fetch.FetcherConfig;
import io.newsdesk.app.ingest.pipeline.IngestStatus;
import io.newsdesk.app.ingest.queue.JobState;
import io.newsdesk.app.ingest.sources.ContentPolicy;
import io.newsdesk.app.ingest.sources.NewSource;
import io.newsdesk.app.ingest.sources.Opml;
import io.newsdesk.app.ingest.sources.SourceAdding;
import io.newsdesk.app.ingest.sources.Source;
import io.newsdesk.app.ingest.sources.SourceHealth;
import io.newsdesk.app.ingest.sources.SourceKind;
import io.newsdesk.app.ingest.sources.SourceStatus;
import io.newsdesk.app.ingest.sources.SourceStore;
import io.newsdesk.app.store.BoundedCount;
import io.newsdesk.app.store.Database;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jdbi.v3.core.Jdbi;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsdesk sources ...}: the feeds, sitemaps and section pages articles are imported from. */
@Command(name = "sources", mixinStandardHelpOptions = true, description = "Manage the sources articles are imported from.",
        subcommands = {SourcesCommand.Add.class, SourcesCommand.ListSources.class, SourcesCommand.Show.class,
                SourcesCommand.Pause.class, SourcesCommand.Resume.class, SourcesCommand.Remove.class,
                SourcesCommand.ImportOpml.class, SourcesCommand.ExportOpml.class})
final class SourcesCommand implements Runnable {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm'Z'").withZone(ZoneOffset.UTC);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Shared body of the subcommands: open the database, run, turn expected failures into one line on stderr. */
    abstract static class Base implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;
        @Mixin
        DataOption data = new DataOption();
        @Mixin
        DatabaseOption database = new DatabaseOption();
        /** The open database, for commands that need more than the source store. */
        Jdbi jdbi;

        abstract int run(SourceStore store, PrintWriter out) throws IOException;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Database db = database.open(data.resolve())) {
                jdbi = db.jdbi();
                return run(new SourceStore(jdbi), out);
            } catch (IllegalArgumentException | IllegalStateException | IOException e) {
                return fail(e.getMessage());
            } finally {
                out.flush();
            }
        }

        int fail(String message) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("sources " + spec.name() + ": " + message);
            err.flush();
            return 1;
        }

        Source find(SourceStore store, String id) {
            return store.resolve(id).orElseThrow(() -> new IllegalArgumentException("no source with id " + id));
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = {"Add a source. Without --kind the URL is fetched "
            + "and its kind detected (rss, atom, jsonfeed, sitemap or html)."})
    static final class Add extends Base {
        @Parameters(index = "0", paramLabel = "URL", description = "Feed, sitemap or section page URL.")
        String url;
        @Option(names = "--outlet", paramLabel = "NAME", description = "Outlet; created when missing. Default: the feed's title, else its host.")
        String outlet;
        @Option(names = "--kind", paramLabel = "KIND", description = "rss, atom, jsonfeed, sitemap or html (skips detection).")
        String kind;
        @Option(names = "--language", paramLabel = "xx", description = "Declared language. Default: auto (detected per article).")
        String language;
        @Option(names = "--policy", paramLabel = "POLICY", description = "full-text or excerpt (default).")
        String policy;
        @Option(names = "--section", paramLabel = "NAME", description = "Default section (name or slug).")
        String section;
        @Option(names = "--section-rules", paramLabel = "JSON",
                description = "Rules as JSON, e.g. [{\"category\":\"Politics\",\"section\":\"politics\"},{\"urlPattern\":\"/sport/\",\"section\":\"sport\"}]")
        String sectionRules;
        @Option(names = "--interval", paramLabel = "SECONDS", description = "Fetch interval in seconds (default 900).")
        Integer interval;
        @Option(names = "--no-translate", description = "Do not translate this source's articles.")
        boolean noTranslate;
        @Option(names = "--body-selector", paramLabel = "CSS", description = "Extraction hint: the article body.")
        String bodySelector;
        @Option(names = "--remove-selectors", paramLabel = "CSS", description = "Extraction hint: parts to remove.")
        String removeSelectors;
        @Option(names = "--link-selector", paramLabel = "CSS", description = "For an HTML section page: the article links.")
        String linkSelector;
        @Option(names = "--allow-private-networks", description = "Allow detection to fetch from loopback and private addresses.")
        boolean allowPrivateNetworks;
        @Option(names = "--timeout", paramLabel = "SECONDS", description = "How long detection may take: one attempt (default ${DEFAULT-VALUE}).")
        int timeoutSeconds = 15;

        @Override
        int run(SourceStore store, PrintWriter out) {
            ContentPolicy p = policy == null ? null : ContentPolicy.parse(policy);
            SourceKind k = kind == null ? null : SourceKind.parse(kind);
            if (timeoutSeconds < 1) throw new IllegalArgumentException("--timeout must be at least 1 second");
            boolean declared = language != null && !language.isBlank();
            FetcherConfig fetching = FetcherConfig.fromEnvironment(System.getenv(), allowPrivateNetworks);
            SourceAdding.Added a = new SourceAdding(jdbi, fetching, Duration.ofSeconds(timeoutSeconds)).add(
                    new NewSource(url, k, outlet, null, declared ? language : null, language, section, sectionRules, interval, p,
                            noTranslate ? Boolean.FALSE : null, bodySelector, removeSelectors, linkSelector), true);
            Source s = a.source();
            out.println("added " + s.id() + " " + s.kind() + " " + s.url() + " (outlet " + a.outletName() + ")" + a.note());
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List sources with their health.")
    static final class ListSources extends Base {
        @Override
        int run(SourceStore store, PrintWriter out) {
            IngestStatus status = IngestStatus.read(jdbi);
            if (status.sources().isEmpty()) {
                out.println("no sources; add one with: newsdesk sources add URL");
                return 0;
            }
            int prefix = prefixLength(status.sources().stream().map(r -> r.source().id()).toList());
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"ID", "KIND", "STATUS", "OUTLET", "LAST FETCH", "NEXT FETCH", "ARTICLES", "FAILURES",
                    "URL / LAST ERROR"});
            for (IngestStatus.SourceRow row : status.sources()) {
                Source s = row.source();
                rows.add(new String[] {s.id().substring(0, prefix), s.kind().label(), s.status().label(), row.outletName(),
                        time(s.lastFetchAt()), s.status() == SourceStatus.PAUSED ? "paused" : time(s.nextFetchAt()),
                        BoundedCount.shown(row.articles()), Integer.toString(s.consecutiveFailures()),
                        s.url() + (s.lastError() == null ? "" : "  ! " + s.lastError())
                                + (s.pauseReason() == null ? "" : "  (" + s.pauseReason() + ")")});
            }
            int[] width = new int[rows.get(0).length];
            for (String[] r : rows) {
                for (int i = 0; i < r.length; i++) width[i] = Math.max(width[i], r[i].length());
            }
            for (String[] r : rows) {
                StringBuilder line = new StringBuilder();
                for (int i = 0; i < r.length; i++) {
                    line.append(i == r.length - 1 ? r[i] : String.format("%-" + width[i] + "s  ", r[i]));
                }
                out.println(line.toString().stripTrailing());
            }
            out.println("queue: " + status.queueDepth() + " waiting (" + status.queue().get(JobState.QUEUED) + " queued, "
                    + status.queue().get(JobState.RUNNING) + " running, " + status.queue().get(JobState.FAILED)
                    + " to retry), " + status.queue().get(JobState.DEAD) + " given up; " + status.heldArticles()
                    + " articles held for an editor");
            return 0;
        }

        /** Ids are time-ordered, so their first characters are shared; show as many as keep them apart (at least 8). */
        static int prefixLength(List<String> ids) {
            int max = ids.stream().mapToInt(String::length).min().orElse(8);
            for (int len = Math.min(8, max); len < max; len++) {
                final int l = len;
                if (ids.stream().map(id -> id.substring(0, l)).distinct().count() == ids.size()) return len;
            }
            return max;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show every field of a source.")
    static final class Show extends Base {
        @Parameters(index = "0", paramLabel = "ID", description = "Source id or a unique prefix of it.")
        String id;

        @Override
        int run(SourceStore store, PrintWriter out) {
            Source s = find(store, id);
            Map<String, Object> f = new java.util.LinkedHashMap<>();
            f.put("id", s.id());
            f.put("url", s.url());
            f.put("outlet", store.outletName(s.outletId()) + " (" + s.outletId() + ")");
            f.put("kind", s.kind());
            f.put("status", s.status());
            f.put("pause reason", s.pauseReason());
            f.put("language", s.language());
            f.put("default section", store.sectionSlug(s.defaultSectionId()));
            f.put("section rules", s.sectionRules());
            f.put("fetch interval", s.fetchIntervalSeconds() + " s");
            f.put("policy", s.policy());
            f.put("translate", s.translate() ? "yes" : "no");
            f.put("body selector", s.bodySelector());
            f.put("remove selectors", s.removeSelectors());
            f.put("link selector", s.linkSelector());
            f.put("last fetch", time(s.lastFetchAt()));
            f.put("next fetch", time(s.nextFetchAt()));
            f.put("failures", s.consecutiveFailures());
            f.put("last error", s.lastError());
            f.put("last success", time(s.lastSuccessAt()));
            f.put("created", time(s.createdAt()));
            f.forEach((k, v) -> out.printf("%-17s %s%n", k + ":", v == null ? "-" : v));
            List<SourceHealth.Fetch> recent = new SourceHealth(jdbi, java.time.Clock.systemUTC(), SourceHealth.DEFAULT_PAUSE_AFTER)
                    .recent(s.id(), 10);
            if (!recent.isEmpty()) out.println("recent fetches:");
            for (SourceHealth.Fetch fetch : recent) {
                out.println("  " + time(fetch.at()) + "  " + fetch.outcome() + "  " + fetch.items() + " items, " + fetch.queued()
                        + " queued" + (fetch.cause() == null ? "" : "  " + fetch.cause() + ": " + fetch.message()));
            }
            return 0;
        }
    }

    @Command(name = "pause", mixinStandardHelpOptions = true, description = "Stop fetching a source.")
    static final class Pause extends Base {
        @Parameters(index = "0", paramLabel = "ID")
        String id;
        @Option(names = "--reason", paramLabel = "TEXT", description = "Shown in listings.")
        String reason;

        @Override
        int run(SourceStore store, PrintWriter out) {
            Source s = find(store, id);
            store.pause(s.id(), reason == null ? "paused by hand" : reason);
            out.println("paused " + s.id() + " " + s.url());
            return 0;
        }
    }

    @Command(name = "resume", mixinStandardHelpOptions = true, description = "Fetch a paused source again.")
    static final class Resume extends Base {
        @Parameters(index = "0", paramLabel = "ID")
        String id;

        @Override
        int run(SourceStore store, PrintWriter out) {
            Source s = find(store, id);
            store.resume(s.id());
            out.println("resumed " + s.id() + " " + s.url());
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a source (its outlet stays).")
    static final class Remove extends Base {
        @Parameters(index = "0", paramLabel = "ID")
        String id;

        @Override
        int run(SourceStore store, PrintWriter out) {
            Source s = find(store, id);
            store.remove(s.id());
            out.println("removed " + s.id() + " " + s.url());
            return 0;
        }
    }

    @Command(name = "import-opml", mixinStandardHelpOptions = true, description = "Add the subscriptions of an OPML file.")
    static final class ImportOpml extends Base {
        @Parameters(index = "0", paramLabel = "FILE")
        Path file;

        @Override
        int run(SourceStore store, PrintWriter out) throws IOException {
            if (!Files.isRegularFile(file)) return fail("no such file: " + file);
            Opml.ImportResult r = Opml.importInto(store, Files.readAllBytes(file));
            for (Source s : r.added()) out.println("added " + s.id() + " " + s.kind() + " " + s.url());
            for (String skip : r.skipped()) out.println("skipped " + skip);
            out.println("imported: " + r.added().size() + " added, " + r.skipped().size() + " skipped");
            return 0;
        }
    }

    @Command(name = "export-opml", mixinStandardHelpOptions = true, description = "Write all sources as OPML 2.0.")
    static final class ExportOpml extends Base {
        @Parameters(index = "0", paramLabel = "FILE", arity = "0..1", description = "Output file. Default: standard output.")
        Path file;

        @Override
        int run(SourceStore store, PrintWriter out) throws IOException {
            String xml = Opml.export(store);
            if (file == null) {
                out.print(xml);
            } else {
                Files.writeString(file, xml, StandardCharsets.UTF_8);
                out.println("exported " + store.all().size() + " sources to " + file);
            }
            return 0;
        }
    }

    static String time(Instant t) {
        return t == null ? "-" : TIME.format(t);
    }
}
