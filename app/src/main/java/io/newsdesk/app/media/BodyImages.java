package io.newsdesk.app.media;

import io.newsdesk.app.content.LeadFigure;
import io.newsdesk.app.news.StoredImage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The images inside an imported body, made the site's own: each {@code <img>} gets the stored image's URL,
 * {@code srcset}, {@code sizes}, width and height; one that is refused is removed (with a figure left
 * without a picture), so the page never shows a broken box. The sanitizer keeps these attributes only when
 * they name the site's stored images ({@code content.BodyHtml}).
 */
public final class BodyImages {
    /** The body column is at most 700 px wide ({@code .body} in site.css). */
    public static final String SIZES = "(min-width: 760px) 700px, 100vw";
    /** Images beyond these in one body are dropped: an article is not a gallery, and a job's time is bounded. */
    static final int MAX_IMAGES = 8;

    private BodyImages() {}

    /** The body with its images stored, and the reasons of those refused. */
    public record Result(String html, int stored, List<ImageImporter.Refused> refused) {}

    /**
     * @param leadUrl  the lead image's address at the source: the body's opening copies of it are dropped first
     *                 ({@link LeadFigure}), judged on the source's addresses, since stored copies of other sizes
     *                 would get other addresses of our own
     * @param importer an image address to what became of it ({@link ImageImporter#importImage})
     */
    public static Result localize(String html, String baseUri, String leadUrl, Function<String, ImageImporter.Outcome> importer) {
        if (html == null || !html.contains("<img")) return new Result(html, 0, List.of());
        Document doc = Jsoup.parseBodyFragment(html, baseUri == null ? "" : baseUri);
        doc.outputSettings().prettyPrint(false);
        LeadFigure.removeRepeat(doc.body(), leadUrl);
        List<ImageImporter.Refused> refused = new ArrayList<>();
        int kept = 0;
        for (Element img : doc.select("img")) {
            String src = img.absUrl("src");
            ImageImporter.Outcome o = kept < MAX_IMAGES ? importer.apply(src)
                    : new ImageImporter.Refused(src, "more than " + MAX_IMAGES + " images in the body");
            if (o instanceof ImageImporter.Stored s) {
                kept++;
                show(img, s.image());
            } else {
                refused.add((ImageImporter.Refused) o);
                remove(img);
            }
        }
        return new Result(doc.body().html(), kept, refused);
    }

    private static void show(Element img, StoredImage image) {
        String alt = img.attr("alt");
        String title = img.attr("title");
        img.clearAttributes();
        img.attr("src", image.atLeast(960).url()).attr("srcset", image.srcset()).attr("sizes", SIZES)
                .attr("width", String.valueOf(image.width())).attr("height", String.valueOf(image.height()))
                .attr("alt", alt).attr("loading", "lazy");
        if (!title.isEmpty()) img.attr("title", title);
    }

    /** Removes the image, and the figure or picture it was the only image of (its caption means nothing alone). */
    private static void remove(Element img) {
        Element figure = img.closest("figure, picture");
        img.remove();
        while (figure != null && figure.select("img").isEmpty()) {
            Element outer = figure.parent() == null ? null : figure.parent().closest("figure");
            figure.remove();
            figure = outer;
        }
    }
}
