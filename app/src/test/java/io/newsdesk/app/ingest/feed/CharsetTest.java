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
    void utf8BomIsHonoured() throws Exception {
        byte[] xml = ("\uFEFF<rss version=\"2.0\"><channel><title>Ünïcode</title><link>https://u.example/</link>"
                + "<description>d</description></channel></rss>").getBytes(StandardCharsets.UTF_8);
        assertThat(FeedParser.parse(xml, "https://u.example/rss", null).title()).isEqualTo("Ünïcode");
    }

    @Test
    void invalidUtf8ThatIsNotCyrillicIsReplacedButReported() {
        byte[] body = {'a', (byte) 0x99, (byte) 0xA9, 'b'};
        java.util.List<String> warnings = new java.util.ArrayList<>();
        String text = BodyDecoder.decode(body, null, warnings);
        assertThat(text).contains("\uFFFD");
        assertThat(warnings).anyMatch(w -> w.contains("not valid UTF-8"));
    }

    @Test
    void latin1DeclaredAsUtf8IsNotMistakenForCyrillic() {
        byte[] body = "Le café est à côté".getBytes(java.nio.charset.Charset.forName("ISO-8859-1"));
        java.util.List<String> warnings = new java.util.ArrayList<>();
        String text = BodyDecoder.decode(body, "text/html; charset=utf-8", warnings);
        assertThat(text).doesNotContainPattern("\\p{IsCyrillic}");
        assertThat(warnings).singleElement().asString().contains("not valid UTF-8").doesNotContain("windows-1251 Cyrillic, decoded");
    }
}
