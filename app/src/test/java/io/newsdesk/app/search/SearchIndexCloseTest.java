package io.newsdesk.app.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Closing the index (which gives up running merges rather than waiting for them) keeps what was written. */
class SearchIndexCloseTest {
    @TempDir
    Path dir;

    @Test
    void documentsWrittenAfterTheLastCommitOutliveCloseWithThatCommitsWatermark() throws Exception {
        Path path = dir.resolve("index");
        try (SearchIndex index = SearchIndex.open(path)) {
            for (int i = 0; i < 40; i++) index.put(article("a" + i, i));
            index.commit(7);
            // a build stopped half-way: written, not yet committed with a new watermark
            for (int i = 40; i < 100; i++) index.put(article("a" + i, i));
        }
        try (SearchIndex index = SearchIndex.open(path)) {
            assertThat(index.size()).as("nothing written is lost").isEqualTo(100);
            assertThat(index.watermark()).as("the indexer reads again from the last watermark").hasValue(7);
            assertThat(index.versions(List.of("a0", "a99"))).as("and finds those documents current")
                    .isEqualTo(Map.of("a0", 1L, "a99", 1L));
        }
    }

    private static IndexedArticle article(String id, int i) {
        return new IndexedArticle(id, "slug-" + i, "Title " + i, null, "Words of article " + i, "news", null, "en",
                1_000L * i, 1, List.of(), null, null, null);
    }
}
