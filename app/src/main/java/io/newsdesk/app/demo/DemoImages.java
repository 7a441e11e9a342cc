package io.newsdesk.app.demo;

import java.util.Random;

/**
 * Lead images made by the project: a landscape of the fictional coast in SVG, drawn from a seed
 * (the article's slug), tinted by section. No photograph is copied.
 */
public final class DemoImages {
    private static final String[][] PALETTES = {
            {"#0b3d5c", "#1f6f8b", "#99d5c9", "#f2c14e"}, // world: sea
            {"#3b1f4a", "#7a3b69", "#d7a9c7", "#f6e27f"}, // politics
            {"#123524", "#3e7b27", "#a8d08d", "#f7d488"}, // economy
            {"#0f1c3f", "#2541b2", "#7fb7ff", "#e4f0ff"}, // technology
            {"#4a1c1c", "#a23e48", "#ff9f80", "#ffe5b4"}, // culture
            {"#1b3a2b", "#2f8f5b", "#9be3b0", "#fff3b0"}, // sport
    };

    private DemoImages() {}

    public static String svg(String seed, int paletteIndex) {
        Random r = new Random(seed.hashCode());
        String[] p = PALETTES[Math.floorMod(paletteIndex, PALETTES.length)];
        StringBuilder s = new StringBuilder(2048);
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1200 675\" width=\"1200\" height=\"675\">");
        s.append("<defs><linearGradient id=\"sky\" x1=\"0\" y1=\"0\" x2=\"0\" y2=\"1\">")
                .append("<stop offset=\"0\" stop-color=\"").append(p[3]).append("\"/>")
                .append("<stop offset=\"1\" stop-color=\"").append(p[2]).append("\"/></linearGradient></defs>");
        s.append("<rect width=\"1200\" height=\"675\" fill=\"url(#sky)\"/>");
        int sunX = 150 + r.nextInt(900);
        int sunY = 90 + r.nextInt(160);
        s.append("<circle cx=\"").append(sunX).append("\" cy=\"").append(sunY).append("\" r=\"").append(40 + r.nextInt(50))
                .append("\" fill=\"#fff\" fill-opacity=\"0.75\"/>");
        for (int layer = 0; layer < 3; layer++) {
            int base = 330 + layer * 110;
            s.append("<path fill=\"").append(layer == 2 ? p[0] : p[1]).append("\" fill-opacity=\"")
                    .append(layer == 0 ? "0.45" : layer == 1 ? "0.75" : "1").append("\" d=\"M0 ").append(base);
            for (int x = 0; x <= 1200; x += 150) {
                s.append(" Q").append(x + 75).append(' ').append(base - 40 - r.nextInt(120)).append(' ').append(x + 150).append(' ')
                        .append(base - r.nextInt(40));
            }
            s.append(" L1200 675 L0 675 Z\"/>");
        }
        for (int i = 0; i < 4; i++) { // sails on the water
            int x = 80 + r.nextInt(1040);
            int y = 560 + r.nextInt(70);
            s.append("<path fill=\"#fff\" fill-opacity=\"0.85\" d=\"M").append(x).append(' ').append(y).append(" l26 0 l-13 -44 z\"/>");
        }
        return s.append("</svg>").toString();
    }
}
