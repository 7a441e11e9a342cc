package io.newsdesk.app.content;

import io.newsdesk.app.news.StoredImage;
import io.newsdesk.extract.PlainText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Article bodies are stored as sanitized HTML: semantic tags only, no style, script, forms,
 * frames, event handlers or ad containers. The plain text (for excerpts, search, feeds) is
 * derived from the sanitized tree, so it can never hold markup either.
 */
public final class BodyHtml {
    private static final Safelist SAFELIST = new OwnImages(Safelist.relaxed()
            .addTags("figure", "figcaption", "cite", "abbr", "time", "mark", "s")
            .addAttributes("time", "datetime")
            .addProtocols("img", "src", "https", "http")
            .addEnforcedAttribute("a", "rel", "noopener"));
    /** Removed with their content before cleaning: the safelist alone would keep their text. */
    private static final String REMOVED = "script, style, noscript, template, iframe, object, embed, form, "
            + "input, button, select, textarea, svg, math, [hidden], [aria-hidden=true], ins.adsbygoogle, "
            + "[class~=(^|\\s|-|_)(ad|ads|advert|advertisement|sponsor|sponsored|promo)($|\\s|-|_)]";

    private static final String OWN_ORIGIN = "https://newsdesk.invalid";
    // selectors parsed once, not for every body (a bulk import or generation cleans hundreds a second)
    private static final Evaluator REMOVED_ELEMENTS = QueryParser.parse(REMOVED);
    private static final Evaluator OWN_IMAGES = QueryParser.parse("img[src^=" + StoredImage.PREFIX + "]");
    private static final Evaluator OWN_IMAGES_PASSED = QueryParser.parse("img[src^=" + OWN_ORIGIN + StoredImage.PREFIX + "]");

    private BodyHtml() {}

    /**
     * The site's own stored images ({@link StoredImage}, put in imported bodies by {@code media.BodyImages}) keep
     * their {@code srcset} and {@code sizes}, and {@code loading="lazy"}; for any other image these are dropped.
     */
    private static final class OwnImages extends Safelist {
        private static final java.util.regex.Pattern SIZES = java.util.regex.Pattern.compile("[a-z0-9(),:. -]{1,120}");

        OwnImages(Safelist base) {
            super(base);
        }

        @Override
        public boolean isSafeAttribute(String tagName, Element el, Attribute attr) {
            String src = el.attr("src");
            if (tagName.equals("img") && src.startsWith(OWN_ORIGIN) && StoredImage.parse(src.substring(OWN_ORIGIN.length())) != null) {
                String v = attr.getValue();
                switch (attr.getKey()) {
                    case "srcset": return ownSrcset(v);
                    case "sizes": return SIZES.matcher(v).matches();
                    case "loading": return v.equals("lazy");
                    default: break;
                }
            }
            return super.isSafeAttribute(tagName, el, attr);
        }

        private static boolean ownSrcset(String v) {
            for (String candidate : v.split(",")) {
                String[] part = candidate.strip().split(" ");
                if (part.length != 2 || StoredImage.parse(part[0]) == null || !part[1].matches("[0-9]{1,5}w")) return false;
            }
            return true;
        }
    }

    /** {@code lead}: the opening paragraphs' text that excerpts and descriptions are cut from ({@link Excerpts#lead}). */
    public record Clean(String html, String text, String lead) {}

    /** Sanitizes {@code html}; relative links and images are resolved against {@code baseUri}. */
    public static Clean sanitize(String html, String baseUri) {
        return sanitize(html, baseUri, null);
    }

    /** As {@link #sanitize(String, String)}, without the body's first image when it repeats the lead image ({@link LeadFigure}). */
    public static Clean sanitize(String html, String baseUri, String leadImageUrl) {
        Document dirty = Jsoup.parseBodyFragment(html == null ? "" : html, baseUri == null ? "" : baseUri);
        dirty.select(REMOVED_ELEMENTS).remove();
        // the safelist would resolve our images' paths against the source's address: they pass under a host that
        // cannot exist (RFC 2606) and get their paths back after
        for (Element img : dirty.select(OWN_IMAGES)) {
            if (StoredImage.parse(img.attr("src")) != null) img.attr("src", OWN_ORIGIN + img.attr("src"));
        }
        Document clean = new Cleaner(SAFELIST).clean(dirty);
        for (Element img : clean.select(OWN_IMAGES_PASSED)) {
            img.attr("src", img.attr("src").substring(OWN_ORIGIN.length()));
        }
        clean.outputSettings().prettyPrint(false);
        Element body = clean.body();
        LeadFigure.removeRepeat(body, leadImageUrl);
        return new Clean(body.html(), PlainText.of(body), Excerpts.lead(body));
    }
}
