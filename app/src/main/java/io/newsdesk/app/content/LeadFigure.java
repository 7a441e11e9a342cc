package io.newsdesk.app.content;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The lead image is shown above the body, so a body that opens with the same picture would show it twice.
 * The body's first image is that picture when its address is the lead's (scheme, case of the host, query and
 * fragment aside) or its file is (the same name once a resized copy's size mark, "-1200x675" or "@2x", is
 * taken off): then it is removed with its figure, caption and credit.
 */
public final class LeadFigure {
    private static final Pattern SIZE_MARK = Pattern.compile("(?:[-_]\\d{2,5}x\\d{2,5}|@\\dx|[-_](?:scaled|large|medium|small|thumb))$");
    /** Wrappers left empty when their only content, the image, goes. */
    private static final String WRAPPERS = "a, p, div, picture, span, figure";

    private LeadFigure() {}

    /**
     * Removes the body's opening copies of the lead picture: its first image while that is {@code leadUrl} (a page
     * may carry the lead figure into the body and repeat the picture under it); returns whether it removed any.
     */
    public static boolean removeRepeat(Element body, String leadUrl) {
        if (leadUrl == null || leadUrl.isBlank()) return false;
        boolean removed = false;
        for (Element img = body.selectFirst("img"); img != null && same(img.attr("src"), leadUrl); img = body.selectFirst("img")) {
            removeWithWrappers(body, img);
            removed = true;
        }
        return removed;
    }

    private static void removeWithWrappers(Element body, Element img) {
        Element figure = img.closest("figure");
        if (figure != null && figure != body) {
            figure.remove();
            return;
        }
        Element parent = img.parent();
        img.remove();
        while (parent != null && parent != body && parent.is(WRAPPERS) && parent.text().isBlank() && parent.select("img, video").isEmpty()) {
            Element up = parent.parent();
            parent.remove();
            parent = up;
        }
    }

    /** Whether two image addresses name the same picture. */
    static boolean same(String a, String b) {
        if (a == null || a.isBlank()) return false;
        String[] x = parts(a), y = parts(b);
        if (x == null || y == null) return a.strip().equals(b.strip());
        if (x[0].equals(y[0]) && x[1].equals(y[1])) return true;
        return !x[2].isEmpty() && x[2].equals(y[2]);
    }

    /** Host, path and file stem (without extension and size mark) of an address; null when it does not parse. */
    private static String[] parts(String url) {
        try {
            URI u = URI.create(url.strip());
            String host = u.getHost() == null ? "" : u.getHost().toLowerCase(Locale.ROOT);
            String path = u.getPath() == null ? "" : u.getPath();
            String file = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
            int dot = file.lastIndexOf('.');
            String stem = SIZE_MARK.matcher(dot > 0 ? file.substring(0, dot) : file).replaceFirst("");
            return new String[] {host, path, stem};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
