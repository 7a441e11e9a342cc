package io.newsdesk.app.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsdesk.app.news.StoredImage;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Decoding bounded and re-encoding clean: real JPEG and PNG bytes made here, hostile ones among them. */
class ImageDecoderTest {
    private final ImageDecoder decoder = new ImageDecoder(ImageDecoder.DEFAULT_MAX_PIXELS);

    @Test
    void progressiveAndCmykJpegsAreDecodedWithTheirColours() throws Exception {
        ImageDecoder.Decoded progressive = decoder.decode(TestImages.jpeg(800, 450, true), 1440);
        assertThat(progressive.width()).isEqualTo(800);
        assertThat(progressive.format()).isEqualTo("jpeg");
        assertThat(red(progressive.pixels(), 400, 225)).isTrue();

        byte[] cmyk = TestImages.cmykJpeg(640, 360);
        ImageDecoder.Decoded decoded = decoder.decode(cmyk, 1440);
        assertThat(decoded.width()).isEqualTo(640);
        assertThat(red(decoded.pixels(), 320, 180)).as("CMYK magenta + yellow is red").isTrue();
    }

    @Test
    void aHugeDeclaredSizeIsRefusedFromTheHeaderWithoutDecoding() {
        long before = System.nanoTime();
        assertThatThrownBy(() -> decoder.decode(TestImages.pngBomb(100_000, 100_000), 1440))
                .isInstanceOf(ImageRefused.class).hasMessageContaining("100000x100000").hasMessageContaining("40 megapixels");
        assertThat((System.nanoTime() - before) / 1_000_000).as("ms, no pixel decoded").isLessThan(2_000);
    }

    @Test
    void whatIsNotAnImageIsRefusedByItsBytesWhateverItClaims() {
        assertThatThrownBy(() -> decoder.decode("<html><body>Not found</body></html>".getBytes(StandardCharsets.UTF_8), 1440))
                .isInstanceOf(ImageRefused.class).hasMessageContaining("markup");
        assertThatThrownBy(() -> decoder.decode("<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes(StandardCharsets.UTF_8), 1440))
                .isInstanceOf(ImageRefused.class).hasMessageContaining("markup");
        assertThatThrownBy(() -> decoder.decode(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x01, 0x02, 0x03}, 1440))
                .isInstanceOf(ImageRefused.class).hasMessageContaining("undecodable jpeg");
        assertThatThrownBy(() -> decoder.decode("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.US_ASCII), 1440))
                .isInstanceOf(ImageRefused.class).hasMessageContaining("WebP");
        assertThatThrownBy(() -> decoder.decode(new byte[0], 1440)).isInstanceOf(ImageRefused.class).hasMessageContaining("empty");
    }

    @Test
    void aLargeSourceIsDecodedSubsampledButKeepsItsOwnSize() throws Exception {
        ImageDecoder.Decoded d = decoder.decode(TestImages.jpeg(6000, 3000, false), 1440);
        assertThat(d.width()).isEqualTo(6000);
        assertThat(d.pixels().getWidth()).isBetween(2880, 3000);
    }

    @Test
    void renditionsAreTheServedWidthsBelowTheSourceNeverUpscaledAndCarryNoMetadata() throws Exception {
        byte[] source = TestImages.jpegWithComment(2000, 1000, "GPS 51.5N 0.1W taken by Jan Roe");
        ImageDecoder.Decoded d = decoder.decode(source, StoredImage.largest());
        StoredImage image = Renditions.describe("ab".repeat(32), d);
        Map<StoredImage, byte[]> files = Renditions.encode(image, d.pixels());
        List<String> sizes = new ArrayList<>();
        for (var e : files.entrySet()) {
            BufferedImage read = ImageIO.read(new ByteArrayInputStream(e.getValue()));
            assertThat(read.getWidth()).isEqualTo(e.getKey().width());
            assertThat(read.getHeight()).isEqualTo(e.getKey().height());
            assertThat(new String(e.getValue(), StandardCharsets.ISO_8859_1)).doesNotContain("GPS").doesNotContain("Jan Roe");
            sizes.add(e.getKey().fileName());
        }
        assertThat(sizes).containsExactly("480x240.jpg", "960x480.jpg", "1440x720.jpg");

        ImageDecoder.Decoded small = decoder.decode(TestImages.jpeg(300, 200, false), StoredImage.largest());
        assertThat(Renditions.describe("cd".repeat(32), small).renditions()).extracting(StoredImage::fileName).containsExactly("300x200.jpg");
    }

    @Test
    void transparencyIsKeptAsPngAndAnOpaquePngBecomesJpeg() throws Exception {
        ImageDecoder.Decoded alpha = decoder.decode(TestImages.png(600, 400, true), 1440);
        assertThat(Renditions.describe("ef".repeat(32), alpha).format()).isEqualTo("png");
        ImageDecoder.Decoded opaque = decoder.decode(TestImages.png(600, 400, false), 1440);
        assertThat(Renditions.describe("ef".repeat(32), opaque).format()).isEqualTo("jpg");
    }

    private static boolean red(BufferedImage img, int x, int y) {
        int rgb = img.getRGB(x, y);
        int r = (rgb >> 16) & 0xFF, g = (rgb >> 8) & 0xFF, b = rgb & 0xFF;
        return r > 180 && g < 90 && b < 90;
    }
}
