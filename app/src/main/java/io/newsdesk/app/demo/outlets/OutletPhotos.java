package io.newsdesk.app.demo.outlets;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * The outlets' lead photographs: JPEGs drawn with Java2D from a seed (a landscape under a sky of the section's
 * hue, at a time of day the seed picks), so the importer meets raster images like a real outlet's (the site's
 * own demo illustrations are SVG, which the importer refuses). Made once per story and kept.
 */
final class OutletPhotos {
    static final int WIDTH = 1600;
    static final int HEIGHT = 900;
    private static final Map<String, byte[]> MADE = new ConcurrentHashMap<>();

    private OutletPhotos() {}

    /** @param hue the section's hue in [0, 1) */
    static byte[] jpeg(String seed, float hue) {
        return MADE.computeIfAbsent(seed + "|" + hue, k -> encode(draw(seed, hue)));
    }

    static BufferedImage draw(String seed, float hue) {
        SplittableRandom rnd = new SplittableRandom(seed.hashCode() * 0x9E3779B97F4A7C15L);
        BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            float light = 0.55f + 0.4f * (float) rnd.nextDouble(); // dusk to noon
            g.setPaint(new GradientPaint(0, 0, Color.getHSBColor(hue, 0.55f, light), 0, HEIGHT * 0.7f,
                    Color.getHSBColor((hue + 0.08f) % 1f, 0.25f, Math.min(1f, light + 0.25f))));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            double sunX = WIDTH * (0.15 + 0.7 * rnd.nextDouble());
            double sunY = HEIGHT * (0.12 + 0.3 * rnd.nextDouble());
            double r = 50 + 40 * rnd.nextDouble();
            g.setColor(new Color(255, 244, 214, 230));
            g.fill(new Ellipse2D.Double(sunX - r, sunY - r, 2 * r, 2 * r));
            for (int layer = 0; layer < 4; layer++) { // far hills pale, near ones dark
                double base = HEIGHT * (0.45 + 0.13 * layer);
                Path2D hills = new Path2D.Double();
                hills.moveTo(0, HEIGHT);
                double y = base - 60 * rnd.nextDouble();
                for (int x = 0; x <= WIDTH; x += 40) {
                    y = Math.max(HEIGHT * 0.25, Math.min(HEIGHT - 20, y + (rnd.nextDouble() - 0.5) * 70));
                    hills.lineTo(x, y);
                }
                hills.lineTo(WIDTH, HEIGHT);
                hills.closePath();
                g.setColor(Color.getHSBColor((hue + 0.3f + 0.05f * layer) % 1f, 0.35f + 0.1f * layer, 0.75f - 0.16f * layer));
                g.fill(hills);
            }
            for (int i = 0, n = 3 + rnd.nextInt(6); i < n; i++) { // a few houses in the foreground
                int w = 40 + rnd.nextInt(60);
                int h = 30 + rnd.nextInt(50);
                int x = rnd.nextInt(WIDTH - w);
                int top = HEIGHT - 60 - h - rnd.nextInt(40);
                g.setColor(Color.getHSBColor(rnd.nextFloat(), 0.3f, 0.85f));
                g.fillRect(x, top, w, h);
                g.setColor(Color.getHSBColor(hue, 0.6f, 0.35f));
                g.fillPolygon(new int[] {x - 6, x + w / 2, x + w + 6}, new int[] {top, top - h / 2, top}, 3);
            }
        } finally {
            g.dispose();
        }
        return img;
    }

    private static byte[] encode(BufferedImage img) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam p = writer.getDefaultWriteParam();
            p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionQuality(0.85f);
            writer.write(null, new IIOImage(img, null, null), p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
