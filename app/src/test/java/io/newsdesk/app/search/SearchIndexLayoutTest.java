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
            assertThat(List.of(SearchIndex.id(r, 0), SearchIndex.id(r, 2))).as("newest first").containsExactly("a2", "a0");
        }
    }

    @Test
    void aSortedIndexWithStoredIdsIsRebuiltWithIdsAsDocValues() throws Exception {
        Path path = dir.resolve("index");
        // layout 3: sorted newest first, the id and change time stored (no doc values under the id's name)
        IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer()).setIndexSort(new org.apache.lucene.search.Sort(SearchIndex.NEWEST));
        try (var d = FSDirectory.open(path); var w = new IndexWriter(d, config)) {
            Document doc = new Document();
            doc.add(new StringField(SearchIndex.ID, "old", Field.Store.YES));
            doc.add(new org.apache.lucene.document.LongField(SearchIndex.PUBLISHED, 5, Field.Store.NO));
            doc.add(new org.apache.lucene.document.StoredField(SearchIndex.CHANGED, 5L));
            w.addDocument(doc);
            w.setLiveCommitData(Map.of("layout", "3").entrySet());
            w.commit();
        }
        try (SearchIndex index = SearchIndex.open(path)) {
            assertThat(index.size()).as("the old documents are gone").isZero();
            index.put(new IndexedArticle("a1", "a-1", "Title", null, "Text", "news", null, "en", 1_000L, 7, List.of(), null, null, null));
            index.commit(7);
            assertThat(index.versions(List.of("a1", "old"))).isEqualTo(Map.of("a1", 7L));
            String first = index.search(s -> SearchIndex.id(s.getIndexReader(), 0));
            assertThat(first).isEqualTo("a1");
        }
    }
}
