package io.newsdesk.app.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CharsetTest {

    @Test
    void windows1251DeclaredAsUtf8IsRepairedWithAWarning() throws Exception {
        ParsedFeed feed = Fixtures.parse("cp1251-declared-utf8.xml", "https://sever.example/rss", "application/rss+xml; charset=utf-8");

        assertThat(feed.title()).isEqualTo("Новости Севера");
        assertThat(feed.items().get(0).title()).isEqualTo("Мост открыт после ремонта");
        assertThat(feed.warnings()).anyMatch(w -> w.contains("windows-1251"));
    }

    @Test
    void xmlDeclarationWinsOverContentTypeCharset() throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><title>Café</title>"
                + "<link>https://c.example/</link><description>d</description></channel></rss>";
        ParsedFeed feed = FeedParser.parse(xml.getBytes(Charset.forName("ISO-8859-1")), "https://c.example/rss", "text/xml; charset=utf-8");

        assertThat(feed.title()).isEqualTo("Café");
        assertThat(feed.warnings()).isEmpty();
    }

    @Test
    void aFeedDeclaredIso88591IsReadAsWindows1252AsBrowsersDo() throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><title>\u201cCaf\u00e9\u201d \u2013 5\u20ac</title>"
                + "<link>https://c.example/</link><description>d</description></channel></rss>";
        ParsedFeed feed = FeedParser.parse(xml.getBytes(Charset.forName("windows-1252")), "https://c.example/rss", null);

        assertThat(feed.title()).isEqualTo("\u201cCaf\u00e9\u201d \u2013 5\u20ac");
    }

    @Test
    void utf8BomIsHonoured() throws Exception {
        byte[] xml = ("\uFEFF<rss version=\"2.0\"><channel><title>Ünïcode</title><link>https://u.example/</link>"
                + "<description>d</description></channel></rss>").getBytes(StandardCharsets.UTF_8);
        assertThat(FeedParser.parse(xml, "https://u.example/rss", null).title()).isEqualTo("Ünïcode");
    }

    @Test
    void invalidUtf8ThatIsNotCyrillicIsReadAsWindows1252AndReported() throws Exception {
        byte[] body = ("<rss version=\"2.0\"><channel><title>Caf\u00e9 \u201cNoir\u201d</title><link>https://n.example/</link>"
                + "<description>d</description></channel></rss>").getBytes(Charset.forName("windows-1252"));
        ParsedFeed feed = FeedParser.parse(body, "https://n.example/rss", "application/rss+xml; charset=utf-8");
        assertThat(feed.title()).isEqualTo("Caf\u00e9 \u201cNoir\u201d");
        assertThat(feed.warnings()).singleElement().asString().contains("declared UTF-8").contains("windows-1252");
    }

    @Test
    void unknownCharsetIsReportedAndTheBytesStillRead() throws Exception {
        byte[] body = ("<?xml version=\"1.0\" encoding=\"x-no-such\"?><rss version=\"2.0\"><channel><title>Plain</title>"
                + "<link>https://p.example/</link><description>d</description></channel></rss>").getBytes(StandardCharsets.US_ASCII);
        ParsedFeed feed = FeedParser.parse(body, "https://p.example/rss", null);
        assertThat(feed.title()).isEqualTo("Plain");
        assertThat(feed.warnings()).anyMatch(w -> w.contains("unknown charset 'x-no-such'"));
    }

    @Test
    void utf16FeedWithoutAByteOrderMarkIsRead() throws Exception {
        byte[] body = ("<?xml version=\"1.0\" encoding=\"UTF-16\"?><rss version=\"2.0\"><channel><title>\u00c9t\u00e9</title>"
                + "<link>https://e.example/</link><description>d</description></channel></rss>").getBytes(StandardCharsets.UTF_16LE);
        assertThat(FeedParser.parse(body, "https://e.example/rss", null).title()).isEqualTo("\u00c9t\u00e9");
    }

    @Test
    void latin1DeclaredAsUtf8IsNotMistakenForCyrillic() throws Exception {
        byte[] body = ("<rss version=\"2.0\"><channel><title>Le caf\u00e9 est \u00e0 c\u00f4t\u00e9</title><link>https://l.example/</link>"
                + "<description>d</description></channel></rss>").getBytes(Charset.forName("ISO-8859-1"));
        ParsedFeed feed = FeedParser.parse(body, "https://l.example/rss", "text/xml; charset=utf-8");
        assertThat(feed.title()).isEqualTo("Le caf\u00e9 est \u00e0 c\u00f4t\u00e9");
        assertThat(feed.warnings()).singleElement().asString().doesNotContain("1251");
    }
}
