package io.newsdesk.app.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * The pruned search gives what scoring every match with the recency factor gives (FunctionScoreQuery, what related
 * articles used before): same documents, same order, on an index of several segments with words shared by many.
 */
class BoostedTopDocsTest {
    private static final long NOW = 1_800_000_000_000L;

    @Test
    void sameTopAsScoringEveryMatchWithTheFactor() throws Exception {
        Random r = new Random(17);
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 300; i++) words.add("w" + i);
        try (var dir = new ByteBuffersDirectory();
             var writer = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()).setMaxBufferedDocs(400))) {
            for (int d = 0; d < 3_000; d++) {
                StringBuilder text = new StringBuilder();
                // a skewed vocabulary: low-numbered words are in most documents, as common words are
                for (int w = 0; w < 40; w++) text.append(words.get((int) (words.size() * Math.pow(r.nextDouble(), 3)))).append(' ');
                Document doc = new Document();
                doc.add(new TextField(SearchIndex.TEXT, text.toString(), Field.Store.NO));
                doc.add(new LongField(SearchIndex.PUBLISHED, NOW - (long) (r.nextDouble() * Duration.ofDays(3_000).toMillis()), Field.Store.NO));
                writer.addDocument(doc);
            }
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                assertThat(reader.leaves()).as("several segments").hasSizeGreaterThan(1);
                IndexSearcher searcher = new IndexSearcher(reader);
                RecencyBoost recency = new RecencyBoost(NOW, Duration.ofDays(14));
                int compared = 0;
                for (int q = 0; q < 40; q++) {
                    BooleanQuery.Builder like = new BooleanQuery.Builder();
                    for (int t = 0; t < 3 + r.nextInt(20); t++) {
                        like.add(new BoostQuery(new TermQuery(new Term(SearchIndex.TEXT, words.get(r.nextInt(words.size())))),
                                0.5f + r.nextFloat() * 3), BooleanClause.Occur.SHOULD);
                    }
                    Query plain = like.build();
                    int limit = 1 + r.nextInt(12);
                    List<Integer> everyMatch = new ArrayList<>();
                    for (ScoreDoc d : searcher.search(FunctionScoreQuery.boostByValue(plain, recency), limit).scoreDocs) everyMatch.add(d.doc);
                    List<Integer> pruned = searcher.search(plain, new BoostedTopDocs(recency, limit)).stream()
                            .map(BoostedTopDocs.Hit::doc).toList();
                    assertThat(pruned).as("query %d, top %d", q, limit).isEqualTo(everyMatch);
                    compared += everyMatch.size();
                }
                assertThat(compared).as("the queries found something to compare").isGreaterThan(100);
            }
        }
    }
}
