package io.newsdesk.app.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Fetched bytes to pixels, bounded: the format is sniffed from the bytes (never the name or Content-Type), the
 * size is read from the header and refused above {@link #maxPixels} before any pixel is decoded, and a large
 * source is decoded subsampled so that memory follows the widths served, not the source. Every decoder failure
 * (the readers throw IOException, and on hostile input also runtime exceptions) becomes an {@link ImageRefused}.
 * JPEG is read by TwelveMonkeys' reader when present (CMYK, YCCK, progressive, broken EXIF), which registers
 * itself ahead of the JDK's.
 */
public final class ImageDecoder {
    /** 40 megapixels: a 7,300 × 5,475 photograph; more is a decompression bomb or a poster. */
    public static final long DEFAULT_MAX_PIXELS = 40_000_000L;

    private final long maxPixels;

    public ImageDecoder(long maxPixels) {
        this.maxPixels = maxPixels;
    }

    /** The decoded pixels (perhaps subsampled) and the source's own size and format. */
    public record Decoded(BufferedImage pixels, int width, int height, String format) {}

    /**
     * @param targetWidth the largest width that will be made from it; the source is subsampled down to about
     *                    twice that (so the final scaling still has pixels to average)
     */
    public Decoded decode(byte[] bytes, int targetWidth) throws ImageRefused {
        String format = sniff(bytes);
        ImageReader reader = reader(format);
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true); // forward only; metadata (EXIF, XMP, comments) is never read into memory
            int w = reader.getWidth(0);
            int h = reader.getHeight(0);
            if (w < 1 || h < 1) throw new ImageRefused(format + " declares an empty size " + w + "x" + h, true);
            if ((long) w * h > maxPixels) {
                throw new ImageRefused(format + " of " + w + "x" + h + " is over the limit of " + maxPixels / 1_000_000
                        + " megapixels", true);
            }
            ImageReadParam param = reader.getDefaultReadParam();
            int step = Math.max(1, w / (2 * targetWidth));
            if (step > 1) param.setSourceSubsampling(step, step, 0, 0);
            BufferedImage pixels = reader.read(0, param);
            if (pixels == null || pixels.getWidth() < 1) throw new ImageRefused(format + " decoded to nothing", true);
            return new Decoded(pixels, w, h, format);
        } catch (ImageRefused e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ImageRefused("undecodable " + format + ": " + message(e), true);
        } catch (OutOfMemoryError e) { // the limits above should make this unreachable; if not, refuse this one image
            throw new ImageRefused(format + " needs more memory than the importer has", false);
        } finally {
            reader.dispose();
        }
    }

    /** The format the bytes begin with: {@code jpeg}, {@code png} or {@code gif}; anything else is refused by name. */
    static String sniff(byte[] b) throws ImageRefused {
        if (starts(b, 0xFF, 0xD8, 0xFF)) return "jpeg";
        if (starts(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) return "png";
        if (starts(b, 'G', 'I', 'F', '8')) return "gif";
        if (starts(b, 'R', 'I', 'F', 'F') && b.length >= 12 && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            throw new ImageRefused("WebP is not a format the site can decode", true);
        }
        int i = 0;
        while (i < b.length && i < 64 && Character.isWhitespace(b[i])) i++;
        if (i < b.length && b[i] == '<') throw new ImageRefused("not an image: markup (HTML, XML or SVG)", true);
        if (b.length == 0) throw new ImageRefused("not an image: empty body", true);
        throw new ImageRefused("not an image: unknown format starting " + hex(b), true);
    }

    private static ImageReader reader(String format) throws ImageRefused {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        if (!readers.hasNext()) throw new ImageRefused("no reader for " + format, true);
        return readers.next();
    }

    private static boolean starts(byte[] b, int... magic) {
        if (b.length < magic.length) return false;
        for (int i = 0; i < magic.length; i++) if ((b[i] & 0xFF) != magic[i]) return false;
        return true;
    }

    private static String hex(byte[] b) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < Math.min(8, b.length); i++) s.append(String.format("%02x", b[i] & 0xFF));
        return s.toString();
    }

    private static String message(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.strip().lines().findFirst().orElse(m);
    }
}
