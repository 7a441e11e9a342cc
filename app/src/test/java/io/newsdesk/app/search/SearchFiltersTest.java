package io.newsdesk.app.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.app.TestSite;
import io.newsdesk.app.content.ArticleWriter;
import io.newsdesk.app.news.Article;
import io.newsdesk.app.news.ArticleDraft;
import io.newsdesk.app.news.ArticleStatus;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search page and /api/search on a site of known articles: each filter, both orders, marked snippets of escaped
 * text, "did you mean", the page for no results, originals found in their own language, and hostile input.
 */
class SearchFiltersTest {
    @TempDir
    static Path dir;
    static TestSite site;
    static Article worldOld, worldNew, sportByAnn, russian, translated, ukrainian, marked;

    @BeforeAll
    static void start() throws Exception {
        site = TestSite.empty(dir, null);
        var s = site.stores;
        String world = s.sections().create("world", "World", null, 0).id();
        String sport = s.sections().create("sport", "Sport", null, 1).id();
        String ann = s.authors().create("ann-reed", "Ann Reed", null).id();
        String outlet = s.outlets().create("north-star", "North Star", "https://north.example", "ru", null).id();
        ArticleWriter w = new ArticleWriter(s.jdbi(), s.articles());
        worldOld = save(w, world, List.of(), "Harbour cranes idle", "The harbour cranes stood idle all winter.", "en",
                Instant.parse("2026-01-10T12:00:00Z"), null);
        worldNew = save(w, world, List.of(), "Harbour reopens", "The harbour harbour harbour reopens to ships in spring.", "en",
                Instant.parse("2026-03-02T08:00:00Z"), null);
        sportByAnn = save(w, sport, List.of(ann), "Rowing on the harbour", "Rowers trained in the harbour at dawn.", "en",
                Instant.parse("2026-02-15T07:00:00Z"), null);
        russian = save(w, sport, List.of(), "Гавань открыта", "Гавань снова открыта для судов.", "ru",
                Instant.parse("2026-02-20T07:00:00Z"), null);
        translated = save(w, world, List.of(), "Moscow prepares a plan for the metro", "The city presented a metro development plan.",
                "en", Instant.parse("2026-02-21T07:00:00Z"),
                new ArticleDraft.Imported(outlet, "https://north.example/1", "Москва готовит план развития метро", "ru", true));
        ukrainian = save(w, world, List.of(), "Kyiv opens a new tram line", "The new line links the river port.",
                "en", Instant.parse("2026-02-22T07:00:00Z"),
                new ArticleDraft.Imported(outlet, "https://north.example/2", "Київ відкрив нову трамвайну лінію", "uk", true));
        marked = save(w, world, List.of(), "Graffiti at the harbour",
                "Someone painted &lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;words&lt;/b&gt; on the harbour wall.", "en",
                Instant.parse("2026-01-05T12:00:00Z"), null);
        site.site.searchIndexer().runOnce();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    static Article save(ArticleWriter w, String section, List<String> authors, String title, String body, String lang,
                        Instant published, ArticleDraft.Imported imported) {
        return w.save(new ArticleDraft(title, null, "<p>" + body + "</p>", null, null, null, null, section, authors, lang,
                ArticleStatus.PUBLISHED, published, null, imported));
    }

    static Document page(String params, int status) throws Exception {
        HttpResponse<String> r = site.get("/search?" + params);
        assertThat(r.statusCode()).as(params).isEqualTo(status);
        return Jsoup.parse(r.body());
    }

    static List<String> results(String params) throws Exception {
        return page(params, 200).select(".search-results .card-title a").eachAttr("href");
    }

    static String link(Article a) {
        return "/article/" + a.slug();
    }

    static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void eachFilterNarrowsTheResults() throws Exception {
        assertThat(results("q=harbour")).containsExactlyInAnyOrder(link(worldOld), link(worldNew), link(sportByAnn), link(marked));
        assertThat(results("q=harbour&section=sport")).containsExactly(link(sportByAnn));
        assertThat(results("q=harbour&author=ann-reed")).containsExactly(link(sportByAnn));
        assertThat(results("q=&outlet=north-star")).containsExactlyInAnyOrder(link(translated), link(ukrainian));
        assertThat(results("lang=ru")).containsExactly(link(russian));
        assertThat(results("q=harbour&from=2026-02-01&to=2026-03-01")).containsExactly(link(sportByAnn));
        assertThat(results("q=harbour&to=2026-01-10")).as("the last day counts whole").containsExactlyInAnyOrder(link(worldOld), link(marked));
        assertThat(results("q=harbour&section=nowhere")).isEmpty();
        Document chosen = page("q=harbour&section=sport&sort=date", 200);
        assertThat(chosen.selectFirst("#search-section option[selected]").attr("value")).isEqualTo("sport");
        assertThat(chosen.selectFirst("#search-sort option[selected]").attr("value")).isEqualTo("date");
    }

    @Test
    void relevanceOrDate() throws Exception {
        assertThat(results("q=harbour").get(0)).as("three times harbour").isEqualTo(link(worldNew));
        assertThat(results("q=harbour&sort=date")).containsExactly(link(worldNew), link(sportByAnn), link(worldOld), link(marked));
    }

    @Test
    void snippetsMarkTheMatchesInEscapedText() throws Exception {
        Document doc = page("q=" + q("harbour wall"), 200);
        Element snippet = doc.selectFirst(".search-results .card .snippet");
        assertThat(snippet.select("mark").eachText()).containsExactly("harbour", "wall");
        assertThat(snippet.select("script, b")).as("text that looks like markup stays text").isEmpty();
        assertThat(snippet.text()).contains("<script>alert(1)</script> & <b>words</b>");
        assertThat(snippet.children()).allMatch(e -> e.tagName().equals("mark"));
    }

    @Test
    void aMisspelledQueryGetsDidYouMeanAndNoResultsAClearPage() throws Exception {
        Document doc = page("q=harbuor&section=world", 200);
        assertThat(doc.selectFirst(".search-summary").text()).isEqualTo("No articles match harbuor with these filters.");
        assertThat(doc.select(".search-none")).hasSize(1);
        Element suggestion = doc.selectFirst(".search-suggestion a");
        assertThat(suggestion.text()).isEqualTo("harbour");
        assertThat(suggestion.attr("href")).isEqualTo("/search?q=harbour&section=world");
        assertThat(results("q=harbour&section=world")).hasSize(3);
        assertThat(page("q=harbour", 200).select(".search-suggestion")).as("nothing to correct").isEmpty();
        assertThat(page("q=harbou*", 200).select(".search-suggestion")).as("a prefix is not a misspelled word").isEmpty();
    }

    @Test
    void aTranslatedArticleIsFoundByAnInflectedFormOfItsOriginalTitle() throws Exception {
        // "Москвы", "развитию": other cases of "Москва", "развития"; only Russian stemming makes them meet
        assertThat(results("q=" + q("Москвы"))).containsExactly(link(translated));
        assertThat(results("q=" + q("развитию"))).containsExactly(link(translated));
        assertThat(results("q=" + q("Київ"))).containsExactly(link(ukrainian));
        assertThat(results("q=" + q("гавань"))).as("an article written in Russian, by its own words").containsExactly(link(russian));
    }

    @Test
    void theApiAnswersTheSameAsJson() throws Exception {
        HttpResponse<String> r = site.get("/api/search?q=harbour&section=world&sort=date");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        JsonNode json = new ObjectMapper().readTree(r.body());
        assertThat(json.get("total").asInt()).isEqualTo(3);
        assertThat(json.get("totalExact").asBoolean()).isTrue();
        assertThat(json.get("filters").get("section").asText()).isEqualTo("world");
        assertThat(json.get("sort").asText()).isEqualTo("date");
        assertThat(json.get("results").get(0).get("url").asText()).isEqualTo(link(worldNew));
        assertThat(json.get("results").get(0).get("snippetHtml").asText()).contains("<mark>harbour</mark>");
        assertThat(new ObjectMapper().readTree(site.get("/api/search?q=harbuor").body()).get("suggestion").asText()).isEqualTo("harbour");
        HttpResponse<String> bad = site.get("/api/search?q=harbour&from=yesterday");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(new ObjectMapper().readTree(bad.body()).get("error").asText()).contains("year-month-day");
    }

    @Test
    void filtersThatCannotBeReadAnswer400WithTheFormAndTheReason() throws Exception {
        Document doc = page("q=harbour&from=2026-02-30", 400);
        assertThat(doc.selectFirst(".search-error").text()).contains("year-month-day");
        assertThat(doc.selectFirst("input#search-q").val()).isEqualTo("harbour");
        assertThat(page("q=harbour&from=2026-03-01&to=2026-02-01", 400).selectFirst(".search-error").text()).contains("before");
        assertThat(page("q=harbour&sort=sideways", 400).selectFirst(".search-error").text()).contains("relevance or by date");
        assertThat(page("q=harbour&page=99999999", 200).select(".search-results .card")).as("a page number past reason: the first").hasSize(4);
        assertThat(page("q=harbour&page=" + (Searcher.MAX_PAGE + 1), 200).select(".search-results .card")).as("bounded: past the last").isEmpty();
    }

    /** Nasty reader input in every parameter: always a page (200 or 400), never an error page. */
    @Test
    void noQueryOrFilterEverGivesAnErrorPage() throws Exception {
        List<String> nasty = List.of("\"", "\"unbalanced", "*", "**", "?", "~", "a~", "harbour~2", "\"a b\"~3", ":", "title:x",
                "*:*", "text:", "(", ")", "((a)", "a)", "[", "]", "{", "}", "[1 TO 5]", "-", "--", "+", "+-", "|", "||", "&&",
                "!", "^", "a^2", "\\", "\\\\", "/", "/regex/", "AND", "OR", "NOT", "AND OR NOT", "a AND", "OR b",
                "\u0000", "\u0007\u001b[31m", "\u202e", "\uFEFF", "\uD800", "\uDFFF", "𝕳𝖊𝖑𝖑𝖔", "\uD83D\uDE00",
                "<script>alert(1)</script>", "' OR 1=1 --", "%00", "%", "%%", "${jndi:ldap://x}", "{{7*7}}",
                "a".repeat(300), "harbour ".repeat(500), "*".repeat(200), "(".repeat(200), "\"".repeat(199),
                "ab*", "a*b*c*d*e*f", "-harbour", "harbour -harbour", "1", "2026-01-01", "null", "undefined", " ", "\t\n");
        List<String> params = List.of("q", "section", "outlet", "author", "lang", "from", "to", "sort", "page");
        int pages = 0;
        for (String v : nasty) {
            for (String p : params) {
                for (String path : List.of("/search?", "/api/search?")) {
                    if (path.startsWith("/api") && !p.equals("q") && !p.equals("from")) continue; // one parser: spot checks
                    HttpResponse<String> r = site.get(path + p + "=" + q(v) + (p.equals("q") ? "" : "&q=harbour"));
                    String label = path + p + "=" + (v.length() > 30 ? v.substring(0, 30) + "…" : v);
                    assertThat(r.statusCode()).as(label).isIn(200, 400);
                    if (path.equals("/search?")) {
                        Document doc = Jsoup.parse(r.body());
                        assertThat(doc.select("form.search-form")).as(label).hasSize(1);
                        assertThat(doc.select("script:not([type=application/ld+json])")).as(label).isEmpty();
                    } else {
                        assertThat(new ObjectMapper().readTree(r.body()).has("total")).as(label).isTrue();
                    }
                    pages++;
                }
            }
        }
        assertThat(pages).isGreaterThan(700);
    }
}
