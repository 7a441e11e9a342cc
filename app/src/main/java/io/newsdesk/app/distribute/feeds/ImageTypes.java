package io.newsdesk.app.distribute.feeds;

import java.util.Locale;

/** The media type of a lead image, from its file name: enclosures must say what they are. */
final class ImageTypes {
    private ImageTypes() {}

    static String of(String url) {
        String path = url.toLowerCase(Locale.ROOT);
        int end = path.length();
        for (char c : new char[] {'?', '#'}) {
            int i = path.indexOf(c);
            if (i >= 0 && i < end) end = i;
        }
        path = path.substring(0, end);
        if (path.endsWith(".png")) return "image/png";
        if (path.endsWith(".gif")) return "image/gif";
        if (path.endsWith(".webp")) return "image/webp";
        if (path.endsWith(".avif")) return "image/avif";
        if (path.endsWith(".svg")) return "image/svg+xml";
        return "image/jpeg"; // .jpg, .jpeg and the extension-less URLs of most image services
    }
}
