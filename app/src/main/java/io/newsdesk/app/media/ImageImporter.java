package io.newsdesk.app.media;

import io.newsdesk.app.fetch.FetchRequest;
import io.newsdesk.app.fetch.FetchResult;
import io.newsdesk.app.fetch.Fetcher;
import io.newsdesk.app.news.StoredImage;
import io.newsdesk.app.util.Sha256;
import java.net.URI;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import org.jdbi.v3.core.Jdbi;

/**
 * An image address on an imported page or feed, made into an image of the site's own: fetched through the
 * importer's {@link Fetcher} (address policy, robots.txt, {@link Limits#maxBytes}), sniffed and decoded within
 * {@link Limits#maxPixels} ({@link ImageDecoder}), re-encoded in the served widths ({@link Renditions}) and stored
 * by content ({@link MediaFolder}). What became of each address is kept ({@link ImageSources}): a stored image
 * or a permanent refusal is not fetched again; a passing failure (timeout, 5xx) is tried again next time.
 */
public final class ImageImporter {
    /**
     * @param maxBytes  largest image file fetched (the fetcher stops reading beyond it)
     * @param maxPixels largest declared size decoded, width times height
     */
    public record Limits(long maxBytes, long maxPixels) {
        public static final Limits DEFAULTS = new Limits(15L * 1024 * 1024, ImageDecoder.DEFAULT_MAX_PIXELS);
    }

    /** What became of one address. */
    public sealed interface Outcome permits Stored, Refused {}

    public record Stored(StoredImage image) implements Outcome {}

    public record Refused(String sourceUrl, String reason) implements Outcome {}

    /** Decoding holds a whole (subsampled) image in memory: one at a time, so workers cannot add up to a heap. */
    static final Semaphore DECODING = new Semaphore(1);

    private final Fetcher fetcher;
    private final MediaFolder folder;
    private final ImageSources sources;
    private final ImageDecoder decoder;
    private final Limits limits;
    private final Clock clock;

    public ImageImporter(Jdbi jdbi, Fetcher fetcher, MediaFolder folder, Limits limits, Clock clock) {
        this.fetcher = fetcher;
        this.folder = folder;
        this.sources = new ImageSources(jdbi);
        this.decoder = new ImageDecoder(limits.maxPixels());
        this.limits = limits;
        this.clock = clock;
    }

    public Outcome importImage(String url) {
        if (!httpAddress(url)) return new Refused(url, "not an http(s) address");
        Optional<ImageSources.Known> known = sources.find(url);
        if (known.isPresent()) {
            ImageSources.Known k = known.get();
            StoredImage before = StoredImage.parse(k.imageUrl());
            if (before != null && folder.complete(before)) return new Stored(before);
            if (before == null && k.permanent()) return new Refused(url, k.reason());
        }
        FetchResult r = fetcher.fetch(FetchRequest.image(url), limits.maxBytes());
        if (!r.ok()) {
            return refuse(url, "fetch failed: " + r.failure() + ": " + r.message(), r.failure().permanent(r.status()), 0);
        }
        byte[] bytes = r.body();
        String key = Sha256.shortHex(32, bytes); // all 32 bytes: the key names the content
        Optional<StoredImage> same = folder.find(key); // the same bytes under another address
        if (same.isPresent()) {
            sources.stored(url, same.get().url(), bytes.length, clock.millis());
            return new Stored(same.get());
        }
        try {
            StoredImage image = decodeAndStore(decoder, folder, key, bytes);
            sources.stored(url, image.url(), bytes.length, clock.millis());
            return new Stored(image);
        } catch (ImageRefused e) {
            return refuse(url, e.getMessage(), e.permanent(), bytes.length);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Refused(url, "interrupted");
        }
    }

    /** Decodes {@code bytes} (one decoding at a time per permit of {@link #DECODING}) and writes their renditions. */
    static StoredImage decodeAndStore(ImageDecoder decoder, MediaFolder folder, String key, byte[] bytes)
            throws ImageRefused, InterruptedException {
        DECODING.acquire();
        try {
            ImageDecoder.Decoded decoded = decoder.decode(bytes, StoredImage.largest());
            StoredImage image = Renditions.describe(key, decoded);
            folder.write(Renditions.encode(image, decoded.pixels()));
            return image;
        } finally {
            DECODING.release();
        }
    }

    private Refused refuse(String url, String reason, boolean permanent, long bytes) {
        sources.refused(url, reason, permanent, bytes, clock.millis());
        return new Refused(url, reason);
    }

    static boolean httpAddress(String url) {
        if (url == null || url.isBlank()) return false;
        try {
            URI u = new URI(url.strip());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && u.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
