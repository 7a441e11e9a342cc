package io.newsdesk.app.distribute.telegram;

import io.newsdesk.app.news.SitePaths;
import io.newsdesk.app.util.Sha256;
import java.util.Locale;

/**
 * One article as a channel post: the title in bold, the clean excerpt and the link, in Telegram's HTML.
 * With a lead image it is a photo with this as its caption, otherwise a text message.
 *
 * @param photoUrl the lead image's absolute URL, or null for a text message
 * @param html the caption or message text, every dynamic part escaped
 */
record ChannelPost(String photoUrl, String html) {
    /** Telegram's limits, counted on the text after entities are parsed (what a reader sees). */
    static final int CAPTION_LIMIT = 1024;
    static final int MESSAGE_LIMIT = 4096;

    boolean isPhoto() {
        return photoUrl != null;
    }

    String kind() {
        return isPhoto() ? "photo" : "text";
    }

    /** The same post without its photo (when Telegram cannot fetch the image). */
    ChannelPost asText() {
        return new ChannelPost(null, html);
    }

    /** SHA-256 of what is posted: a different hash means the channel's message needs an edit. */
    String hash() {
        return Sha256.hex(kind() + "\n" + html);
    }

    static ChannelPost of(PostableArticle a, String siteBaseUrl) {
        String link = siteBaseUrl + SitePaths.article(a.slug());
        String photo = photoUrl(a.imageUrl(), siteBaseUrl);
        int limit = photo != null ? CAPTION_LIMIT : MESSAGE_LIMIT;
        // already clean text in the store (ArticleWriter): parsing it again would eat a title like "<b> tags"
        String title = oneLine(a.title());
        String excerpt = oneLine(a.excerpt());
        // what the reader sees is title + blank line + excerpt + blank line + link: the link is never cut,
        // the excerpt gives way first, then the title
        int room = limit - link.length() - 2;
        if (room < 1) throw new IllegalArgumentException("the article's URL alone is longer than Telegram allows");
        if (title.length() > room) {
            title = cut(title, room);
            excerpt = "";
        } else if (!excerpt.isEmpty()) {
            int left = room - title.length() - 2;
            excerpt = left < 2 ? "" : cut(excerpt, left);
        }
        StringBuilder html = new StringBuilder("<b>").append(TelegramHtml.text(title)).append("</b>");
        if (!excerpt.isEmpty()) html.append("\n\n").append(TelegramHtml.text(excerpt));
        html.append("\n\n<a href=\"").append(TelegramHtml.attribute(link)).append("\">").append(TelegramHtml.text(link)).append("</a>");
        return new ChannelPost(photo, html.toString());
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }

    /**
     * At most {@code max} UTF-16 units (Telegram counts UTF-16, so this is never more than it counts), cut at a
     * word boundary when there is one in the second half, with "…"; never splits a surrogate pair.
     */
    static String cut(String text, int max) {
        if (text.length() <= max) return text;
        int end = max - 1; // room for the ellipsis
        int space = text.lastIndexOf(' ', end);
        if (space >= max / 2) {
            end = space;
        } else if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        String head = text.substring(0, end).stripTrailing();
        while (!head.isEmpty() && ",;:.-–—(".indexOf(head.charAt(head.length() - 1)) >= 0) head = head.substring(0, head.length() - 1).stripTrailing();
        return head + "…";
    }

    /**
     * The lead image as an absolute URL Telegram can fetch, or null: site-relative paths are resolved against the
     * public base URL; SVG (the demo's drawings) is not a photo format Telegram accepts, so those posts are text.
     */
    static String photoUrl(String imageUrl, String siteBaseUrl) {
        if (imageUrl == null || imageUrl.isBlank()) return null;
        String url = imageUrl.strip();
        if (url.startsWith("//")) url = "https:" + url;
        else if (url.startsWith("/")) url = siteBaseUrl + url;
        String lower = url.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) return null;
        int q = lower.indexOf('?');
        if ((q < 0 ? lower : lower.substring(0, q)).endsWith(".svg")) return null;
        return url;
    }
}
