package io.newsdesk.app.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.app.site.view.Views.SearchView;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shortcuts that keep search and "Related" fast on a big index give the same answers: the count stops past
 * {@link Searcher#COUNTED} (and the page says "more than"), and the recency boost lets the search skip documents
 * without changing which come first.
 */
class BoundedSearchTest {
    static final long DAY = Duration.ofDays(1).toMillis();
    static final long NOW = 1_780_000_000_000L;

    @TempDir
    Path dir;
    SearchIndex index;

    @BeforeEach
    void open() {
        index = SearchIndex.open(dir.resolve("index"));
    }

    @AfterEach
    void close() throws Exception {
        index.close();
    }

    void put(int n, String title, String body, long published) throws Exception {
        index.put(new IndexedArticle("a" + n, "a-" + n, title, null, body, "news", null, "en", published, published,
                List.of(), null, null, null));
    }

    @Test
    void countsExactlyUpToTheBoundAndSaysMoreThanPastIt() throws Exception {
        // "walrus" in exactly COUNTED articles, "pelican" in one more than that; each article a day older than the last
        for (int i = 0; i <= Searcher.COUNTED; i++) {
            put(i, "Report " + i, (i < Searcher.COUNTED ? "walrus" : "seal") + " and pelican seen near the pier", NOW - i * DAY);
        }
        index.commit(1);
        Searcher searcher = new Searcher(index);

        SearchResults exact = searcher.search("walrus", 1, 12);
        assertThat(exact.total()).isEqualTo(Searcher.COUNTED);
        assertThat(exact.totalExact()).isTrue();
        assertThat(view(exact).matches()).isEqualTo("1,000 articles match");

        SearchResults more = searcher.search("pelican", 1, 12);
        assertThat(more.totalExact()).isFalse();
        assertThat(more.total()).isEqualTo(Searcher.COUNTED);
        assertThat(view(more).matches()).isEqualTo("More than 1,000 articles match");
        assertThat(more.pages()).as("every page a reader may open is there").isEqualTo(Searcher.MAX_PAGE);
        assertThat(more.ids()).hasSize(12);
        SearchResults last = searcher.search(SearchRequest.of("pelican", Searcher.MAX_PAGE), 12);
        assertThat(last.ids()).hasSize(12);

        // the same text everywhere: relevance ties go newest first, even though the count stopped early
        assertThat(more.ids()).startsWith("a0", "a1", "a2");
        SearchRequest byDate = new SearchRequest("pelican", null, null, null, null, null, null, SearchRequest.Order.DATE, 1);
        assertThat(searcher.search(byDate, 12).ids()).startsWith("a0", "a1", "a2");

        assertThat(view(searcher.search("nowhere", 1, 12)).matches()).isEqualTo("No articles match");
        put(5000, "Lone narwhal", "narwhal", NOW);
        index.commit(2);
        assertThat(view(searcher.search("narwhal", 1, 12)).matches()).isEqualTo("One article matches");
    }

    @Test
    void aPrefixIsScoredAsItsWordsAndAPrefixOfVeryManyWordsStillFindsThemAll() throws Exception {
        // scored as its words, not one constant score: the older article full of the prefix's words ranks first (with a
        // constant score the two would tie and the newest would come first)
        put(0, "Market day", "A long day at the market, with stalls of fish, bread, cheese and fruit, then the regional bus home",
                NOW);
        put(1, "Ferry news", "Regional ferry, regional bus, regional rail", NOW - DAY);
        put(2, "Market day", "Nothing about boats at all", NOW - 2 * DAY);
        // more words under "zed" than a prefix is spelled out for: one set, every match found
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 3 * PrefixWords.MAX_WORDS; i++) many.append("zed").append((char) ('a' + i / 26)).append((char) ('a' + i % 26)).append(' ');
        for (int i = 3; i < 6; i++) put(i, "Words " + i, many.toString(), NOW - i * DAY);
        index.commit(1);
        Searcher searcher = new Searcher(index);
        SearchResults regi = searcher.search("regi*", 1, 12);
        assertThat(regi.ids()).containsExactly("a1", "a0");
        SearchResults zed = searcher.search("zed*", 1, 12);
        assertThat(zed.ids()).containsExactly("a3", "a4", "a5");
    }

    @Test
    void theNearInTimeBoostSkipsDocumentsWithoutChangingTheTop() throws Exception {
        // many articles, each a handful of words from a small vocabulary, of every age: a disjunction of those words
        // matches most of them, with scores close enough that the boost reorders them
        List<String> words = List.of("harbour", "ferry", "storm", "council", "budget", "school", "river", "bridge",
                "market", "festival", "tram", "museum", "library", "stadium", "hospital", "airport");
        Random r = new Random(16);
        for (int i = 0; i < 3000; i++) {
            StringBuilder body = new StringBuilder();
            for (int w = 0; w < 3 + r.nextInt(12); w++) body.append(words.get(r.nextInt(words.size()))).append(' ');
            put(i, "Item " + i, body.toString(), NOW - (long) (r.nextDouble() * 400 * DAY));
        }
        index.commit(1);
        for (int k : new int[] {1, 4, 12, 40}) {
            BooleanQuery.Builder like = new BooleanQuery.Builder();
            for (String w : words.subList(0, 6)) like.add(new TermQuery(new Term(SearchIndex.TEXT, w)), BooleanClause.Occur.SHOULD);
            NearInTimeBoost boosted = new NearInTimeBoost(like.build(), NOW, RelatedArticles.NEARNESS_PIVOT);
            // pruning from the k-th hit on, against every match scored (a threshold the count never reaches)
            TopDocs pruned = index.search(s -> s.search(boosted, new TopScoreDocCollectorManager(k, null, k)));
            TopDocs every = index.search(s -> s.search(boosted, new TopScoreDocCollectorManager(k, null, Integer.MAX_VALUE)));
            assertThat(every.totalHits.value()).as("the reference scored every match").isGreaterThan(2000);
            assertThat(pruned.totalHits.relation()).isNotEqualTo(every.totalHits.relation());
            // a skipped document is never collected, so the pruned search counted fewer: it did skip
            assertThat(pruned.totalHits.value()).as("documents collected").isLessThan(every.totalHits.value());
            assertThat(docs(pruned)).as("top " + k).isEqualTo(docs(every));
            assertThat(scores(pruned)).isEqualTo(scores(every));
        }
    }

    @Test
    void theFactorFavoursArticlesNearInTimeBetweenOneAndTwo() {
        NearInTimeBoost boost = new NearInTimeBoost(new TermQuery(new Term(SearchIndex.TEXT, "x")), NOW, Duration.ofDays(14));
        assertThat(boost.factor(0)).isEqualTo(NearInTimeBoost.MAX_FACTOR);
        assertThat(boost.factor(14 * DAY)).isEqualTo(1.5);
        assertThat(boost.factor(-14 * DAY)).as("after the moment as before it").isEqualTo(1.5);
        assertThat(boost.factor(DAY)).isGreaterThan(boost.factor(2 * DAY));
        assertThat(boost.factor(3650 * DAY)).isBetween(1.0, 1.01);
    }

    static SearchView view(SearchResults r) {
        return new SearchView(null, null, r.query(), List.of(), r.total(), r.totalExact(), null, Map.of(), null, null, null, null);
    }

    static List<Integer> docs(TopDocs top) {
        List<Integer> docs = new ArrayList<>();
        for (ScoreDoc d : top.scoreDocs) docs.add(d.doc);
        return docs;
    }

    static List<Float> scores(TopDocs top) {
        return Arrays.stream(top.scoreDocs).map(d -> d.score).toList();
    }
}
