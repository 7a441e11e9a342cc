package io.newsdesk.app.demo;

import io.newsdesk.app.demo.images.Illustrations;

/**
 * Lead images made by the project: flat SVG illustrations drawn from a seed (the article's title), with a motif
 * for each section of the demo and a composition, palette and time of day chosen by the seed. No photograph or
 * drawing is copied. See {@link Illustrations}.
 */
public final class DemoImages {
    private DemoImages() {}

    /**
     * @param seed         decides the picture; the same seed and section always give the same SVG
     * @param sectionIndex the section's position in the demo's site.json (world, politics, economy, technology,
     *                     culture, sport); other values wrap around
     */
    public static String svg(String seed, int sectionIndex) {
        return Illustrations.svg(seed, sectionIndex);
    }
}
