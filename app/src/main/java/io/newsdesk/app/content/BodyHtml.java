package io.newsdesk.app.content;

import io.newsdesk.app.news.StoredImage;
import io.newsdesk.extract.PlainText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
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
    private static final Safelist SAFELIST = new OwnImages(Safelist.relaxed()
            .addTags("figure", "figcaption", "cite", "abbr", "time", "mark", "s")
            .addAttributes("time", "datetime")
            .addProtocols("img", "src", "https", "http")
            .addEnforcedAttribute("a", "rel", "noopener"));
    /** Removed with their content before cleaning: the safelist alone would keep their text. */
    private static final String REMOVED = "script, style, noscript, template, iframe, object, embed, form, "
            + "input, button, select, textarea, svg, math, [hidden], [aria-hidden=true], ins.adsbygoogle, "
            + "[class~=(^|\\s|-|_)(ad|ads|advert|advertisement|sponsor|sponsored|promo)($|\\s|-|_)]";

    private BodyHtml() {}

    /**
     * The site's own stored images ({@link StoredImage}, put in imported bodies by {@code media.BodyImages}) keep
     * their relative {@code src} (which the safelist would resolve against the source's address), their
     * {@code srcset} and {@code sizes}, and {@code loading="lazy"}; for any other image these are dropped.
     */
    private static final class OwnImages extends Safelist {
        private static final java.util.regex.Pattern SIZES = java.util.regex.Pattern.compile("[a-z0-9(),:. -]{1,120}");

        OwnImages(Safelist base) {
            super(base);
        }

        @Override
        public boolean isSafeAttribute(String tagName, Element el, Attribute attr) {
            if (tagName.equals("img") && StoredImage.parse(el.attr("src")) != null) {
                String v = attr.getValue();
                switch (attr.getKey()) {
                    case "src": return true;
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

    public record Clean(String html, String text) {}

    /** Sanitizes {@code html}; relative links and images are resolved against {@code baseUri}. */
    public static Clean sanitize(String html, String baseUri) {
        Document dirty = Jsoup.parseBodyFragment(html == null ? "" : html, baseUri == null ? "" : baseUri);
        dirty.select(REMOVED).remove();
        Document clean = new Cleaner(SAFELIST).clean(dirty);
        clean.outputSettings().prettyPrint(false);
        Element body = clean.body();
        return new Clean(body.html(), PlainText.of(body));
    }
}
