package io.newsdesk.app.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A reader's words are matched in the title and text together, and a title holding them ranks first. */
class SiteWordsTest {
    @TempDir
    Path dir;

    private static IndexedArticle article(String id, String title, String text, long published) {
        return new IndexedArticle(id, id, title, null, text, "news", null, "en", published, 10, List.of(), null, null, null);
    }

    @Test
    void wordsMayBeSplitBetweenTitleAndTextAndTheTitleRanksFirst() throws Exception {
        try (SearchIndex index = SearchIndex.open(dir.resolve("index"))) {
            index.put(article("in-title", "Lighthouse keeper retires", "After forty years on the rock he handed the lighthouse keys over.", 1));
            index.put(article("in-text", "A quiet week on the coast", "The lighthouse was painted; the lighthouse lamp was cleaned; "
                    + "visitors came to the lighthouse.", 2));
            index.put(article("split", "Lighthouse tours", "Tours start in May and the keeper guides them.", 3));
            index.put(article("other", "Ferry timetable", "Boats leave every hour.", 4));
            index.commit(20);
            Searcher searcher = new Searcher(index);

            assertThat(searcher.search("retires", 1, 10).ids()).as("a word only in a title").containsExactly("in-title");
            List<String> lighthouse = searcher.search("lighthouse", 1, 10).ids();
            assertThat(lighthouse).containsExactlyInAnyOrder("in-title", "in-text", "split");
            assertThat(lighthouse.get(2)).as("titles first, though the other text says it three times").isEqualTo("in-text");
            assertThat(searcher.search("lighthouse guides", 1, 10).ids()).as("one word in the title, one in the text")
                    .containsExactly("split");
            assertThat(searcher.search("lighthouse -tours", 1, 10).ids()).containsExactly("in-title", "in-text");
            assertThat(searcher.search("\"lighthouse keeper\"", 1, 10).ids()).containsExactly("in-title");
            assertThat(searcher.search("\"retires after\"", 1, 10).ids()).as("no phrase from the title into the text").isEmpty();
            assertThat(searcher.search("\"retires lighthouse\"", 1, 10).ids()).as("nor from the title into itself").isEmpty();
        }
    }
}
