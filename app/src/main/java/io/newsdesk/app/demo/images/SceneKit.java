package io.newsdesk.app.demo.images;

import io.newsdesk.app.demo.images.SvgCanvas.Path;

/** Pieces the section scenes share: the light of the hour, skies, clouds, organic shapes, people, trees. */
final class SceneKit {
    private SceneKit() {}

    /** The time of day of an outdoor scene: its sky, and how it colours whatever stands under it. */
    enum Daylight {
        DAWN(Rgb.hsl(228, 26, 64), Rgb.hsl(20, 58, 84), Rgb.hsl(15, 60, 75), 0.14, 0.94),
        DAY(Rgb.hsl(203, 42, 70), Rgb.hsl(198, 40, 88), Rgb.WHITE, 0, 1),
        DUSK(Rgb.hsl(255, 22, 36), Rgb.hsl(24, 58, 66), Rgb.hsl(20, 55, 55), 0.2, 0.8),
        NIGHT(Rgb.hsl(226, 38, 12), Rgb.hsl(222, 30, 26), Rgb.hsl(225, 40, 18), 0.5, 0.72);

        final Rgb skyTop;
        final Rgb skyBottom;
        private final Rgb tint;
        private final double tintAmount;
        private final double brightness;

        Daylight(Rgb skyTop, Rgb skyBottom, Rgb tint, double tintAmount, double brightness) {
            this.skyTop = skyTop;
            this.skyBottom = skyBottom;
            this.tint = tint;
            this.tintAmount = tintAmount;
            this.brightness = brightness;
        }

        /** A colour as seen in this light. */
        Rgb light(Rgb c) {
            return c.mix(tint, tintAmount).darker(1 - brightness);
        }

        /** A colour under lamps and floodlights: after dark, brighter than {@link #light} would make it. */
        Rgb floodlit(Rgb c) {
            return switch (this) {
                case NIGHT -> c.mix(light(c), 0.55);
                case DUSK -> c.mix(light(c), 0.7);
                default -> light(c);
            };
        }

        boolean dark() {
            return this == NIGHT;
        }

        /** Warm light from windows and lamps, which only shows after sunset. */
        boolean lampsOn() {
            return this == NIGHT || this == DUSK;
        }
    }

    static Daylight daylight(SceneRandom r) {
        return Daylight.values()[r.weighted(0.2, 0.38, 0.26, 0.16)];
    }

    static final Rgb LAMP = Rgb.hsl(42, 80, 72);

    /** Sky down to {@code horizon}: gradient, sun or moon and stars, clouds. */
    static void sky(SvgCanvas c, SceneRandom r, Daylight d, double horizon) {
        double shift = r.jitter(8);
        Rgb top = d.skyTop.mix(Rgb.hsl(200 + shift * 4, 30, 50), 0.08);
        String id = c.verticalGradient(top, d.skyBottom);
        c.rect(0, 0, SvgCanvas.W, horizon + 2).fill(SvgCanvas.url(id)).end();
        double sx = r.range(140, 1060);
        switch (d) {
            case DAY -> c.circle(sx, r.range(80, 170), r.range(34, 50)).fill(Rgb.hsl(45, 90, 94)).opacity(0.9).end();
            case DAWN, DUSK -> {
                double sy = horizon - r.range(50, 140);
                double sr = r.range(46, 70);
                Rgb sun = d == Daylight.DAWN ? Rgb.hsl(30, 85, 88) : Rgb.hsl(24, 75, 70);
                c.circle(sx, sy, sr * 1.9).fill(sun).opacity(0.22).end();
                c.circle(sx, sy, sr).fill(sun).end();
            }
            case NIGHT -> {
                Path stars = new Path();
                int n = r.between(22, 40);
                for (int i = 0; i < n; i++) stars.dot(r.range(10, 1190), r.range(10, horizon * 0.75));
                c.path(stars).stroke(Rgb.WHITE, 3).round().opacity(0.6).end();
                double mx = sx;
                double my = r.range(80, 160);
                double mr = r.range(26, 36);
                c.circle(mx, my, mr).fill(Rgb.hsl(50, 40, 90)).end();
                if (r.chance(0.6)) c.circle(mx + mr * 0.45, my - mr * 0.25, mr * 0.9).fill(top).end(); // crescent
            }
        }
        if (d != Daylight.NIGHT && r.chance(0.75)) {
            Rgb cloud = d == Daylight.DAY ? Rgb.WHITE : d.skyBottom.lighter(0.35);
            int n = r.between(1, 3);
            for (int i = 0; i < n; i++) {
                cloud(c, r, r.range(-60, 1080), r.range(90, Math.max(120, horizon * 0.5)), r.range(140, 260), cloud,
                        r.range(0.45, 0.75));
            }
        }
    }

    /** A flat-bottomed cloud of a few bumps, from x to x + width along y. */
    static void cloud(SvgCanvas c, SceneRandom r, double x, double y, double width, Rgb colour, double opacity) {
        Path p = new Path().m(x, y);
        int bumps = r.between(3, 4);
        double at = x;
        double[] w = new double[bumps];
        double sum = 0;
        for (int i = 0; i < bumps; i++) {
            w[i] = (i == 1 || i == 2 ? 1.6 : 1) * r.range(0.8, 1.2);
            sum += w[i];
        }
        for (int i = 0; i < bumps; i++) {
            double bw = width * w[i] / sum;
            double ry = bw * (i == 0 || i == bumps - 1 ? 0.42 : 0.62);
            p.arc(bw / 2, ry, 0, false, true, at + bw, y);
            at += bw;
        }
        c.path(p.z()).fill(colour).opacity(opacity).end();
    }

    /** A smooth closed shape through {@code n} points around a centre. */
    static Path blob(SceneRandom r, double cx, double cy, double rx, double ry, int n, double jitter) {
        double[] xs = new double[n];
        double[] ys = new double[n];
        double phase = r.range(0, Math.PI * 2);
        for (int i = 0; i < n; i++) {
            double a = phase + Math.PI * 2 * (i + r.jitter(0.25)) / n;
            double k = 1 + r.jitter(jitter);
            xs[i] = cx + Math.cos(a) * rx * k;
            ys[i] = cy + Math.sin(a) * ry * k;
        }
        return smoothClosed(xs, ys);
    }

    /** A closed curve through the points (Catmull-Rom turned into cubic Béziers). */
    static Path smoothClosed(double[] xs, double[] ys) {
        int n = xs.length;
        Path p = new Path().m(xs[0], ys[0]);
        for (int i = 0; i < n; i++) {
            int i0 = (i + n - 1) % n;
            int i2 = (i + 1) % n;
            int i3 = (i + 2) % n;
            p.c(xs[i] + (xs[i2] - xs[i0]) / 6, ys[i] + (ys[i2] - ys[i0]) / 6,
                    xs[i2] - (xs[i3] - xs[i]) / 6, ys[i2] - (ys[i3] - ys[i]) / 6, xs[i2], ys[i2]);
        }
        return p.z();
    }

    /** An open curve through the points, appended to {@code p} (which must already stand at the first point). */
    static Path smoothThrough(Path p, double[] xs, double[] ys) {
        int n = xs.length;
        for (int i = 0; i < n - 1; i++) {
            int i0 = Math.max(0, i - 1);
            int i3 = Math.min(n - 1, i + 2);
            p.c(xs[i] + (xs[i + 1] - xs[i0]) / 6, ys[i] + (ys[i + 1] - ys[i0]) / 6,
                    xs[i + 1] - (xs[i3] - xs[i]) / 6, ys[i + 1] - (ys[i3] - ys[i]) / 6, xs[i + 1], ys[i + 1]);
        }
        return p;
    }

    /** A standing person in silhouette, feet at (x, foot), {@code h} tall. */
    static void person(SvgCanvas c, double x, double foot, double h, Rgb colour) {
        double head = h * 0.075;
        double top = foot - h;
        double shoulders = top + head * 2 + h * 0.025;
        double hips = top + h * 0.55;
        double w = h * 0.27;
        double round = w * 0.28;
        Path body = new Path().m(x - w / 2, shoulders + round).q(x - w / 2, shoulders, x - w / 2 + round, shoulders)
                .h(x + w / 2 - round).q(x + w / 2, shoulders, x + w / 2, shoulders + round)
                .l(x + w * 0.42, hips).l(x + w * 0.3, foot).h(x + w * 0.05).l(x, hips + h * 0.08).l(x - w * 0.05, foot)
                .h(x - w * 0.3).l(x - w * 0.42, hips).z();
        body.box(x - w * 0.1, top + head * 1.6, w * 0.2, shoulders - top - head * 1.5);
        c.path(body.circle(x, top + head, head)).fill(colour).end();
    }

    /** Head and shoulders seen from behind, for an audience; {@code s} is the head's radius. */
    static void bust(Path p, double x, double bottom, double s) {
        p.m(x - s * 2, bottom).q(x - s * 2, bottom - s * 1.9, x, bottom - s * 1.9)
                .q(x + s * 2, bottom - s * 1.9, x + s * 2, bottom).z();
        p.circle(x, bottom - s * 2.6, s);
    }

    /** A deciduous or a conifer tree standing at (x, ground). */
    static void tree(SvgCanvas c, SceneRandom r, double x, double ground, double h, Rgb leaves, Rgb trunk) {
        c.rect(x - h * 0.035, ground - h * 0.45, h * 0.07, h * 0.45).fill(trunk).end();
        if (r.chance(0.35)) {
            c.path(new Path().polygon(x, ground - h, x + h * 0.22, ground - h * 0.22, x - h * 0.22, ground - h * 0.22))
                    .fill(leaves).end();
        } else {
            double cr = h * 0.3;
            c.path(blob(r, x, ground - h + cr * 1.1, cr, cr * 1.1, 7, 0.12)).fill(leaves).end();
        }
    }

    /** A small flock of birds, as strokes. */
    static void birds(SvgCanvas c, SceneRandom r, double x, double y, Rgb colour) {
        Path p = new Path();
        int n = r.between(2, 4);
        for (int i = 0; i < n; i++) {
            double bx = x + r.range(-70, 70);
            double by = y + r.range(-30, 30);
            double s = r.range(7, 12);
            p.m(bx - s, by).q(bx - s / 2, by - s * 0.7, bx, by).q(bx + s / 2, by - s * 0.7, bx + s, by);
        }
        c.path(p).stroke(colour, 3).noFill().round().end();
    }

    /** The colours in an order drawn from {@code r}. */
    static Rgb[] shuffled(SceneRandom r, Rgb[] colours) {
        Rgb[] out = colours.clone();
        for (int i = out.length - 1; i > 0; i--) {
            int j = r.between(0, i);
            Rgb t = out[i];
            out[i] = out[j];
            out[j] = t;
        }
        return out;
    }
}
