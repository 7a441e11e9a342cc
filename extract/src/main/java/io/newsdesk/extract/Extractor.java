package io.newsdesk.extract;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * HTML of a news page to the article it holds. Thread-safe; never throws on any input.
 * (First version: the text of the page's {@code <article>} or body; the real cascade follows.)
 */
public final class Extractor {

    /** Extracts from the page bytes; {@code contentType} is the HTTP header value or null. */
    public ExtractedArticle extract(byte[] page, String url, String contentType) {
        return extract(new String(page, StandardCharsets.UTF_8), url);
    }

    public ExtractedArticle extract(String html, String url) {
        Document doc = Jsoup.parse(html, url == null ? "" : url);
        doc.select("script, style, noscript, nav, header, footer, aside, form").remove();
        Element root = doc.selectFirst("article");
        if (root == null) root = doc.body();
        String text = PlainText.of(root);
        int words = text.isBlank() ? 0 : text.split("\\s+").length;
        return new ExtractedArticle(doc.title(), List.of(), null, null, null, null, null, null, List.of(), null,
                root.html(), text, words, words > 0 ? 0.5 : 0, words > 0 ? List.of() : List.of("no article body found"));
    }
}
