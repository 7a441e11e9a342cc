package io.newsdesk.app.media;

import io.newsdesk.app.news.StoredImage;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Decoded pixels to the files served: each width of {@link StoredImage#renditions()}, scaled down (never up) in
 * halving steps so detail is averaged rather than dropped, and encoded afresh as baseline JPEG, or PNG when the
 * image has transparent pixels. Nothing of the source file is carried over: no EXIF (location, camera), no
 * XMP, no ICC profile, no comments.
 */
public final class Renditions {
    static final float JPEG_QUALITY = 0.82f;

    private Renditions() {}

    /** The image stored for {@code decoded} under {@code key}: its format follows from the pixels. */
    public static StoredImage describe(String key, ImageDecoder.Decoded decoded) {
        return StoredImage.of(key, decoded.width(), decoded.height(), transparent(decoded.pixels()) ? "png" : "jpg");
    }

    /** Each rendition's file bytes, smallest first. */
    public static Map<StoredImage, byte[]> encode(StoredImage image, BufferedImage pixels) throws ImageRefused {
        Map<StoredImage, byte[]> files = new LinkedHashMap<>();
        boolean png = image.format().equals("png");
        BufferedImage current = pixels;
        var renditions = image.renditions();
        // largest first, each made from the one before: every step halves at most
        for (int i = renditions.size() - 1; i >= 0; i--) {
            StoredImage r = renditions.get(i);
            current = scale(current, r.width(), r.height(), png);
            files.put(r, write(current, png));
        }
        Map<StoredImage, byte[]> ordered = new LinkedHashMap<>();
        for (StoredImage r : renditions) ordered.put(r, files.get(r));
        return ordered;
    }

    private static BufferedImage scale(BufferedImage src, int w, int h, boolean alpha) {
        BufferedImage current = src;
        int cw = src.getWidth();
        int ch = src.getHeight();
        do {
            // halve while more than twice too large, then the last step to the exact size
            int nw = cw / 2 >= w ? cw / 2 : w;
            int nh = cw / 2 >= w ? Math.max(h, ch / 2) : h;
            current = draw(current, nw, nh, alpha);
            cw = nw;
            ch = nh;
        } while (cw != w || ch != h);
        return current;
    }

    private static BufferedImage draw(BufferedImage src, int w, int h, boolean alpha) {
        BufferedImage out = new BufferedImage(w, h, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            if (!alpha) { // a transparent pixel of an opaque-looking source becomes white, not black
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, w, h);
            }
            g.drawImage(src, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static byte[] write(BufferedImage img, boolean png) throws ImageRefused {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(png ? "png" : "jpeg");
        if (!writers.hasNext()) throw new ImageRefused("no " + (png ? "PNG" : "JPEG") + " writer", false);
        ImageWriter writer = writers.next();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (!png) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(JPEG_QUALITY);
            }
            writer.write(null, new IIOImage(img, null, null), param); // no metadata: only what the format needs
        } catch (IOException | RuntimeException e) {
            throw new ImageRefused("could not encode the image: " + e.getMessage(), false);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** Whether any pixel is less than opaque (many PNGs carry an alpha channel they never use). */
    static boolean transparent(BufferedImage img) {
        if (!img.getColorModel().hasAlpha()) return false;
        var alpha = img.getAlphaRaster();
        if (alpha == null) return img.getColorModel().getTransparency() != java.awt.Transparency.OPAQUE; // indexed colours
        int w = img.getWidth();
        int[] row = new int[w];
        for (int y = 0; y < img.getHeight(); y++) {
            alpha.getPixels(0, y, w, 1, row);
            for (int a : row) if (a < 255) return true;
        }
        return false;
    }
}
