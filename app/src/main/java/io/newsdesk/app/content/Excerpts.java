package io.newsdesk.app.content;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Excerpts are cut from an article's plain text, never from HTML, so no markup, CSS or
 * script can reach them (the reference site's "Read Now" leaked {@code .in_text_content_22 {...}}).
 * The text they are cut from is the body's paragraphs ({@link #lead}): never a figure's caption or
 * credit, a byline or a dateline standing alone, which a reader would take for the article's opening.
 */
public final class Excerpts {
    public static final int MAX_WORDS = 30;
    /** Enough paragraph text for any excerpt or description: bodies run to thousands of words. */
    private static final int LEAD_CHARS = 2_000;
    /** Paragraphs inside these are not the article's running text. */
    private static final String OUTSIDE_TEXT = "figure, figcaption, aside, nav";
    /** Running text: paragraphs, and headings long enough to be a standfirst rather than a heading (checked below). */
    private static final String TEXT_BLOCKS = "p, h1, h2, h3, h4, h5, h6";
    private static final Evaluator OUTSIDE = QueryParser.parse(OUTSIDE_TEXT);
    private static final Evaluator BLOCKS = QueryParser.parse(TEXT_BLOCKS);
    private static final int STANDFIRST_MIN_WORDS = 12;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** "By Jan Roe", "Von Anna Berg", "Автор: …": a byline standing as a paragraph of its own. */
    private static final Pattern BYLINE = Pattern.compile(
            "^(?:by|von|par|por|di|door|av|af|przez|от|автор|автори|авторы)[\\s:].*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int BYLINE_MAX_WORDS = 8;
    /** A paragraph this short without a sentence's end is a label, a date or a dateline alone ("LONDON, May 3 -"). */
    private static final int FRAGMENT_MAX_WORDS = 6;
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?…。！？»”\"')]$");

    private Excerpts() {}

    /** At most {@code MAX_WORDS} words of {@code plainText}, ending with an ellipsis when cut. */
    public static String of(String plainText) {
        return of(plainText, MAX_WORDS);
    }

    public static String of(String plainText, int maxWords) {
        if (plainText == null) return "";
        // reads only as far as the excerpt goes: bodies run to thousands of words
        StringBuilder out = new StringBuilder();
        int words = 0, i = 0, n = plainText.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(plainText.charAt(i))) i++;
            if (i == n) break;
            if (words == maxWords) return CleanText.stripTrailingPunctuation(out.toString()) + "…";
            int start = i;
            while (i < n && !Character.isWhitespace(plainText.charAt(i))) i++;
            if (words++ > 0) out.append(' ');
            out.append(plainText, start, i);
        }
        return out.toString();
    }

    /**
     * The opening text of a (sanitized) body for excerpts and descriptions: its {@code <p>} paragraphs outside
     * figures, without paragraphs that are only a byline, a photo credit or a short fragment with no sentence (a
     * date, a dateline, a label). A dateline that opens a sentence ("LONDON, May 3 (Reuters) - The bank…") is part
     * of that paragraph and stays, as wire copy writes it. A heading of 12 words or
     * more is an outlet's standfirst set as a heading, and counts as a paragraph. A body without such paragraphs
     * gives its text outside figures, else all of its text: an excerpt is never empty when the body is not.
     */
    public static String lead(Element body) {
        StringBuilder out = new StringBuilder();
        for (Element p : body.select(BLOCKS)) {
            if (p.closest(OUTSIDE) != null) continue;
            String text = oneLine(p.text());
            if (text.isEmpty() || notOpening(text)) continue;
            if (!p.normalName().equals("p") && WHITESPACE.split(text).length < STANDFIRST_MIN_WORDS) continue;
            if (!out.isEmpty()) out.append(' ');
            out.append(text);
            if (out.length() > LEAD_CHARS) break;
        }
        if (!out.isEmpty()) return out.toString();
        Element rest = body.clone();
        rest.select(OUTSIDE).remove();
        String text = oneLine(rest.text());
        return text.isEmpty() ? oneLine(body.text()) : text;
    }

    /** Whether a paragraph is a byline, a credit or a fragment, not text that opens the article. */
    static boolean notOpening(String text) {
        if (Credits.labelled(text)) return true;
        // counted only as far as the rules below look (a paragraph runs to hundreds of words); text is stripped
        int words = WHITESPACE.split(text, BYLINE_MAX_WORDS + 2).length;
        if (words <= BYLINE_MAX_WORDS && BYLINE.matcher(text).matches()) return true;
        return words <= FRAGMENT_MAX_WORDS && !SENTENCE_END.matcher(text).matches();
    }

    private static String oneLine(String text) {
        return WHITESPACE.matcher(text.replace('\u00A0', ' ')).replaceAll(" ").strip();
    }
}
