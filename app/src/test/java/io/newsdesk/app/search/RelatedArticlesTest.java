package io.newsdesk.app.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.app.TestSite;
import io.newsdesk.app.content.ArticleWriter;
import io.newsdesk.app.news.Article;
import io.newsdesk.app.news.ArticleDraft;
import io.newsdesk.app.news.ArticleStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Related" on the article page: by topic (MoreLikeThis), recent favoured, the story's reports left out, a fallback. */
class RelatedArticlesTest {
    /** Topics with words of their own; every article also has words all topics share. */
    static final Map<String, List<String>> TOPICS = Map.of(
            "volcano", List.of("volcano", "lava", "eruption", "crater", "magma", "ash", "vulcanologist", "summit", "evacuation", "tremor"),
            "chess", List.of("chess", "grandmaster", "opening", "endgame", "bishop", "rook", "gambit", "checkmate", "tournament", "pawn"),
            "bakery", List.of("bakery", "sourdough", "flour", "oven", "loaf", "yeast", "baker", "croissant", "dough", "crust"),
            "tram", List.of("tram", "timetable", "depot", "rails", "conductor", "tramline", "carriage", "overhead", "junction", "fares"));
    static final List<String> COMMON = List.of("city", "council", "said", "monday", "people", "week", "local", "officials",
            "year", "residents", "plans", "new", "told", "reporters", "morning");

    @TempDir
    Path dir;

    static String text(String topic, Random r, int words) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words; i++) {
            List<String> from = i % 2 == 0 ? TOPICS.get(topic) : COMMON;
            s.append(from.get(r.nextInt(from.size()))).append(i % 12 == 11 ? ". " : " ");
        }
        return s.toString().strip() + ".";
    }

    static Article save(ArticleWriter writer, String section, String title, String body, Instant published) {
        return writer.save(new ArticleDraft(title, null, "<p>" + body + "</p>", null, null, null, null, section, List.of(), "en",
                ArticleStatus.PUBLISHED, published, null, null));
    }

    static List<String> related(TestSite site, Article a) throws Exception {
        var page = site.get("/article/" + a.slug());
        assertThat(page.statusCode()).isEqualTo(200);
        return Jsoup.parse(page.body()).select(".related .card-title a").eachAttr("href");
    }

    @Test
    void relatedArticlesShareTheTopicRecentFirstWithoutTheStorysOtherReports() throws Exception {
        try (TestSite site = TestSite.empty(dir, null)) {
            String section = newsSection(site);
            ArticleWriter writer = writer(site);
            Random r = new Random(16);
            Instant weekAgo = Instant.now().minus(Duration.ofDays(7));
            Map<String, List<Article>> byTopic = new java.util.HashMap<>();
            for (String topic : List.of("volcano", "chess", "bakery")) {
                for (int i = 0; i < 4; i++) {
                    byTopic.computeIfAbsent(topic, k -> new ArrayList<>()).add(save(writer, section,
                            topic + " report " + i + " " + text(topic, r, 4), text(topic, r, 120), weekAgo.plusSeconds(i)));
                }
            }
            // the newest articles of the section, all about trams: what "Related" showed before (the section's latest)
            List<Article> newest = new ArrayList<>();
            for (int i = 0; i < 6; i++) newest.add(save(writer, section, "tram news " + i, text("tram", r, 120), Instant.now().minusSeconds(i)));
            // two equally similar chess articles, the old one written first: only recency puts the new one ahead
            String twinText = text("chess", r, 120);
            Article oldTwin = save(writer, section, "chess twin", twinText, Instant.now().minus(Duration.ofDays(300)));
            Article newTwin = save(writer, section, "chess twin", twinText, Instant.now().minus(Duration.ofDays(1)));
            site.site.searchIndexer().runOnce();

            Article volcano = byTopic.get("volcano").get(0);
            List<String> shown = related(site, volcano);
            List<String> otherVolcanoes = byTopic.get("volcano").stream().skip(1).map(a -> "/article/" + a.slug()).toList();
            assertThat(shown).hasSize(4);
            assertThat(shown.subList(0, 3)).as("the other volcano articles first").containsExactlyInAnyOrderElementsOf(otherVolcanoes);
            assertThat(shown).doesNotContain("/article/" + volcano.slug());
            assertThat(shown.subList(0, 3)).noneMatch(l -> newest.stream().anyMatch(n -> l.equals("/article/" + n.slug())));

            List<String> chess = related(site, byTopic.get("chess").get(0));
            int newAt = chess.indexOf("/article/" + newTwin.slug());
            int oldAt = chess.indexOf("/article/" + oldTwin.slug());
            assertThat(newAt).as("the recent twin is shown").isNotNegative();
            if (oldAt >= 0) assertThat(newAt).as("and ahead of the old one").isLessThan(oldAt);

            // two volcano articles become reports of one story: each shows the other under "Also reported by", not "Related"
            Article second = byTopic.get("volcano").get(1);
            site.stores.jdbi().useHandle(h -> {
                h.execute("INSERT INTO stories (id, title, created_at, updated_at) VALUES ('st-volcano', 'Eruption', 0, 0)");
                writer.assignStory(h, volcano.id(), "st-volcano");
                writer.assignStory(h, second.id(), "st-volcano");
            });
            site.site.searchIndexer().runOnce();
            List<String> afterStory = related(site, volcano);
            assertThat(afterStory).doesNotContain("/article/" + second.slug())
                    .contains("/article/" + byTopic.get("volcano").get(2).slug(), "/article/" + byTopic.get("volcano").get(3).slug());
            assertThat(Jsoup.parse(site.get("/article/" + volcano.slug()).body()).select(".also-reported a, .also a").eachAttr("href"))
                    .contains("/article/" + second.slug());
        }
    }

    @Test
    void aTinyIndexFallsBackToTheSectionsLatest() throws Exception {
        try (TestSite site = TestSite.empty(dir, null)) {
            String section = newsSection(site);
            ArticleWriter writer = writer(site);
            Article a = save(writer, section, "Quiet harbour", "Gulls circled the quiet harbour at dawn.", Instant.now().minusSeconds(60));
            Article b = save(writer, section, "Library hours", "Opening times change from next month.", Instant.now());
            site.site.searchIndexer().runOnce();
            RelatedArticles related = new RelatedArticles(site.site.searchIndex(), null);
            assertThat(related.of(subject(a, null), 4)).as("no word in common: nothing to go by").isEmpty();
            assertThat(related(site, a)).containsExactly("/article/" + b.slug());
        }
    }

    @Test
    void candidatesComeFromAWindowAroundTheArticleSizedByTheSitesRateOfPublication() throws Exception {
        try (TestSite site = TestSite.empty(dir, null)) {
            String section = newsSection(site);
            ArticleWriter writer = writer(site);
            Random r = new Random(7);
            Instant moment = Instant.now().minus(Duration.ofDays(1000));
            // a steady archive: one article of another topic every 10 days over 1,800 days (about 0.1 a day)
            for (int d = -900; d <= 900; d += 10) save(writer, section, "tram " + d, text("tram", r, 80), moment.plus(Duration.ofDays(d)));
            Article subject = save(writer, section, "volcano at the moment", text("volcano", r, 120), moment);
            Map<Integer, Article> volcanoes = new java.util.TreeMap<>();
            for (int d : new int[] {-400, -60, -3, 4, 50, 300}) {
                volcanoes.put(d, save(writer, section, "volcano " + d, text("volcano", r, 120), moment.plus(Duration.ofDays(d))));
            }
            site.site.searchIndexer().runOnce();

            // 20 candidates at 0.1 a day: 100 days either side; the volcano articles farther away are not candidates
            List<String> near = new RelatedArticles(site.site.searchIndex(), null, 20).of(subject(subject, null), 12);
            assertThat(near.subList(0, 2)).as("the same topic within the window, nearest first")
                    .containsExactlyInAnyOrder(volcanoes.get(-3).id(), volcanoes.get(4).id());
            assertThat(near.subList(2, 4)).containsExactlyInAnyOrder(volcanoes.get(50).id(), volcanoes.get(-60).id());
            assertThat(near).doesNotContain(volcanoes.get(-400).id(), volcanoes.get(300).id());

            // a window wider than the archive is no window: the far ones come after the near ones
            List<String> all = new RelatedArticles(site.site.searchIndex(), null, 1000).of(subject(subject, null), 12);
            assertThat(all.subList(0, 6)).containsExactlyInAnyOrderElementsOf(volcanoes.values().stream().map(Article::id).toList());
            assertThat(all.subList(4, 6)).containsExactlyInAnyOrder(volcanoes.get(-400).id(), volcanoes.get(300).id());
        }
    }

    @Test
    void anOldArticlesAnswerOutlivesChangesToTheIndexARecentOnesDoesNot() throws Exception {
        try (TestSite site = TestSite.empty(dir, null)) {
            String section = newsSection(site);
            ArticleWriter writer = writer(site);
            Random r = new Random(11);
            Instant now = Instant.now();
            steadyArchive(writer, section, r, now);
            Article old = save(writer, section, "volcano long ago", text("volcano", r, 120), now.minus(Duration.ofDays(1000)));
            Article recent = save(writer, section, "volcano this week", text("volcano", r, 120), now.minus(Duration.ofDays(2)));
            site.site.searchIndexer().runOnce();
            RelatedArticles related = new RelatedArticles(site.site.searchIndex(), null, 20);
            List<String> oldBefore = related.of(subject(old, null), 12);
            related.of(subject(recent, null), 12);

            // articles of the same topic arrive in both windows (one an import dated years back); the index changes
            Article late = save(writer, section, "volcano late", text("volcano", r, 120), now.minus(Duration.ofDays(1001)));
            Article fresh = save(writer, section, "volcano today", text("volcano", r, 120), now.minus(Duration.ofHours(1)));
            site.site.searchIndexer().runOnce();
            related.invalidate();
            assertThat(related.uncached(subject(old, null), 12)).as("a search now finds the late one").contains(late.id());
            assertThat(related.of(subject(old, null), 12)).as("the old article's window had closed: its answer is kept")
                    .isEqualTo(oldBefore).doesNotContain(late.id());
            assertThat(related.of(subject(recent, null), 12)).as("an open window is searched again").contains(fresh.id());
        }
    }

    /**
     * Tram articles, one every 10 days over the 1,800 days before {@code now} (about 0.1 a day): a window of 20
     * articles reaches 100 days either side.
     */
    static List<Article> steadyArchive(ArticleWriter writer, String section, Random r, Instant now) {
        List<Article> trams = new ArrayList<>();
        for (int d = -1800; d <= 0; d += 10) trams.add(save(writer, section, "tram " + d, text("tram", r, 80), now.plus(Duration.ofDays(d))));
        return trams;
    }

    static String newsSection(TestSite site) {
        return site.stores.sections().create("news", "News", null, 0).id();
    }

    static ArticleWriter writer(TestSite site) {
        return new ArticleWriter(site.stores.jdbi(), site.stores.articles());
    }

    static RelatedArticles.Subject subject(Article a, String storyId) {
        return new RelatedArticles.Subject(a.id(), a.title(), a.bodyText(), storyId, a.publishedAt().toEpochMilli());
    }
}
