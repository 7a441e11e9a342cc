package io.newsdesk.bench;

import io.newsdesk.extract.ExtractedArticle;
import io.newsdesk.extract.Extractor;
import io.newsdesk.extract.PlainText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** The systems under measurement: our extractor and the Readability4J baseline. */
public final class Systems {
    private Systems() {}

    /** One page of a benchmark folder: its bytes, the same decoded as text, and its original URL. */
    public record Page(String id, String url, byte[] bytes, String html) {
        /**
         * Reads a page: the bytes go to our extractor as they are; for the baseline, which takes a
         * String, they are decoded once with the charset jsoup detects (BOM, meta charset, else
         * UTF-8), outside any timing.
         */
        public static Page of(String id, String url, byte[] bytes) {
            Charset charset = StandardCharsets.UTF_8;
            try {
                Charset detected = Jsoup.parse(new ByteArrayInputStream(bytes), null, url == null ? "" : url).charset();
                if (detected != null) charset = detected;
            } catch (IOException | RuntimeException e) {
                // keep UTF-8
            }
            return new Page(id, url, bytes, new String(bytes, charset));
        }
    }

    /** Newsdesk's extractor on the page bytes (it does its own charset handling). */
    public static ExtractedArticle newsdesk(Extractor extractor, Page page) {
        return extractor.extract(page.bytes(), page.url(), null);
    }

    /** Readability4J 1.0.8 on the decoded page. */
    public static Article readability(Page page) {
        return new Readability4J(page.url() == null ? "" : page.url(), page.html()).parse();
    }

    /** The plain text of Readability4J's article, with paragraph breaks (empty when it found none). */
    public static String readabilityText(Article article) {
        Element content = article.getArticleContent();
        if (content == null) {
            String html = article.getContent();
            if (html == null) return "";
            content = Jsoup.parseBodyFragment(html).body();
        }
        return PlainText.of(content);
    }
}
