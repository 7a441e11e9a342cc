package io.newsdesk.app.demo.images;

import io.newsdesk.app.demo.images.SvgCanvas.Path;

/** World: a globe with flight routes, or a sea chart with routes between coasts. */
final class WorldScenes {
    private WorldScenes() {}

    private static final Rgb[] ACCENTS = {
            Rgb.hsl(14, 62, 60), Rgb.hsl(38, 72, 58), Rgb.hsl(350, 45, 62), Rgb.hsl(48, 70, 62),
    };

    static void draw(SvgCanvas c, SceneRandom r) {
        if (r.chance(0.5)) globe(c, r);
        else chart(c, r);
    }

    private static void globe(SvgCanvas c, SceneRandom r) {
        boolean dark = r.chance(0.55);
        double hue = r.range(195, 222);
        Rgb bg = dark ? Rgb.hsl(hue + 8, r.range(25, 38), r.range(13, 20)) : Rgb.hsl(r.range(30, 50), r.range(20, 32), r.range(88, 93));
        Rgb ocean = Rgb.hsl(hue, r.range(28, 40), dark ? r.range(40, 50) : r.range(46, 56));
        Rgb land = Rgb.hsl(r.range(36, 95), r.range(18, 30), r.range(70, 80));
        Rgb accent = r.pick(ACCENTS);
        Rgb ink = dark ? Rgb.hsl(40, 30, 94) : Rgb.hsl(hue, 35, 22);
        c.rect(0, 0, SvgCanvas.W, SvgCanvas.H).fill(bg).end();

        double radius = r.range(240, 285);
        double cx = r.range(380, 820);
        double cy = r.range(320, 360);
        if (dark) {
            Path stars = new Path();
            int n = r.between(30, 50);
            for (int i = 0; i < n; i++) stars.dot(r.range(10, 1190), r.range(10, 665));
            c.path(stars).stroke(ink, 3).round().opacity(0.45).end();
            c.circle(cx, cy, radius * 1.22).fill(ocean).opacity(0.12).end();
        } else {
            for (int i = 1; i <= 3; i++) c.circle(cx, cy, radius + i * 48).noFill().stroke(ink, 2).opacity(0.1).end();
        }
        boolean orbit = r.chance(0.5);
        double tilt = r.range(-18, 18);
        double orx = radius * r.range(1.3, 1.5);
        double ory = radius * r.range(0.22, 0.34);
        if (orbit) c.ellipse(cx, cy, orx, ory).noFill().stroke(ink, 3).opacity(0.35).rotate(tilt, cx, cy).end();

        String clip = c.clipCircle(cx, cy, radius);
        c.circle(cx, cy, radius).fill(ocean).end();
        c.group().clipTo(clip).open();
        int continents = r.between(3, 5);
        double[][] places = new double[continents][];
        double base = r.range(0, Math.PI * 2);
        for (int i = 0; i < continents; i++) {
            double a = base + Math.PI * 2 * (i + r.jitter(0.2)) / continents;
            double d = radius * r.range(0.35, 0.7);
            double lx = cx + Math.cos(a) * d;
            double ly = cy + Math.sin(a) * d;
            c.path(SceneKit.blob(r, lx, ly, radius * r.range(0.26, 0.4), radius * r.range(0.18, 0.3), r.between(7, 9), 0.3))
                    .fill(land).end();
            places[i] = new double[] {lx + r.jitter(12), ly + r.jitter(12)};
        }
        int rims = r.between(1, 2);
        for (int i = 0; i < rims; i++) {
            double a = r.range(0, Math.PI * 2);
            c.path(SceneKit.blob(r, cx + Math.cos(a) * radius, cy + Math.sin(a) * radius, radius * 0.3, radius * 0.22, 8, 0.3))
                    .fill(land).end();
        }
        Path islands = new Path();
        int n = r.between(2, 5);
        for (int i = 0; i < n; i++) {
            islands.circle(cx + r.jitter(radius), cy + r.jitter(radius), r.range(5, 14));
        }
        c.path(islands).fill(land).end();
        c.group().rotate(r.range(-23, 23), cx, cy).open();
        Path grid = new Path();
        double phase = r.range(0, 30);
        for (int k = 0; k < 6; k++) {
            double rx = Math.abs(Math.sin(Math.toRadians(k * 30 + phase))) * radius;
            if (rx < 4) continue;
            grid.m(cx, cy - radius).arc(rx, radius, 0, false, true, cx, cy + radius).arc(rx, radius, 0, false, true, cx, cy - radius);
        }
        for (int lat = -60; lat <= 60; lat += 30) {
            double y = cy - radius * Math.sin(Math.toRadians(lat));
            grid.m(cx - radius, y).h(cx + radius);
        }
        c.path(grid).noFill().stroke(Rgb.WHITE, 2).opacity(0.22).end();
        c.endGroup();
        // the night side
        double lx = cx - radius * 0.32;
        double ly = cy - radius * 0.3;
        Path shade = new Path().polygon(cx - radius - 4, cy - radius - 4, cx + radius + 4, cy - radius - 4,
                cx + radius + 4, cy + radius + 4, cx - radius - 4, cy + radius + 4).circle(lx, ly, radius * 1.16);
        c.path(shade).fill(Rgb.BLACK).a("fill-rule", "evenodd").opacity(0.18).end();
        c.endGroup();

        if (orbit) {
            Path front = new Path().m(cx - orx, cy).arc(orx, ory, 0, false, false, cx + orx, cy);
            c.path(front).noFill().stroke(ink, 3).opacity(0.55).rotate(tilt, cx, cy).end();
            double a = r.range(0.15, 0.85) * Math.PI;
            double sxl = cx + Math.cos(a) * orx;
            double syl = cy + Math.sin(a) * ory;
            c.group().rotate(tilt, cx, cy).open();
            c.circle(sxl, syl, 9).fill(accent).end();
            c.endGroup();
        }

        // routes from a hub to the other places, arching over the surface
        double[] hub = places[0];
        boolean dotted = r.chance(0.5);
        Path routes = new Path();
        double[] planeAt = null;
        for (int i = 1; i < places.length; i++) {
            double[] to = places[i];
            double mx = (hub[0] + to[0]) / 2;
            double my = (hub[1] + to[1]) / 2;
            double ox = mx - cx;
            double oy = my - cy;
            double len = Math.hypot(ox, oy);
            if (len < 1) {
                ox = 0;
                oy = -1;
                len = 1;
            }
            double lift = Math.hypot(to[0] - hub[0], to[1] - hub[1]) * 0.45 + 40;
            double qx = mx + ox / len * lift;
            double qy = my + oy / len * lift;
            routes.m(hub[0], hub[1]).q(qx, qy, to[0], to[1]);
            if (planeAt == null && Math.hypot(to[0] - hub[0], to[1] - hub[1]) > 150) {
                planeAt = new double[] {(hub[0] + 2 * qx + to[0]) / 4, (hub[1] + 2 * qy + to[1]) / 4, to[0] - hub[0], to[1] - hub[1]};
            }
        }
        c.path(routes).noFill().stroke(accent, dotted ? 7 : 5).round().dash(dotted ? 0.1 : 16, dotted ? 15 : 11).end();
        for (int i = 0; i < places.length; i++) {
            double[] p = places[i];
            c.circle(p[0], p[1], i == 0 ? 22 : 16).noFill().stroke(accent, 3).opacity(0.55).end();
            c.circle(p[0], p[1], i == 0 ? 10 : 8).fill(accent).end();
        }
        if (planeAt != null) plane(c, planeAt[0], planeAt[1], Math.toDegrees(Math.atan2(planeAt[3], planeAt[2])), 1.1, ink);
    }

    private static void chart(SvgCanvas c, SceneRandom r) {
        boolean night = r.chance(0.4);
        double hue = r.range(192, 215);
        Rgb ocean = night ? Rgb.hsl(hue, r.range(28, 36), r.range(20, 26)) : Rgb.hsl(hue, r.range(22, 34), r.range(66, 74));
        Rgb shallows = night ? ocean.lighter(0.1) : ocean.lighter(0.3);
        Rgb land = night ? Rgb.hsl(hue + 10, 14, r.range(36, 42)) : Rgb.hsl(r.range(35, 55), r.range(25, 40), r.range(82, 88));
        Rgb coast = night ? land.lighter(0.2) : land.darker(0.22);
        Rgb ink = night ? Rgb.hsl(40, 30, 92) : Rgb.hsl(hue, 35, 24);
        Rgb accent = r.pick(ACCENTS);
        if (!night) accent = accent.darker(0.12);
        c.rect(0, 0, SvgCanvas.W, SvgCanvas.H).fill(ocean).end();

        double step = r.range(110, 160);
        Path grid = new Path();
        for (double x = r.range(20, step); x < SvgCanvas.W; x += step) grid.m(x, 0).v(SvgCanvas.H);
        for (double y = r.range(20, step); y < SvgCanvas.H; y += step) grid.m(0, y).h(SvgCanvas.W);
        c.path(grid).noFill().stroke(ink, 2).opacity(0.12).end();

        // coasts: a few land masses, some running off the edges
        int cells = r.between(3, 4);
        int[] order = {0, 1, 2, 3, 4, 5};
        for (int i = 5; i > 0; i--) {
            int j = r.between(0, i);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        double[][] cities = new double[cells][];
        Path masses = new Path();
        for (int i = 0; i < cells; i++) {
            int cell = order[i];
            double lx = (cell % 3) * 400 + 200 + r.jitter(120);
            double ly = (cell / 3) * 340 + 160 + r.jitter(90);
            Path m = SceneKit.blob(r, lx, ly, r.range(150, 250), r.range(100, 170), r.between(9, 11), 0.32);
            masses.add(m);
            cities[i] = new double[] {lx + r.jitter(60), ly + r.jitter(40)};
        }
        int islandCount = r.between(4, 8);
        for (int i = 0; i < islandCount; i++) {
            masses.add(SceneKit.blob(r, r.range(40, 1160), r.range(40, 635), r.range(10, 30), r.range(8, 22), 6, 0.3));
        }
        c.path(masses).fill(shallows).stroke(shallows, 30).round().opacity(0.7).end();
        c.path(masses).fill(land).stroke(coast, 6).round().a("paint-order", "stroke").end();

        java.util.Arrays.sort(cities, (p, q) -> Double.compare(p[0], q[0]));
        Path routes = new Path();
        double[] planeAt = null;
        for (int i = 0; i + 1 < cities.length; i++) {
            double[] a = cities[i];
            double[] b = cities[i + 1];
            double dx = b[0] - a[0];
            double dy = b[1] - a[1];
            double bend = (i % 2 == 0 ? -0.22 : 0.22);
            double qx = (a[0] + b[0]) / 2 - dy * bend;
            double qy = (a[1] + b[1]) / 2 + dx * bend;
            routes.m(a[0], a[1]).q(qx, qy, b[0], b[1]);
            if (planeAt == null && r.chance(0.6)) planeAt = new double[] {(a[0] + 2 * qx + b[0]) / 4, (a[1] + 2 * qy + b[1]) / 4, dx, dy};
        }
        if (cities.length > 2 && r.chance(0.6)) {
            double[] a = cities[0];
            double[] b = cities[cities.length - 1];
            routes.m(a[0], a[1]).q((a[0] + b[0]) / 2, Math.min(a[1], b[1]) - 220, b[0], b[1]);
        }
        c.path(routes).noFill().stroke(accent, 5).round().dash(16, 11).end();
        for (double[] p : cities) {
            c.circle(p[0], p[1], 13).fill(night ? ocean : Rgb.WHITE).stroke(accent, 6).end();
        }
        if (planeAt != null) plane(c, planeAt[0], planeAt[1], Math.toDegrees(Math.atan2(planeAt[3], planeAt[2])), 1, ink);

        // compass rose and scale bar
        double rx = r.chance(0.5) ? r.range(90, 130) : r.range(1070, 1110);
        double ry = r.chance(0.5) ? r.range(90, 120) : r.range(555, 585);
        c.circle(rx, ry, 44).fill(ocean).stroke(ink, 3).opacity(0.9).end();
        c.path(new Path().polygon(rx, ry - 62, rx + 11, ry - 11, rx + 62, ry, rx + 11, ry + 11, rx, ry + 62,
                rx - 11, ry + 11, rx - 62, ry, rx - 11, ry - 11)).fill(ink).end();
        c.path(new Path().polygon(rx, ry - 62, rx + 11, ry - 11, rx - 11, ry - 11)).fill(accent).end();
        double bx = rx < 600 ? 1200 - 60 - 200 : 60;
        double by = ry < 300 ? 620 : 50;
        for (int i = 0; i < 4; i++) c.rect(bx + i * 50, by, 50, 10).fill(i % 2 == 0 ? ink : (night ? ocean : Rgb.WHITE)).end();
        c.rect(bx, by, 200, 10).noFill().stroke(ink, 2).end();
    }

    /** A small airliner seen from above, nose along {@code degrees}. */
    static void plane(SvgCanvas c, double x, double y, double degrees, double scale, Rgb colour) {
        Path p = new Path().m(-24, -4).l(16, -4).q(28, 0, 16, 4).l(-24, 4).z()
                .polygon(-2, -4, -12, -26, -4, -26, 10, -4)
                .polygon(-2, 4, -12, 26, -4, 26, 10, 4)
                .polygon(-22, -4, -29, -13, -24, -13, -15, -4)
                .polygon(-22, 4, -29, 13, -24, 13, -15, 4);
        c.path(p).fill(colour).transform("translate(" + SvgCanvas.num(x) + " " + SvgCanvas.num(y) + ") rotate("
                + SvgCanvas.num(degrees) + ") scale(" + SvgCanvas.num(scale * 1.4) + ")").end();
    }
}
