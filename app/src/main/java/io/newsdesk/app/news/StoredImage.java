package io.newsdesk.app.news;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An image the site stores and serves itself (issue 13), named by its URL: {@code /media/img/ab/KEY/WxH.jpg},
 * KEY being the SHA-256 of the fetched bytes and W×H the largest rendition. The other renditions follow from
 * it ({@link #WIDTHS} below W, never upscaled), so an article keeps one URL and the pages still get the whole
 * {@code srcset} with every width's height, without a lookup. Every rendition's URL holds the content's hash:
 * it never changes content, so it is cached for a year.
 *
 * @param format {@code jpg} or {@code png} (images with transparency)
 */
public record StoredImage(String key, int width, int height, String format) {
    /** The widths served; the largest is also what Open Graph, feeds and Telegram get. */
    public static final List<Integer> WIDTHS = List.of(480, 960, 1440);
    public static final String PREFIX = "/media/img/";
    private static final Pattern URL = Pattern.compile("/media/img/([0-9a-f]{2})/([0-9a-f]{64})/([1-9][0-9]{0,4})x([1-9][0-9]{0,4})\\.(jpg|png)");

    public StoredImage {
        if (!key.matches("[0-9a-f]{64}")) throw new IllegalArgumentException("not a SHA-256 key: " + key);
        if (width < 1 || height < 1 || width > largest()) throw new IllegalArgumentException("bad size " + width + "x" + height);
        if (!format.equals("jpg") && !format.equals("png")) throw new IllegalArgumentException("bad format " + format);
    }

    public static int largest() {
        return WIDTHS.get(WIDTHS.size() - 1);
    }

    /** The stored image a URL names, or null for any other URL (a demo illustration, an outside address). */
    public static StoredImage parse(String url) {
        if (url == null) return null;
        Matcher m = URL.matcher(url);
        if (!m.matches() || !m.group(2).startsWith(m.group(1))) return null;
        int w = Integer.parseInt(m.group(3));
        if (w > largest()) return null;
        return new StoredImage(m.group(2), w, Integer.parseInt(m.group(4)), m.group(5));
    }

    /** The size of the largest rendition of a source image of {@code w}×{@code h}: at most the largest width. */
    public static StoredImage of(String key, int w, int h, String format) {
        int width = Math.min(w, largest());
        return new StoredImage(key, width, heightAt(w, h, width), format);
    }

    /** The renditions, smallest first; the last is this image's own size. */
    public List<StoredImage> renditions() {
        List<StoredImage> all = new ArrayList<>();
        for (int w : WIDTHS) if (w < width) all.add(new StoredImage(key, w, heightAt(width, height, w), format));
        all.add(this);
        return all;
    }

    /** The folder of the key's files, relative to the media folder: {@code img/ab/KEY}. */
    public String folder() {
        return folderOf(key);
    }

    public static String folderOf(String key) {
        return "img/" + key.substring(0, 2) + "/" + key;
    }

    public String fileName() {
        return width + "x" + height + "." + format;
    }

    public String url() {
        return "/media/" + folder() + "/" + fileName();
    }

    /** The {@code srcset} of all renditions. */
    public String srcset() {
        StringBuilder s = new StringBuilder();
        for (StoredImage r : renditions()) s.append(s.isEmpty() ? "" : ", ").append(r.url()).append(' ').append(r.width()).append('w');
        return s.toString();
    }

    /** The rendition a browser without {@code srcset} gets: the first at least {@code minWidth} wide, else the largest. */
    public StoredImage atLeast(int minWidth) {
        for (StoredImage r : renditions()) if (r.width() >= minWidth) return r;
        return this;
    }

    private static int heightAt(int w, int h, int width) {
        return Math.max(1, (int) Math.round((double) h * width / w));
    }
}
