package io.newsdesk.extract;

import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * HTML of a news page to the article it holds. Thread-safe; never throws on any input.
 *
 * <p>Steps: decode the bytes ({@link BodyDecoder}: BOM, XML declaration, HTTP charset, meta charset, detection;
 * a UTF-8 page as the parser reads it, {@link StrictUtf8Reader}), cap the size, parse once with a bounded tree
 * depth, read the metadata ({@link Metadata}: one unit per field, each with its precedence of sources), then find
 * and clean the body ({@link Body}).
 */
public final class Extractor {
    /** Pages larger than this are cut; a warning says so. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    /** Deepest element nesting kept by the parser; deeper content is flattened by jsoup. */
    static final int MAX_DEPTH = 256;
    /** Element budget of the per-page passes: bounds the time spent on giant pages. */
    static final int MAX_NODES = 150_000;
    private static final int MIN_WORDS = 25;
    // queries parsed once (jsoup parses a query string on every call)
    private static final Evaluator IMG = QueryParser.parse("img"), FIGCAPTION = QueryParser.parse("figcaption");

    /** Extracts from the page bytes; {@code contentType} is the HTTP header value or null. */
    public ExtractedArticle extract(byte[] page, String url, String contentType) {
        List<String> warnings = new ArrayList<>();
        try {
            if (page == null) page = new byte[0];
            if (page.length > MAX_BYTES) {
                page = java.util.Arrays.copyOf(page, characterStart(page, MAX_BYTES));
                warnings.add("page truncated at the size limit");
            }
            // most pages are UTF-8: parsed straight from the bytes, decoded as the parser reads them
            List<String> declarations = new ArrayList<>();
            Document doc = BodyDecoder.utf8IfValid(page, contentType, declarations) ? parseUtf8(page, url) : null;
            if (doc != null) {
                warnings.addAll(declarations);
                return run(doc, url, warnings);
            }
            BodyDecoder.Decoded d = BodyDecoder.decode(page, contentType, warnings);
            return run(d.text(), url, warnings);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return failed(warnings, e);
        }
    }

    public ExtractedArticle extract(String html, String url) {
        List<String> warnings = new ArrayList<>();
        try {
            if (html == null) html = "";
            if (html.length() > MAX_BYTES) {
                html = html.substring(0, MAX_BYTES);
                warnings.add("page truncated at the size limit");
            }
            return run(html, url, warnings);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return failed(warnings, e);
        }
    }

    private static ExtractedArticle failed(List<String> warnings, Throwable e) {
        warnings.add("extraction failed: " + e.getClass().getSimpleName());
        warnings.add("no article body found");
        return new ExtractedArticle(null, List.of(), null, null, null, null, null, null, List.of(), null, "", "", 0, 0.0,
                List.copyOf(warnings));
    }

    /**
     * The cut at {@code at} moved back to the start of a UTF-8 character it would split (at most three bytes, which a
     * page in a single-byte charset does not miss): the cut page is still valid UTF-8 and is parsed once.
     */
    static int characterStart(byte[] b, int at) {
        int i = at;
        while (i > at - 3 && (b[i] & 0xC0) == 0x80) i--;
        return i;
    }

    /** The page parsed as UTF-8, or null when a byte is not UTF-8 (the caller then decodes it another way). */
    private static Document parseUtf8(byte[] page, String url) {
        try {
            return parser().parseInput(new StrictUtf8Reader(page), url == null ? "" : url);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) return null;
            throw e;
        }
    }

    private static Parser parser() {
        return Parser.htmlParser().setMaxDepth(MAX_DEPTH);
    }

    private ExtractedArticle run(String html, String url, List<String> warnings) {
        return run(parser().parseInput(html, url == null ? "" : url), url, warnings);
    }

    private ExtractedArticle run(Document doc, String url, List<String> warnings) {
        Metadata md = Metadata.of(doc, url);
        Body body = new Body(MAX_NODES);
        body.extract(doc, md.title());

        String text = "";
        String bodyHtml = "";
        Element content = body.content;
        String figureCaption = null;
        Element fig = content == null ? null : firstFigureWithImage(content);
        if (content != null) {
            bodyHtml = CleanHtml.of(content);
            Element cap = fig == null ? null : fig.selectFirst(FIGCAPTION);
            if (cap != null) figureCaption = Metadata.clean(cap.text());
            // captions describe images: they stay in bodyHtml but are not part of the article's running text
            content.getElementsByTag("figcaption").remove();
            text = PlainText.of(content);
        }
        int words = countWords(text);
        double confidence;
        if (content == null || words < MIN_WORDS) {
            warnings.add(content == null ? "no article body found" : "page does not look like an article (too little text)");
            confidence = 0.1;
            text = "";
            bodyHtml = "";
            words = 0;
        } else {
            confidence = body.rule.startsWith("semantic") ? 0.85 : 0.65;
            if (md.published() != null) confidence += 0.05;
            if (!md.authors().isEmpty()) confidence += 0.05;
            if (words < 150) confidence -= 0.25;
            confidence = Math.max(0.05, Math.min(0.99, confidence));
        }
        // the first figure of the body gives the lead image when metadata names none, and its caption/credit
        String imgUrl = md.image().url(), caption = md.image().caption(), credit = md.image().credit();
        if (fig != null) {
            Element img = fig.selectFirst(IMG);
            String src = AbsoluteUrl.of(img, "src");
            if (src.isEmpty()) src = AbsoluteUrl.of(img, "data-src");
            if (imgUrl == null && !src.isEmpty()) imgUrl = src;
            if (imgUrl != null && (imgUrl.equals(src) || md.image().url() == null || caption == null)) {
                if (caption == null) caption = figureCaption;
                if (credit == null) credit = body.figureCredit;
            }
        }
        if (credit == null) credit = body.figureCredit;
        ExtractedArticle.LeadImage image = null;
        if (imgUrl != null) image = new ExtractedArticle.LeadImage(imgUrl, caption, credit);
        return new ExtractedArticle(md.title(), md.authors(), md.published(), md.modified(), md.siteName(), md.canonicalUrl(),
                md.language(), image, md.tags(), md.section(), bodyHtml, text, words, confidence, List.copyOf(warnings));
    }

    private static Element firstFigureWithImage(Element content) {
        for (Element f : content.getElementsByTag("figure")) if (f.selectFirst(IMG) != null) return f;
        return null;
    }

    /** Words of the text; Chinese and Japanese are written without spaces, so each of their characters counts. */
    static int countWords(String text) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (ideographOrKana(c)) {
                n++;
                in = false;
                continue;
            }
            boolean w = c < 128 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') : Character.isLetterOrDigit(c);
            if (w && !in) n++;
            in = w;
        }
        return n;
    }

    private static boolean ideographOrKana(char c) {
        return (c >= '\u3040' && c <= '\u30ff') || (c >= '\u3400' && c <= '\u4dbf') || (c >= '\u4e00' && c <= '\u9fff')
                || (c >= '\uf900' && c <= '\ufaff');
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
