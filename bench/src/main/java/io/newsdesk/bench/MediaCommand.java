package io.newsdesk.bench;

import io.newsdesk.app.media.ImageDecoder;
import io.newsdesk.app.media.ImageRefused;
import io.newsdesk.app.media.Renditions;
import io.newsdesk.app.news.StoredImage;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "media", mixinStandardHelpOptions = true,
        description = {"Imported images (issue 13): time to decode a camera-sized JPEG and make the served widths",
                "(480/960/1440, re-encoded), median of several runs on one thread, and the heap's peak while doing it.",
                "The JPEGs are drawn here (gradients and noise, so they compress like photographs)."})
final class MediaCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--runs", description = "Measured runs per size (default: ${DEFAULT-VALUE}).")
    int runs = 7;

    @Option(names = "--sizes", split = ",", paramLabel = "WxH", description = "Source sizes (default: ${DEFAULT-VALUE}).")
    List<String> sizes = List.of("1600x900", "4000x3000", "7300x5475");

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        o.printf("Media: JDK %s, %d processors, max heap %d MB%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        ImageDecoder decoder = new ImageDecoder(ImageDecoder.DEFAULT_MAX_PIXELS);
        for (String wxh : sizes) {
            int[] size = Arrays.stream(wxh.split("x")).mapToInt(Integer::parseInt).toArray();
            byte[] jpeg = photo(size[0], size[1]); // drawn in this JVM: a 40-megapixel source needs 160 MB here itself
            for (int i = 0; i < 2; i++) process(decoder, jpeg); // warm-up
            long[] ms = new long[runs];
            System.gc();
            resetPeaks();
            long before = heapUsed();
            long out = 0;
            for (int i = 0; i < runs; i++) {
                long t = System.nanoTime();
                out = process(decoder, jpeg);
                ms[i] = (System.nanoTime() - t) / 1_000_000;
            }
            Arrays.sort(ms);
            o.printf("%d x %d JPEG (%d KB): median %d ms (min %d, max %d) to %d KB of renditions; heap peak %d MB (%d MB before)%n",
                    size[0], size[1], jpeg.length >> 10, ms[runs / 2], ms[0], ms[runs - 1], out >> 10, heapPeak() >> 20, before >> 20);
        }
        return 0;
    }

    private static long process(ImageDecoder decoder, byte[] jpeg) throws ImageRefused {
        ImageDecoder.Decoded d = decoder.decode(jpeg, StoredImage.largest());
        StoredImage image = Renditions.describe("0".repeat(64), d);
        Map<StoredImage, byte[]> files = Renditions.encode(image, d.pixels());
        return files.values().stream().mapToLong(b -> b.length).sum();
    }

    private static byte[] photo(int w, int h) throws IOException {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(40, 90, 160), w, h, new Color(230, 200, 120)));
        g.fillRect(0, 0, w, h);
        g.dispose();
        SplittableRandom rnd = new SplittableRandom(13);
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) {
            int rgb = img.getRGB(x, y);
            int n = rnd.nextInt(-24, 25);
            int r = clamp(((rgb >> 16) & 0xFF) + n), gr = clamp(((rgb >> 8) & 0xFF) + n), b = clamp((rgb & 0xFF) + n);
            img.setRGB(x, y, (r << 16) | (gr << 8) | b);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(img, "jpeg", bytes);
        return bytes.toByteArray();
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) if (p.getType() == MemoryType.HEAP) p.resetPeakUsage();
    }

    private static long heapPeak() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
