package io.newsdesk.app.content;

import io.newsdesk.extract.PlainText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Article bodies are stored as sanitized HTML: semantic tags only, no style, script, forms,
 * frames, event handlers or ad containers. The plain text (for excerpts, search, feeds) is
 * derived from the sanitized tree, so it can never hold markup either.
 */
public final class BodyHtml {
    private static final Safelist SAFELIST = Safelist.relaxed()
            .addTags("figure", "figcaption", "cite", "abbr", "time", "mark", "s")
            .addAttributes("time", "datetime")
            .addProtocols("img", "src", "https", "http")
            .addEnforcedAttribute("a", "rel", "noopener");
    /** Removed with their content before cleaning: the safelist alone would keep their text. */
    private static final String REMOVED = "script, style, noscript, template, iframe, object, embed, form, "
            + "input, button, select, textarea, svg, math, [hidden], [aria-hidden=true], ins.adsbygoogle, "
            + "[class~=(^|\\s|-|_)(ad|ads|advert|advertisement|sponsor|sponsored|promo)($|\\s|-|_)]";

    private BodyHtml() {}

    /** {@code lead}: the opening paragraphs' text that excerpts and descriptions are cut from ({@link Excerpts#lead}). */
    public record Clean(String html, String text, String lead) {}

    /** Sanitizes {@code html}; relative links and images are resolved against {@code baseUri}. */
    public static Clean sanitize(String html, String baseUri) {
        return sanitize(html, baseUri, null);
    }

    /** As {@link #sanitize(String, String)}, without the body's first image when it repeats the lead image ({@link LeadFigure}). */
    public static Clean sanitize(String html, String baseUri, String leadImageUrl) {
        Document dirty = Jsoup.parseBodyFragment(html == null ? "" : html, baseUri == null ? "" : baseUri);
        dirty.select(REMOVED).remove();
        Document clean = new Cleaner(SAFELIST).clean(dirty);
        clean.outputSettings().prettyPrint(false);
        Element body = clean.body();
        LeadFigure.removeRepeat(body, leadImageUrl);
        return new Clean(body.html(), PlainText.of(body), Excerpts.lead(body));
    }
}
