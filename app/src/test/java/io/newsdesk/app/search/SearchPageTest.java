package io.newsdesk.app.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.app.TestSite;
import io.newsdesk.app.content.ArticleWriter;
import io.newsdesk.app.news.Article;
import io.newsdesk.app.news.ArticleDraft;
import io.newsdesk.app.news.ArticleStatus;
import io.newsdesk.app.site.ReaderPages;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reader search over HTTP on the demo site: finding articles, following the database, hostile queries, robots. */
class SearchPageTest {
    @TempDir
    static Path dir;
    static TestSite site;
    static ArticleWriter writer;

    @BeforeAll
    static void start() throws Exception {
        site = TestSite.withDemo(dir);
        writer = new ArticleWriter(site.stores.jdbi(), site.stores.articles());
        site.site.searchIndexer().runOnce(); // the site's own first pass runs in the background
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    static Document search(String query) throws Exception {
        HttpResponse<String> r = site.get("/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(query).isEqualTo(200);
        return Jsoup.parse(r.body());
    }

    static List<String> resultLinks(Document doc) {
        return doc.select(".search-results .card-title a").eachAttr("href");
    }

    static Article save(String title, String body, Instant published) {
        String section = site.stores.sections().all().get(0).id();
        return writer.save(new ArticleDraft(title, null, "<p>" + body + "</p>", null, null, null, null, section, List.of(),
                "en", ArticleStatus.PUBLISHED, published, null, null));
    }

    /** Of {@code words}, the one that matches the fewest articles (so the article is on the first page). */
    static String rarest(List<String> words) {
        Searcher searcher = new Searcher(site.site.searchIndex());
        Function<String, Integer> total = w -> {
            try {
                return searcher.search(w, 1, 1).total();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        return words.stream().filter(w -> w.length() >= 5 && w.chars().allMatch(Character::isLetter))
                .filter(w -> total.apply(w) > 0).min(Comparator.comparing(total)).orElseThrow();
    }

    @Test
    void demoArticlesAreFoundByAWordOfTheirTitleAndOfTheirBody() throws Exception {
        List<Article> demo = site.stores.articles().latest(3, 0).stream()
                .map(c -> site.stores.articles().byId(c.id()).orElseThrow()).toList();
        for (Article a : demo) {
            String titleWord = rarest(List.of(a.title().split("\\s+")));
            assertThat(resultLinks(search(titleWord))).as(titleWord).contains("/article/" + a.slug());
            String bodyWord = rarest(List.of(a.bodyText().split("[\\s.,;:!?\"'()]+")));
            assertThat(resultLinks(search(bodyWord))).as(bodyWord).contains("/article/" + a.slug());
        }
        Document doc = search(demo.get(0).title());
        assertThat(resultLinks(doc).get(0)).as("the whole title finds the article first").isEqualTo("/article/" + demo.get(0).slug());
        assertThat(doc.selectFirst(".search-results .card .card-kicker").attr("href")).startsWith("/section/");
        assertThat(doc.selectFirst(".search-results .card time").attr("datetime")).isNotBlank();
        assertThat(doc.selectFirst(".search-results .card .excerpt").text()).isNotBlank();
    }

    @Test
    void aNewlySavedArticleAppearsAfterTheIndexerRunsAndCyrillicIsSearchable() throws Exception {
        Article a = save("Quokkaphone orchestra tours the coast", "Концерт в Приморье собрал тысячи слушателей.", Instant.now());
        site.site.searchIndexer().runOnce(); // (the site's timer may have been first: then this pass finds nothing to do)
        assertThat(resultLinks(search("quokkaphone"))).containsExactly("/article/" + a.slug());
        assertThat(resultLinks(search("приморье"))).containsExactly("/article/" + a.slug());
        assertThat(resultLinks(search("КОНЦЕРТ"))).containsExactly("/article/" + a.slug());
    }

    @Test
    void anUnpublishedArticleDisappears() throws Exception {
        Article a = save("Zebrafinch parade postponed", "The parade of zebrafinches will not take place.", Instant.now());
        site.site.searchIndexer().runOnce();
        assertThat(resultLinks(search("zebrafinch"))).containsExactly("/article/" + a.slug());
        new io.newsdesk.app.content.ArticleWriter(site.stores.jdbi(), site.stores.articles()).setStatus(a.id(), ArticleStatus.UNPUBLISHED, null);
        site.site.searchIndexer().runOnce();
        Document doc = search("zebrafinch");
        assertThat(resultLinks(doc)).isEmpty();
        assertThat(doc.selectFirst(".search-summary").text()).isEqualTo("No articles match zebrafinch.");
    }

    @Test
    void resultsArePagedRelevanceFirstThenNewest() throws Exception {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < ReaderPages.PAGE_SIZE + 3; i++) {
            save("Glimmerfen report " + (100 + i), "Equal text about the glimmerfen marsh.", t.plusSeconds(60L * i));
        }
        Article best = save("Glimmerfen glimmerfen glimmerfen", "All about the glimmerfen, the glimmerfen marsh.", t.minusSeconds(3600));
        site.site.searchIndexer().runOnce();

        Document first = search("glimmerfen");
        assertThat(first.selectFirst(".search-summary").text()).isEqualTo((ReaderPages.PAGE_SIZE + 4) + " articles match glimmerfen.");
        List<String> links = resultLinks(first);
        assertThat(links).hasSize(ReaderPages.PAGE_SIZE);
        assertThat(links.get(0)).as("most relevant, though oldest").isEqualTo("/article/" + best.slug());
        List<String> titles = first.select(".search-results .card-title a").eachText();
        assertThat(titles.get(1)).as("then equal scores newest first").isEqualTo("Glimmerfen report 114");
        assertThat(titles.get(2)).isEqualTo("Glimmerfen report 113");
        String next = first.selectFirst(".pagination a[rel=next]").attr("href");
        assertThat(next).isEqualTo("/search?q=glimmerfen&page=2");

        Document second = Jsoup.parse(site.get(next).body());
        assertThat(resultLinks(second)).hasSize(4).doesNotContainAnyElementsOf(links);
        assertThat(second.selectFirst(".pagination a[rel=prev]").attr("href")).isEqualTo("/search?q=glimmerfen");
    }

    @Test
    void hostileQueriesAnswerNormallyWithTheQueryEchoedEscaped() throws Exception {
        // 7 KB: near Jetty's 8 KB limit on the request line, past which it answers 414 before the site sees it
        List<String> hostile = List.of("\"", "AND OR (", "*:*", "word ".repeat(1400),
                "<script>alert(1)</script>", "\\", "-", "((((((", "title:secret", "a~2 b~ \"c d\"~3", "*", "\u0000\u202e",
                "Ω≈ç√ 𝕳𝖊𝖑𝖑𝖔 \uD83D\uDE00", "%00%27;--");
        for (String q : hostile) {
            HttpResponse<String> r = site.get("/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
            String label = q.length() > 40 ? q.substring(0, 40) + "…" : q;
            assertThat(r.statusCode()).as(label).isEqualTo(200);
            assertThat(r.body()).as(label).doesNotContain("<script>alert").doesNotContain("Something went wrong");
            Document doc = Jsoup.parse(r.body());
            assertThat(doc.selectFirst("input#search-q").val()).as(label).isEqualTo(UserQuery.clean(q));
            assertThat(UserQuery.clean(q).length()).isLessThanOrEqualTo(UserQuery.MAX_CHARS);
        }
        assertThat(site.get("/search?q=" + "x".repeat(10_000)).statusCode()).as("refused by Jetty, not an error of the site")
                .isEqualTo(414);
        Document doc = search("<script>alert(1)</script>");
        assertThat(doc.select("script")).as("no script from the query").isEmpty();
        assertThat(doc.selectFirst(".search-summary q").text()).isEqualTo("<script>alert(1)</script>");
    }

    @Test
    void tenKilobytesOfQueryAreCutNotParsed() throws Exception {
        String huge = "(\"" + "lorem AND ipsum OR (dolor* ".repeat(400);
        assertThat(huge.length()).isGreaterThan(10_000);
        SearchResults r = new Searcher(site.site.searchIndex()).search(huge, 1, ReaderPages.PAGE_SIZE);
        assertThat(r.query()).hasSizeLessThanOrEqualTo(UserQuery.MAX_CHARS);
        assertThat(UserQuery.clean("a\uD83D\uDE00".repeat(100))).hasSizeLessThanOrEqualTo(UserQuery.MAX_CHARS)
                .doesNotEndWith("\uD83D");
    }

    @Test
    void searchPagesAreNoindexPrivatelyCachedAndDisallowedForRobots() throws Exception {
        HttpResponse<String> r = site.get("/search?q=minister");
        assertThat(r.headers().firstValue("Cache-Control")).hasValue("private, max-age=60");
        Document doc = Jsoup.parse(r.body());
        assertThat(doc.selectFirst("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(doc.select("link[rel=canonical]")).isEmpty();

        Document empty = search("");
        assertThat(empty.selectFirst("form.search-form label[for=search-q]").text()).isEqualTo("Search articles");
        assertThat(empty.select(".search-summary, .search-results")).isEmpty();
        assertThat(empty.selectFirst("meta[name=robots]").attr("content")).isEqualTo("noindex");

        assertThat(site.get("/robots.txt").body()).contains("Disallow: /search");
    }

    @Test
    void everyPageHasTheSearchFormInItsHeader() throws Exception {
        Document home = Jsoup.parse(site.get("/").body());
        var form = home.selectFirst("header.site-header form[role=search]");
        assertThat(form.attr("action")).isEqualTo("/search");
        assertThat(form.attr("method")).isEqualTo("get");
        Map<String, String> labels = form.select("label").stream()
                .collect(Collectors.toMap(l -> l.attr("for"), l -> l.text()));
        assertThat(labels).containsEntry("site-search-q", "Search articles");
        assertThat(form.selectFirst("input#site-search-q").attr("name")).isEqualTo("q");
        assertThat(home.select("script:not([type=application/ld+json])")).isEmpty();
    }
}
