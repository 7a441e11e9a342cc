package io.newsdesk.app.media;

import io.newsdesk.app.news.StoredImage;
import io.newsdesk.app.util.Sha256;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A picture an editor uploads, made into a stored image like an imported one (the same {@link ImageDecoder},
 * {@link Renditions} and {@link MediaFolder}), after checks of its own. Only the bytes count (never a file name,
 * extension or declared type); refused, each with a reason the editor reads:
 * <ul>
 * <li>anything not JPEG, PNG or GIF by its first bytes: SVG (it can carry script, and is never re-encoded), HTML, WebP, text;</li>
 * <li>a file with bytes after the end of its image ({@link ImageEnd}): a polyglot (a GIF that is also a script, a JPEG
 * with a page appended) or a motion photo; nobody needs them, and a file made to be two things is refused rather than
 * silently cut;</li>
 * <li>markup or script anywhere in it ({@code <script}, {@code <svg}, {@code <html}, {@code <iframe}, {@code <?php},
 * {@code javascript:}), e.g. hidden in a JPEG comment;</li>
 * <li>a declared size over the pixel limit (read from the header, before any pixel is decoded).</li>
 * </ul>
 * What is served is always the re-encoded renditions, never the uploaded bytes, so anything these checks missed is
 * dropped anyway.
 */
public final class ImageUploads {
    private static final List<String> MARKUP = List.of("<script", "<svg", "<html", "<body", "<iframe", "<object", "<embed",
            "<?php", "<!doctype", "javascript:");

    private final MediaFolder folder;
    private final ImageDecoder decoder;

    public ImageUploads(MediaFolder folder, long maxPixels) {
        this.folder = folder;
        this.decoder = new ImageDecoder(maxPixels);
    }

    /** The stored image made from the uploaded bytes. */
    public StoredImage store(byte[] bytes) throws ImageRefused {
        String format = format(bytes);
        int end = ImageEnd.of(bytes, format);
        if (end < 0) throw new ImageRefused("the " + label(format) + " file is cut short or broken", true);
        if (end < bytes.length) {
            throw new ImageRefused("the file has " + (bytes.length - end) + " bytes after the end of its " + label(format)
                    + " image (a file made to be read as two things, or a phone's motion photo); save it again as a plain picture", true);
        }
        Optional<String> markup = markup(bytes);
        if (markup.isPresent()) {
            throw new ImageRefused("the file carries markup or script (" + markup.get() + ") inside the " + label(format) + " data", true);
        }
        String key = Sha256.shortHex(32, bytes);
        Optional<StoredImage> same = folder.find(key);
        if (same.isPresent()) return same.get();
        try {
            return ImageImporter.decodeAndStore(decoder, folder, key, bytes);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImageRefused("interrupted", false);
        }
    }

    private static String format(byte[] bytes) throws ImageRefused {
        try {
            return ImageDecoder.sniff(bytes);
        } catch (ImageRefused e) {
            if (e.getMessage().contains("markup")) {
                throw new ImageRefused("SVG, HTML and other markup are not accepted as a picture (an SVG can carry script); "
                        + "upload a JPEG, PNG or GIF", true);
            }
            throw new ImageRefused(e.getMessage() + "; upload a JPEG, PNG or GIF", true);
        }
    }

    /** The first markup or script marker in the bytes, read as ASCII without case. */
    static Optional<String> markup(byte[] bytes) {
        String ascii = new String(bytes, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        return MARKUP.stream().filter(ascii::contains).findFirst();
    }

    private static String label(String format) {
        return format.toUpperCase(Locale.ROOT);
    }
}
