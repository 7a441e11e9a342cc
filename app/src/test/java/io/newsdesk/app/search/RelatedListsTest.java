package io.newsdesk.app.search;

import static io.newsdesk.app.search.RelatedArticlesTest.newsSection;
import static io.newsdesk.app.search.RelatedArticlesTest.save;
import static io.newsdesk.app.search.RelatedArticlesTest.steadyArchive;
import static io.newsdesk.app.search.RelatedArticlesTest.subject;
import static io.newsdesk.app.search.RelatedArticlesTest.text;
import static io.newsdesk.app.search.RelatedArticlesTest.writer;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.app.TestSite;
import io.newsdesk.app.content.ArticleWriter;
import io.newsdesk.app.news.Article;
import io.newsdesk.app.store.SettingStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kept "Related" lists: the sweep writes them, the page reads them, a change or age makes one stale. */
class RelatedListsTest {
    @TempDir
    Path dir;

    @Test
    void theSweepKeepsOldArticlesListsWhichAreReadUntilTheArticleChanges() throws Exception {
        try (TestSite site = TestSite.empty(dir, null)) {
            String section = newsSection(site);
            ArticleWriter writer = writer(site);
            Jdbi jdbi = site.stores.jdbi();
            Random r = new Random(5);
            Instant now = Instant.now();
            List<Article> trams = steadyArchive(writer, section, r, now);
            Article old = save(writer, section, "volcano long ago", text("volcano", r, 120), now.minus(Duration.ofDays(1000)));
            Article oldTwin = save(writer, section, "volcano long ago too", text("volcano", r, 120), now.minus(Duration.ofDays(1003)));
            Article recent = save(writer, section, "volcano this week", text("volcano", r, 120), now.minus(Duration.ofDays(2)));
            Article fresh = save(writer, section, "volcano this morning", text("volcano", r, 120), now.minus(Duration.ofHours(3)));
            site.site.searchIndexer().runOnce();
            RelatedLists lists = new RelatedLists(jdbi);
            RelatedArticles related = new RelatedArticles(site.site.searchIndex(), lists, 20);
            long settledBefore = related.settledBefore(System.currentTimeMillis());
            assertThat(publishedBefore(jdbi, settledBefore)).as("the window (100 days) and a week more: most of the archive")
                    .isBetween(150, 175);
            int olderThanADay = publishedBefore(jdbi, System.currentTimeMillis() - RelatedArticles.FRESH.toMillis());
            assertThat(olderThanADay).as("all but the newest tram and this morning's").isEqualTo(publishedBefore(jdbi, Long.MAX_VALUE) - 2);

            RelatedSweep sweep = new RelatedSweep(jdbi, related, lists, 12);
            assertThat(toTheEnd(sweep)).as("one list per article older than a day").isEqualTo(olderThanADay);
            assertThat(stored(jdbi, old.id())).as("what a search answers").isEqualTo(related.uncached(subject(old, null), 12))
                    .startsWith(oldTwin.id());
            assertThat(stored(jdbi, recent.id())).as("an open window is kept too").isEqualTo(related.uncached(subject(recent, null), 12));
            assertThat(stored(jdbi, fresh.id())).as("the last day is not kept").isNull();
            assertThat(sweep.runOnce()).as("the sweep is done until the next one").isZero();
            assertThat(new RelatedSweep(jdbi, related, lists, 12).runOnce()).as("a restart: no sweep before the hour").isZero();
            anHourLater(jdbi);
            assertThat(toTheEnd(new RelatedSweep(jdbi, related, lists, 12))).as("a new sweep finds every list current").isZero();

            String plan = jdbi.withHandle(h -> String.join("\n", h.createQuery("EXPLAIN QUERY PLAN " + RelatedLists.STORED)
                    .bindList("ids", List.of(old.id())).map((rs, ctx) -> rs.getString("detail")).list()));
            assertThat(plan).as("a list and its article are read by their keys").doesNotContain("SCAN").contains("SEARCH r ", "SEARCH a ");

            // the page reads the kept list instead of searching: a list written by hand shows
            List<String> byHand = List.of(trams.get(3).id(), trams.get(4).id());
            keep(jdbi, old.id(), byHand, System.currentTimeMillis());
            keep(jdbi, recent.id(), byHand, System.currentTimeMillis());
            keep(jdbi, fresh.id(), byHand, System.currentTimeMillis());
            assertThat(new RelatedArticles(site.site.searchIndex(), lists, 20).of(subject(old, null), 12)).isEqualTo(byHand);
            assertThat(onPage(site, lists, old, 12)).as("the list the page reads with the article").isEqualTo(byHand);
            assertThat(new RelatedArticles(site.site.searchIndex(), lists, 20).of(subject(recent, null), 12))
                    .as("an open window's list too").isEqualTo(byHand);
            assertThat(onPage(site, lists, recent, 12)).isEqualTo(byHand);
            assertThat(onPage(site, lists, fresh, 12)).as("the last day's: searched").isNotEqualTo(byHand).isNotEmpty();
            assertThat(onPage(site, lists, old, 13)).as("longer than kept: searched").startsWith(oldTwin.id());
            assertThat(new RelatedArticles(site.site.searchIndex(), lists, 20).of(subject(fresh, null), 12))
                    .as("an article of the last day is searched").isNotEqualTo(byHand).isNotEmpty();
            assertThat(new RelatedArticles(site.site.searchIndex(), lists, 20).of(subject(old, null), 13))
                    .as("a longer list than kept is searched").startsWith(oldTwin.id());

            // the article changed after its list was computed: the list is not used, and the next sweep computes it again
            jdbi.useHandle(h -> h.createUpdate("UPDATE articles SET changed_at = :t WHERE id = :id")
                    .bind("t", System.currentTimeMillis() + 1).bind("id", old.id()).execute());
            assertThat(new RelatedArticles(site.site.searchIndex(), lists, 20).of(subject(old, null), 12)).startsWith(oldTwin.id());
            assertThat(onPage(site, lists, old, 12)).as("changed after its list: searched").startsWith(oldTwin.id());
            Thread.sleep(2);
            anHourLater(jdbi);
            assertThat(toTheEnd(new RelatedSweep(jdbi, related, lists, 12))).isEqualTo(1);
            assertThat(stored(jdbi, old.id())).startsWith(oldTwin.id());

            // a list older than RelatedLists.KEEP is computed again too
            keep(jdbi, oldTwin.id(), byHand, System.currentTimeMillis() - RelatedLists.KEEP.toMillis() - 1);
            assertThat(new RelatedArticles(site.site.searchIndex(), lists, 20).of(subject(oldTwin, null), 12)).startsWith(old.id());
            assertThat(onPage(site, lists, oldTwin, 12)).as("older than KEEP: searched").startsWith(old.id());
            anHourLater(jdbi);
            assertThat(toTheEnd(new RelatedSweep(jdbi, related, lists, 12))).isEqualTo(1);

            // hours old: an open window's list is read, and the sweep computes it again; a closed window's is left
            jdbi.useHandle(h -> h.createUpdate("UPDATE articles SET changed_at = 0 WHERE id IN (:a, :b)")
                    .bind("a", recent.id()).bind("b", oldTwin.id()).execute()); // as if written long before the lists
            long hoursAgo = System.currentTimeMillis() - RelatedLists.OPEN_REFRESH.toMillis() - 1;
            keep(jdbi, recent.id(), byHand, hoursAgo);
            keep(jdbi, oldTwin.id(), byHand, hoursAgo);
            assertThat(new RelatedArticles(site.site.searchIndex(), lists, 20).of(subject(recent, null), 12)).isEqualTo(byHand);
            anHourLater(jdbi);
            assertThat(toTheEnd(new RelatedSweep(jdbi, related, lists, 12))).as("the open window's").isEqualTo(1);
            assertThat(stored(jdbi, recent.id())).isEqualTo(related.uncached(subject(recent, null), 12));
            assertThat(stored(jdbi, oldTwin.id())).isEqualTo(byHand);
            // older than OPEN_KEEP: an open window's list is not read, a closed window's is
            long longer = System.currentTimeMillis() - RelatedLists.OPEN_KEEP.toMillis() - 1;
            keep(jdbi, recent.id(), byHand, longer);
            keep(jdbi, oldTwin.id(), byHand, longer);
            assertThat(new RelatedArticles(site.site.searchIndex(), lists, 20).of(subject(recent, null), 12)).isNotEqualTo(byHand);
            assertThat(new RelatedArticles(site.site.searchIndex(), lists, 20).of(subject(oldTwin, null), 12)).isEqualTo(byHand);
            assertThat(onPage(site, lists, recent, 12)).as("open window, older than OPEN_KEEP: searched").isNotEqualTo(byHand);
            assertThat(onPage(site, lists, oldTwin, 12)).as("closed window: read").isEqualTo(byHand);
        }
    }

    /** What the article page gets: the kept list read with the article's row, judged by the same rule. */
    private static List<String> onPage(TestSite site, RelatedLists lists, Article a, int limit) {
        var row = site.stores.articles().pageRow(a.slug()).orElseThrow();
        return new RelatedArticles(site.site.searchIndex(), lists, 20).of(subject(a, null), limit, row.related());
    }

    private static int publishedBefore(Jdbi jdbi, long t) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM articles WHERE published_at < :t").bind("t", t)
                .mapTo(Integer.class).one());
    }

    @Test
    void anIndexStillBeingBuiltDelaysTheSweepOnlyUntilItIsBuilt() throws Exception {
        try (TestSite site = TestSite.empty(dir.resolve("site"), null);
             SearchIndex index = SearchIndex.open(dir.resolve("second-index"))) {
            String section = newsSection(site);
            Instant now = Instant.now();
            steadyArchive(writer(site), section, new Random(7), now);
            Jdbi jdbi = site.stores.jdbi();
            RelatedLists lists = new RelatedLists(jdbi);
            // a node's index before its first build commits is empty: nothing can be said to have settled
            RelatedSweep sweep = new RelatedSweep(jdbi, new RelatedArticles(index, lists, 20), lists, 12);
            assertThat(sweep.runOnce()).as("nothing settled in an empty index").isZero();
            new SearchIndexer(index, jdbi).runOnce();
            assertThat(toTheEnd(sweep)).as("the same sweep, once the index is built (not an hour later)").isGreaterThan(100);
        }
    }

    @Test
    void aRestartDoesNotSweepAgainBeforeTheHour() throws Exception {
        try (TestSite site = TestSite.empty(dir.resolve("site"), null)) {
            String section = newsSection(site);
            List<Article> archive = steadyArchive(writer(site), section, new Random(9), Instant.now());
            site.site.searchIndexer().runOnce();
            Jdbi jdbi = site.stores.jdbi();
            RelatedLists lists = new RelatedLists(jdbi);
            RelatedArticles related = new RelatedArticles(site.site.searchIndex(), lists, 20);
            assertThat(toTheEnd(new RelatedSweep(jdbi, related, lists, 12))).as("the first sweep").isGreaterThan(100);
            // a list gone missing (say, a node stopped mid-write) waits for the next sweep, after a restart too
            Article oldest = archive.get(0);
            assertThat(stored(jdbi, oldest.id())).isNotNull();
            jdbi.useHandle(h -> h.createUpdate("DELETE FROM related_lists WHERE article_id = :id").bind("id", oldest.id()).execute());
            assertThat(new RelatedSweep(jdbi, related, lists, 12).runOnce()).as("restarted within the hour: no sweep").isZero();
            anHourLater(jdbi);
            assertThat(toTheEnd(new RelatedSweep(jdbi, related, lists, 12))).as("an hour after the last sweep").isEqualTo(1);
            assertThat(stored(jdbi, oldest.id())).isNotNull();
        }
    }

    /** Runs a sweep's passes until it has ended (a pass works a second at most): the lists it wrote. */
    static int toTheEnd(RelatedSweep sweep) {
        int written = sweep.runOnce();
        while (sweep.sweeping()) written += sweep.runOnce();
        return written;
    }

    /** Moves the last sweep's end back by the sweeps' period, as if the hour had passed. */
    private static void anHourLater(Jdbi jdbi) {
        SettingStore settings = new SettingStore(jdbi);
        long finished = Long.parseLong(settings.get(RelatedSweep.FINISHED_SETTING).orElseThrow());
        settings.put(RelatedSweep.FINISHED_SETTING, Long.toString(finished - RelatedSweep.SWEEP_EVERY.toMillis()));
    }

    private static List<String> stored(Jdbi jdbi, String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT related_ids FROM related_lists WHERE article_id = :id").bind("id", id)
                .mapTo(String.class).findOne().map(s -> List.of(s.split(" "))).orElse(null));
    }

    private static void keep(Jdbi jdbi, String id, List<String> ids, long at) {
        new RelatedLists(jdbi).saveAll(List.of(new RelatedLists.Kept(id, ids, 12, at)));
    }
}
