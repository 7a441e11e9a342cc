package io.newsdesk.app.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An index written by an older layout (unsorted) is emptied on opening, so the indexer refills it in the new order. */
class SearchIndexLayoutTest {
    @TempDir
    Path dir;

    @Test
    void anUnsortedIndexOfAnOlderLayoutIsRebuiltSortedNewestFirst() throws Exception {
        Path path = dir.resolve("index");
        try (var d = FSDirectory.open(path); var w = new IndexWriter(d, new IndexWriterConfig(new StandardAnalyzer()))) {
            Document doc = new Document();
            doc.add(new StringField(SearchIndex.ID, "old", Field.Store.YES));
            w.addDocument(doc);
            w.setLiveCommitData(Map.of("layout", "2").entrySet());
            w.commit();
        }
        try (SearchIndex index = SearchIndex.open(path)) {
            assertThat(index.size()).as("the old documents are gone").isZero();
            assertThat(index.watermark()).as("so the indexer starts from the beginning").isEmpty();
            for (int i = 0; i < 3; i++) {
                index.put(new IndexedArticle("a" + i, "a-" + i, "Title " + i, null, "Text " + i, "news", null, "en",
                        1_000L * i, 1, List.of(), null, null, null));
            }
            index.commit(5);
            assertThat(index.size()).isEqualTo(3);
        }
        try (var d = FSDirectory.open(path); var r = DirectoryReader.open(d)) {
            assertThat(r.leaves().get(0).reader().getMetaData().sort()).isEqualTo(new org.apache.lucene.search.Sort(SearchIndex.NEWEST));
            var stored = r.storedFields();
            assertThat(List.of(stored.document(0).get(SearchIndex.ID), stored.document(2).get(SearchIndex.ID)))
                    .as("newest first").containsExactly("a2", "a0");
        }
    }
}
