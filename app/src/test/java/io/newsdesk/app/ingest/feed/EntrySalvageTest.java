package io.newsdesk.app.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.newsdesk.app.PathologicalText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** Salvaging a broken feed keeps its good entries and costs time linear in the feed (issue 18, 3). */
class EntrySalvageTest {
    private static final String HEAD = "<?xml version=\"1.0\"?>\n<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
            + "<channel><title>Coastline Courier</title><!-- a comment --><description><![CDATA[<b>news</b>]]></description>\n";

    private static String item(int n) {
        return "<item><title>Story " + n + "</title><dc:creator>Jan Roe</dc:creator></item>\n";
    }

    @Test
    void keepsTheGoodEntriesWithTheirNamespacesAndDropsTheBrokenOne() {
        String feed = HEAD + item(1) + "<item><title>Broken <b>story</title></item>\n" + item(3) + "</channel></rss>";
        List<String> warnings = new ArrayList<>();
        Document doc = EntrySalvage.salvage(feed, warnings);
        assertThat(doc).isNotNull();
        assertThat(doc.getElementsByTagName("item").getLength()).isEqualTo(2);
        assertThat(doc.getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", "creator").getLength()).isEqualTo(2);
        assertThat(warnings).singleElement().asString().startsWith("dropped broken entry 2 starting at line 5");
    }

    @Test
    void closesAFeedWhoseEndIsMissing() {
        List<String> warnings = new ArrayList<>();
        Document doc = EntrySalvage.salvage(HEAD + item(1) + item(2), warnings);
        assertThat(doc.getElementsByTagName("item").getLength()).isEqualTo(2);
        assertThat(warnings).contains("the feed's end is broken or missing; closed its open elements");
    }

    /**
     * Before: the tag pattern's lazy [^>]*? ran to the end of the text from every '<' without a '>', the
     * comment pattern from every unclosed '<!--', the search for an entry's end tag past the next entry, and
     * every entry was parsed with the whole head around it (a large head times many entries).
     */
    @Test
    void finishesOnPathologicalFeeds() {
        String bigHead = HEAD.replace("<title>Coastline Courier</title>", "<title>" + "x".repeat(1_000_000) + "</title>");
        List<String> feeds = List.of(
                HEAD + PathologicalText.withoutSpaces("<a ", 100_000) + item(1),
                HEAD + PathologicalText.withoutSpaces("<!--", 100_000) + item(1),
                HEAD + PathologicalText.withoutSpaces("<![CDATA[", 100_000) + item(1),
                HEAD + PathologicalText.withoutSpaces("<item>", 120_000) + "</channel></rss>",
                bigHead + item(1).repeat(3_000) + "<item><title>broken</item></channel></rss>",
                HEAD + item(1) + "<item><title>" + PathologicalText.combiningMarks('Z', 90_000) + "<b></item>" + item(2) + "</channel></rss>",
                HEAD + item(1) + "<item><title>" + PathologicalText.nestedQuotes(50_000) + "<</title></item>" + item(2));
        for (String feed : feeds) {
            assertTimeoutPreemptively(PathologicalText.GENEROUS, () -> EntrySalvage.salvage(feed, new ArrayList<>()),
                    () -> "on a feed of " + feed.length() + " chars: " + feed.substring(HEAD.length(), HEAD.length() + 20));
        }
    }
}
