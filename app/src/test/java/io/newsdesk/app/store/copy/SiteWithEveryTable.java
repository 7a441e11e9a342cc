package io.newsdesk.app.store.copy;

import io.newsdesk.app.TestSite;
import io.newsdesk.app.accounts.Invites;
import io.newsdesk.app.accounts.Role;
import io.newsdesk.app.config.SiteConfig;
import io.newsdesk.app.content.ArticleWriter;
import io.newsdesk.app.demo.DemoOutlets;
import io.newsdesk.app.demo.outlets.DemoOutletServer;
import io.newsdesk.app.distribute.telegram.TelegramConfig;
import io.newsdesk.app.distribute.telegram.TelegramPoster;
import io.newsdesk.app.distribute.websub.WebSubConfig;
import io.newsdesk.app.distribute.websub.WebSubPinger;
import io.newsdesk.app.fetch.FetchLimits;
import io.newsdesk.app.fetch.Fetcher;
import io.newsdesk.app.fetch.FetcherConfig;
import io.newsdesk.app.ingest.pipeline.Pipeline;
import io.newsdesk.app.ingest.sources.SourceStore;
import io.newsdesk.app.news.Article;
import io.newsdesk.app.news.ArticleCard;
import io.newsdesk.app.news.Comment;
import io.newsdesk.app.search.RelatedLists;
import io.newsdesk.app.store.AdminSessionStore;
import io.newsdesk.app.store.ClientBlockStore;
import io.newsdesk.app.store.CommentStore;
import io.newsdesk.app.store.HomeCurationStore;
import io.newsdesk.app.store.PageViewStore;
import io.newsdesk.app.store.SettingStore;
import io.newsdesk.app.translate.TranslationSetup;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A SQLite site with rows in every table, made by the real code: the demo, an import of the demo outlets through
 * the pipeline (sources, queue, fetch log, imported items, stories, fingerprints, translations, images), an admin
 * who logs in over HTTP (users, sessions, audit), and the newsroom's and distribution's own writers for the rest.
 * Closed when made, so its file can be hashed before a copy reads it.
 */
final class SiteWithEveryTable {
    private SiteWithEveryTable() {
    }

    static void make(Path dir) throws Exception {
        Clock clock = Clock.systemUTC();
        Instant now = clock.instant();
        try (TestSite site = TestSite.withDemo(dir)) {
            var jdbi = site.db.jdbi();
            DemoOutlets.enable(site.stores, clock);
            FetcherConfig fetching = FetcherConfig.defaults("https://example.org/contact")
                    .withLimits(FetchLimits.DEFAULTS.withTotalTimeout(Duration.ofSeconds(5))).withMinHostDelay(Duration.ZERO);
            try (DemoOutletServer outlets = DemoOutlets.start(site.stores, clock);
                 Fetcher fetcher = new Fetcher(outlets.trustedBy(fetching));
                 Pipeline pipeline = new Pipeline(jdbi, fetcher, clock, Pipeline.Settings.defaults("en", site.dataDir.resolve("media")),
                         TranslationSetup.memoryOnly((pair, output) -> output, (pair, source, output) -> List.of()), line -> { })) {
                pipeline.queueNow(new SourceStore(jdbi).all());
                pipeline.runUntilIdle();
            }

            site.adminCookie(); // users, admin_sessions, audit_log
            site.createUser("editor-ana", Role.EDITOR, "a long passphrase for ana");
            new Invites(jdbi).invite(Role.AUTHOR, "admin", now);
            new AdminSessionStore(jdbi).start("f".repeat(64), null, now, now.plus(Duration.ofDays(1)));

            List<ArticleCard> latest = site.stores.articles().latest(3, 0);
            Article first = site.stores.articles().byId(latest.get(0).id()).orElseThrow();
            ArticleWriter writer = new ArticleWriter(jdbi, site.stores.articles());
            jdbi.useTransaction(h -> writer.correct(h, first.id(), new ArticleWriter.Edit(first.title() + " (corrected)", first.standfirst(),
                    first.bodyHtml(), first.imageCaption(), first.imageCredit(), first.sectionId(), null), "The date was wrong.", "admin"));
            HomeCurationStore home = new HomeCurationStore(jdbi, clock);
            home.pinLead(first.id());
            home.place(latest.get(1).id(), HomeCurationStore.Placement.FEATURED);
            home.orderSections(site.stores.sections().all().stream().map(s -> s.id()).toList());
            var section = site.stores.sections().all().getLast();
            site.stores.sections().update(section.id(), section.name(), section.slug() + "-renamed");

            CommentStore comments = new CommentStore(jdbi);
            Comment question = comments.add(first.id(), null, "Ana", "ana@example.org", "Is the date right?", Comment.Status.APPROVED, now);
            comments.add(first.id(), question.id(), "Ben", null, "It is now.", Comment.Status.PENDING, now.plusSeconds(1));
            new ClientBlockStore(jdbi).block("c".repeat(64), "admin", "Spammer", "links to a casino", now);
            // a kept "Related" list, as search.RelatedSweep writes it for an old article
            new RelatedLists(jdbi).saveAll(List.of(new RelatedLists.Kept(first.id(), List.of(latest.get(1).id(), latest.get(2).id()), 12,
                    now.toEpochMilli())));
            new PageViewStore(jdbi).add(Map.of(new PageViewStore.HourlyKey(first.id(), now.toEpochMilli() / 3_600_000 * 3_600_000), 7L));

            // the channel and the hub are unreachable: the records stay queued, as after a failed call
            SiteConfig config = new SiteConfig("127.0.0.1", 0, dir, "Test Herald", "en", "https://news.example", "newsdesk_test", "", true, "");
            try (TelegramPoster poster = new TelegramPoster(jdbi, TelegramConfig.fromEnvironment(
                    Map.of("NEWSDESK_TELEGRAM_BOT_TOKEN", "987654321:AAH-test-token-Zx9QwErTy", "NEWSDESK_TELEGRAM_API_BASE", "http://127.0.0.1:9"),
                    config))) {
                poster.runOnce();
            }
            try (WebSubPinger pinger = new WebSubPinger(jdbi, new WebSubConfig(URI.create("http://127.0.0.1:9/hub"), "https://news.example"))) {
                pinger.runOnce(); // the first pass only sets its watermark
                // as if it last ran two minutes ago and an article was corrected a minute ago (the pinger waits 10 s for late commits)
                new SettingStore(jdbi).put("websub.watermark", String.valueOf(now.minusSeconds(120).toEpochMilli()));
                ArticleWriter aMinuteAgo = new ArticleWriter(jdbi, site.stores.articles(), Clock.offset(clock, Duration.ofMinutes(-1)));
                Article second = site.stores.articles().byId(latest.get(1).id()).orElseThrow();
                jdbi.useTransaction(h -> aMinuteAgo.correct(h, second.id(), new ArticleWriter.Edit(second.title() + " (corrected)",
                        second.standfirst(), second.bodyHtml(), second.imageCaption(), second.imageCredit(), second.sectionId(), null),
                        "A name was misspelt.", "admin"));
                pinger.runOnce();
            }
            // a node that holds the scheduler's turn (several nodes, issue 15)
            new io.newsdesk.app.cluster.NodeLeases(jdbi, clock).hold("scheduler", "node-a", Duration.ofSeconds(30));
        }
    }
}
