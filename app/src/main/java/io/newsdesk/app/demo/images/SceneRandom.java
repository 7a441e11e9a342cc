package io.newsdesk.app.demo.images;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The random numbers of one illustration: a SplitMix64 sequence seeded from the article's seed text and its
 * section. Written out here rather than taken from {@link java.util.Random} so the pictures stay the same on
 * every JVM, for as long as this code does not change.
 */
final class SceneRandom {
    private long state;

    private SceneRandom(long seed) {
        this.state = seed;
    }

    static SceneRandom of(String seed, int section) {
        long h = 0xcbf29ce484222325L; // FNV-1a over the UTF-8 bytes
        for (byte b : seed.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        SceneRandom r = new SceneRandom(h ^ (section + 1L) * 0x632be59bd9b4e019L);
        r.nextLong();
        return r;
    }

    long nextLong() {
        long z = state += 0x9e3779b97f4a7c15L;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** In [0, 1). */
    double unit() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** In [lo, hi). */
    double range(double lo, double hi) {
        return lo + (hi - lo) * unit();
    }

    /** In [lo, hi], both ends included. */
    int between(int lo, int hi) {
        return lo + (int) Math.floorMod(nextLong(), (long) (hi - lo + 1));
    }

    boolean chance(double p) {
        return unit() < p;
    }

    /** Plus or minus up to {@code amount}. */
    double jitter(double amount) {
        return range(-amount, amount);
    }

    @SafeVarargs
    final <T> T pick(T... items) {
        return items[between(0, items.length - 1)];
    }

    <T> T pick(List<T> items) {
        return items.get(between(0, items.size() - 1));
    }

    /** An index drawn with the given weights. */
    int weighted(double... weights) {
        double total = 0;
        for (double w : weights) total += w;
        double x = unit() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) return i;
        }
        return weights.length - 1;
    }
}
