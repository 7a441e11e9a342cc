package io.newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The shortcuts of the page's way through the extractor give the answers of the long ways they replace:
 * UTF-8 decoded while parsing ({@link StrictUtf8Reader}), absolute links not re-parsed ({@link AbsoluteUrl}),
 * the element walk ({@link Tree}).
 */
class ParsePathTest {
    private static final String SAMPLE = "Plain ASCII, кириллица, 中文 and かな, emoji 😀🗞, accents éü, a no-break\u00a0space.";

    @Test
    void strictReaderGivesTheStringDecoderCharactersForEveryBufferSize() throws IOException {
        byte[] bytes = SAMPLE.repeat(50).getBytes(StandardCharsets.UTF_8);
        for (int size : new int[] {1, 2, 3, 7, 64, 8192}) {
            assertThat(readAll(new StrictUtf8Reader(bytes), size)).as("buffer of %d", size).isEqualTo(SAMPLE.repeat(50));
        }
        assertThat(readAll(new StrictUtf8Reader(new byte[0]), 16)).isEmpty();
    }

    @Test
    void strictReaderStopsAtBytesThatAreNotUtf8() {
        byte[] latin1 = "<p>Caf\u00e9 au lait</p>".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> readAll(new StrictUtf8Reader(latin1), 8192)).isInstanceOf(MalformedInputException.class);
        byte[] emoji = "ok 😀".getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(emoji, emoji.length - 2); // a character cut at a size limit
        assertThatThrownBy(() -> readAll(new StrictUtf8Reader(cut), 8192)).isInstanceOf(MalformedInputException.class);
    }

    @Test
    void pagesGiveTheSameArticleFromBytesAsFromTheirDecodedText() throws IOException, URISyntaxException {
        Extractor extractor = new Extractor();
        Path dir = Path.of(ParsePathTest.class.getResource("/fixtures").toURI());
        int utf8 = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                byte[] bytes = Files.readAllBytes(f);
                String url = "https://example.com/news/" + f.getFileName();
                List<String> ignored = new java.util.ArrayList<>();
                if (!BodyDecoder.utf8IfValid(bytes, null, ignored) || !validUtf8(bytes)) continue;
                utf8++;
                ExtractedArticle fromBytes = extractor.extract(bytes, url, null);
                ExtractedArticle fromText = extractor.extract(BodyDecoder.decode(bytes, null, ignored).text(), url);
                assertThat(fromBytes).as(f.getFileName().toString()).isEqualTo(fromText);
            }
        }
        assertThat(utf8).isGreaterThan(20);
    }

    @Test
    void pageNotInUtf8IsDecodedAnotherWayWithNothingLost() {
        String page = "<html><head><title>Caf\u00e9 prices</title></head><body><article><h1>Caf\u00e9 prices</h1>"
                + "<p>" + "The caf\u00e9 on the corner raised its prices again this week, the owner said to reporters. ".repeat(6)
                + "</p></article></body></html>";
        ExtractedArticle a = new Extractor().extract(page.getBytes(StandardCharsets.ISO_8859_1), "https://example.com/a", null);
        assertThat(a.title()).isEqualTo("Caf\u00e9 prices");
        assertThat(a.text()).contains("The caf\u00e9 on the corner").doesNotContain("\uFFFD");
    }

    @Test
    void absoluteLinksAreTheOnesJsoupResolves() {
        Document doc = Jsoup.parse("<a>x</a>", "https://www.example.com/news/2024/story.html?id=1");
        Element a = doc.selectFirst("a");
        List<String> cases = List.of("https://example.org/a/b?c=d#e", "http://example.org", "https://EXAMPLE.org:8080/x",
                "https://example.org:/x", "http://http://example.org/x", "https:///path/", "http://user@example.org/",
                "https://#", "https://example.org/./x", "https://example.org/a/../b", "https://example.org/.well-known/x",
                "https://example.org/a b", "https://example.org/ü", "https://exa_mple.org/", "HTTPS://example.org/",
                "https://example.org\\x", "/relative/path", "relative", "../up", "//cdn.example.org/i.jpg", "?q=1", "#top",
                "javascript:void(0)", "mailto:desk@example.org", "whatsapp://send?text=x", "tel:+441234", "", " https://example.org/ ");
        for (String href : cases) {
            a.attr("href", href);
            assertThat(AbsoluteUrl.of(a, "href")).as(href).isEqualTo(a.absUrl("href"));
        }
        // random addresses from the characters that decide it
        Random random = new Random(7);
        String alphabet = "aZ09.-:/?#@\\ %é_~";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder(random.nextBoolean() ? "https://" : "http://");
            for (int n = random.nextInt(14); n > 0; n--) sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            a.attr("href", sb.toString());
            assertThat(AbsoluteUrl.of(a, "href")).as(sb.toString()).isEqualTo(a.absUrl("href"));
        }
    }

    @Test
    void theWalkVisitsWhatGetAllElementsDoes() {
        Random random = new Random(11);
        String[] tags = {"div", "p", "span", "a", "ul", "li", "section", "b"};
        for (int round = 0; round < 200; round++) {
            StringBuilder html = new StringBuilder();
            for (int n = random.nextInt(60); n > 0; n--) {
                String tag = tags[random.nextInt(tags.length)];
                html.append(random.nextInt(3) == 0 ? "</" + tag + ">" : "<" + tag + ">").append(random.nextBoolean() ? "t " : "");
            }
            Document doc = Jsoup.parse(html.toString());
            assertThat(Tree.elements(doc)).containsExactlyElementsOf(doc.getAllElements());
            for (Element el : doc.getAllElements()) assertThat(Tree.elements(el)).containsExactlyElementsOf(el.getAllElements());
        }
    }

    private static String readAll(Reader r, int size) throws IOException {
        StringWriter out = new StringWriter();
        char[] buf = new char[size];
        for (int n; (n = r.read(buf, 0, size)) >= 0; ) out.write(buf, 0, n);
        return out.toString();
    }

    private static boolean validUtf8(byte[] b) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(b));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }
}
