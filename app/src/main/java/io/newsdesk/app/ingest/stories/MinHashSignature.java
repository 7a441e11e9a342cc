package io.newsdesk.app.ingest.stories;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A MinHash sketch of an article's set of word shingles: {@value #HASHES} minimum hash values whose agreement
 * rate with another sketch estimates the Jaccard similarity of the two shingle sets (standard error about
 * sqrt(J(1-J)/{@value #HASHES}), 0.027 at J = 0.25). Values and band keys depend only on the text, never on the JVM,
 * so they can be stored and compared across runs. Parameters and the measurements behind them: docs/decisions.md.
 */
public final class MinHashSignature {
    /** Shingle size in content words; 1 (word sets) separated rewrites from same-topic stories best, see docs. */
    public static final int SHINGLE_WORDS = 1;
    /** 256 rather than 128: the thresholds are low, and halving the estimate's variance made wrong calls rarer. */
    public static final int HASHES = 256;
    /**
     * LSH over the first {@value #BANDS} x {@value #ROWS} values: a pair with Jaccard s shares a band key with
     * probability 1-(1-s^2)^64, 0.996 at s = 0.29 (the least similar same-story pair of the test data), 0.66 at 0.13.
     * Only 2 rows per band because same-story Jaccard is low; more bands would add key rows but prune less.
     */
    public static final int BANDS = 64;
    public static final int ROWS = 2;

    private static final int FORMAT = 1;
    private static final long[] SEEDS = seeds();

    private final int[] mins;
    private final int shingles;
    private volatile List<String> bandKeys; // computed once: placing an article reads them twice

    private MinHashSignature(int[] mins, int shingles) {
        this.mins = mins;
        this.shingles = shingles;
    }

    /** The sketch of a text (typically title and body), with the chosen shingle size. */
    public static MinHashSignature of(String text) {
        return of(TextNormalizer.contentWords(text), SHINGLE_WORDS);
    }

    /** The sketch of a content-word sequence; other shingle sizes exist for measurement only. */
    public static MinHashSignature of(List<String> words, int shingleWords) {
        Set<String> set = shingles(words, shingleWords);
        int[] mins = new int[HASHES];
        Arrays.fill(mins, Integer.MAX_VALUE);
        for (String shingle : set) {
            long base = fnv1a(shingle);
            // branch-free, so the JIT vectorizes the 256 hash functions (twice as fast as a compare and store)
            for (int i = 0; i < HASHES; i++) {
                mins[i] = Math.min(mins[i], (int) (mix(base ^ SEEDS[i]) >>> 32));
            }
        }
        return new MinHashSignature(mins, set.size());
    }

    public static Set<String> shingles(List<String> words, int shingleWords) {
        Set<String> set = new HashSet<>();
        if (words.size() < shingleWords) {
            if (!words.isEmpty()) {
                set.add(String.join(" ", words));
            }
            return set;
        }
        if (shingleWords == 1) {
            set.addAll(words); // a one-word shingle is the word: no joining
            return set;
        }
        for (int i = 0; i + shingleWords <= words.size(); i++) {
            set.add(String.join(" ", words.subList(i, i + shingleWords)));
        }
        return set;
    }

    /** How many distinct shingles the text had; 0 for a text without words. */
    public int shingleCount() {
        return shingles;
    }

    /** Estimated Jaccard similarity of the two shingle sets; 0 when either text had none. */
    public double jaccard(MinHashSignature other) {
        if (shingles == 0 || other.shingles == 0) {
            return 0;
        }
        int equal = 0;
        for (int i = 0; i < HASHES; i++) {
            if (mins[i] == other.mins[i]) {
                equal++;
            }
        }
        return (double) equal / HASHES;
    }

    /**
     * Estimated share of the smaller set found in the larger one, from the Jaccard estimate and both set sizes:
     * |A∩B| = J(|A|+|B|)/(1+J). A short brief of a long report has a low Jaccard but a high containment.
     */
    public double containment(MinHashSignature other) {
        int smaller = Math.min(shingles, other.shingles);
        if (smaller == 0) {
            return 0;
        }
        double j = jaccard(other);
        double intersection = j * (shingles + other.shingles) / (1 + j);
        return Math.min(1.0, intersection / smaller);
    }

    /**
     * One key per band ("band:hash of its rows"); stored in an indexed column, equality on any key finds the
     * candidates worth comparing. A text without words has no keys.
     */
    public List<String> bandKeys() {
        List<String> keys = bandKeys;
        if (keys != null) return keys;
        keys = new ArrayList<>(BANDS);
        if (shingles > 0) {
            StringBuilder key = new StringBuilder(19);
            for (int band = 0; band < BANDS; band++) {
                long h = band;
                for (int row = 0; row < ROWS; row++) {
                    h = mix(h * 31 + mins[band * ROWS + row]);
                }
                // "%02d:%016x", without String.format's parsing of the pattern for each of the 64 keys
                key.setLength(0);
                if (band < 10) key.append('0');
                key.append(band).append(':');
                String hex = Long.toHexString(h);
                for (int i = hex.length(); i < 16; i++) key.append('0');
                keys.add(key.append(hex).toString());
            }
        }
        return bandKeys = List.copyOf(keys);
    }

    /** Compact storage form: URL-safe base64 of a format byte, the shingle count and the values (about 1,370 chars). */
    public String encode() {
        ByteBuffer buf = ByteBuffer.allocate(1 + 4 + 4 * HASHES);
        buf.put((byte) FORMAT).putInt(shingles);
        for (int v : mins) {
            buf.putInt(v);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(buf.array());
    }

    /** @throws IllegalArgumentException when the text is not a signature of this format */
    public static MinHashSignature decode(String encoded) {
        byte[] bytes = Base64.getUrlDecoder().decode(encoded);
        if (bytes.length != 1 + 4 + 4 * HASHES || bytes[0] != FORMAT) {
            throw new IllegalArgumentException("not a MinHash signature of format " + FORMAT);
        }
        ByteBuffer buf = ByteBuffer.wrap(bytes, 1, bytes.length - 1);
        int shingles = buf.getInt();
        int[] mins = new int[HASHES];
        for (int i = 0; i < HASHES; i++) {
            mins[i] = buf.getInt();
        }
        return new MinHashSignature(mins, shingles);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MinHashSignature s && s.shingles == shingles && Arrays.equals(s.mins, mins);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(mins);
    }

    /** FNV-1a over UTF-8: a fixed, documented string hash (String.hashCode is only 32 bits). */
    private static long fnv1a(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** The MurmurHash3 64-bit finalizer: spreads every input bit over the whole value. */
    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    /** One seed per hash function from a SplitMix64 sequence with a fixed start: the same on every machine. */
    private static long[] seeds() {
        long[] seeds = new long[HASHES];
        long state = 0x4e657773646b3031L; // "Newsdk01"
        for (int i = 0; i < HASHES; i++) {
            state += 0x9e3779b97f4a7c15L;
            long z = state;
            z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
            z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
            seeds[i] = z ^ (z >>> 31);
        }
        return seeds;
    }
}
