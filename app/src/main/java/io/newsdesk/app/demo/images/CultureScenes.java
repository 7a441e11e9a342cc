package io.newsdesk.app.demo.images;

import io.newsdesk.app.demo.images.SvgCanvas.Path;

/** Culture: a theatre stage under spotlights, a gallery wall of framed pictures, or a bookcase. */
final class CultureScenes {
    private CultureScenes() {}

    private static final Rgb[] ART = {
            Rgb.hsl(8, 50, 55), Rgb.hsl(40, 65, 60), Rgb.hsl(200, 35, 45), Rgb.hsl(160, 25, 42), Rgb.hsl(25, 45, 70),
            Rgb.hsl(220, 30, 28), Rgb.hsl(350, 30, 72), Rgb.hsl(45, 30, 88), Rgb.hsl(100, 20, 55),
    };

    static void draw(SvgCanvas c, SceneRandom r) {
        switch (r.weighted(0.36, 0.38, 0.26)) {
            case 0 -> stage(c, r);
            case 1 -> gallery(c, r);
            default -> bookcase(c, r);
        }
    }

    private static void stage(SvgCanvas c, SceneRandom r) {
        double curtainHue = r.pick(352.0, 5.0, 330.0, 200.0, 40.0, 160.0);
        Rgb curtain = Rgb.hsl(curtainHue, curtainHue == 40.0 ? 45 : 40, curtainHue == 40.0 ? 42 : 34);
        Rgb dark = Rgb.hsl(curtainHue, 20, 9);
        Rgb back = Rgb.hsl(r.range(190, 260), r.range(15, 30), r.range(22, 30));
        Rgb light = r.pick(Rgb.hsl(45, 80, 85), Rgb.hsl(200, 40, 88), Rgb.hsl(30, 70, 80));
        Rgb gold = Rgb.hsl(42, 50, 58);
        c.rect(0, 0, SvgCanvas.W, SvgCanvas.H).fill(dark).end();
        double ox0 = r.range(90, 140);
        double ox1 = SvgCanvas.W - ox0 + r.jitter(20);
        double oy0 = r.range(40, 70);
        double fy = r.range(430, 470);
        c.rect(ox0, oy0, ox1 - ox0, fy - oy0).fill(back).end();
        if (r.chance(0.5)) { // a backdrop: a moon over hills, or an arch of stars
            Rgb prop = back.lighter(0.12);
            double mx = r.range(ox0 + 150, ox1 - 150);
            c.circle(mx, r.range(140, 220), r.range(40, 70)).fill(prop.lighter(0.15)).end();
            double[] xs = new double[6];
            double[] ys = new double[6];
            for (int i = 0; i < 6; i++) {
                xs[i] = ox0 + (ox1 - ox0) * i / 5;
                ys[i] = fy - r.range(60, 160);
            }
            c.path(SceneKit.smoothThrough(new Path().m(ox0, fy).l(xs[0], ys[0]), xs, ys).v(fy).z()).fill(prop).end();
        }
        // floor in perspective
        Rgb wood = Rgb.hsl(r.range(22, 34), r.range(28, 40), r.range(30, 40));
        c.path(new Path().polygon(ox0, fy, ox1, fy, SvgCanvas.W + 120, SvgCanvas.H, -120, SvgCanvas.H)).fill(wood).end();
        Path planks = new Path();
        for (int k = -7; k <= 7; k++) {
            double xt = (ox0 + ox1) / 2 + k * (ox1 - ox0) / 15;
            double xb = 600 + k * 1440.0 / 15;
            planks.m(xt, fy).l(xb, SvgCanvas.H);
        }
        c.path(planks).stroke(wood.darker(0.3), 2).opacity(0.5).end();
        // spotlights and who stands in them
        int spots = r.between(1, 3);
        Rgb figure = Rgb.hsl(curtainHue, 15, 7);
        for (int i = 0; i < spots; i++) {
            double tx = ox0 + (ox1 - ox0) * (i + 0.5) / spots + r.jitter(40);
            double ty = fy + r.range(40, 110);
            double w = r.range(90, 130);
            double sx = tx + r.jitter(220);
            c.path(new Path().polygon(sx - 12, oy0, sx + 12, oy0, tx + w, ty, tx - w, ty)).fill(light).opacity(0.13).end();
            c.ellipse(tx, ty, w, w * 0.22).fill(light).opacity(0.35).end();
            if (r.chance(0.75)) {
                double h = r.range(230, 280);
                SceneKit.person(c, tx + r.jitter(20), ty, h, figure);
                if (r.chance(0.35)) { // a microphone stand in front
                    double side = r.chance(0.5) ? 1 : -1;
                    double mx = tx + side * 44;
                    double my = ty + 14;
                    c.path(new Path().m(mx, my).v(my - h * 0.72).l(tx + side * 16, ty - h * 0.86)).noFill().stroke(light.darker(0.75), 5).round().end();
                    c.path(new Path().m(mx - 20, my).h(mx + 20)).stroke(light.darker(0.75), 6).round().end();
                }
            }
        }
        // curtains, then the valance across the top
        drape(c, r, ox0, fy, curtain, false);
        drape(c, r, SvgCanvas.W - ox1, fy, curtain, true);
        double vh = r.range(50, 80);
        Path valance = new Path().m(0, 0).h(SvgCanvas.W).v(vh);
        int scallops = r.between(6, 9);
        double sw = (double) SvgCanvas.W / scallops;
        for (int i = 0; i < scallops; i++) {
            double x = SvgCanvas.W - i * sw;
            valance.arc(sw / 2, 24, 0, false, true, x - sw, vh);
        }
        c.path(valance.z()).fill(curtain.darker(0.15)).end();
        c.rect(0, vh - 14, SvgCanvas.W, 6).fill(gold).opacity(0.8).end();
        // the audience, in the dark
        if (r.chance(0.7)) {
            Path heads = new Path();
            int n = r.between(8, 13);
            double step = SvgCanvas.W / (n - 1.0);
            for (int i = 0; i < n; i++) SceneKit.bust(heads, i * step + r.jitter(step * 0.2), SvgCanvas.H + 6, r.range(24, 30));
            c.path(heads).fill(Rgb.hsl(curtainHue, 12, 5)).end();
        }
    }

    /** A curtain gathered to the side of the stage opening; mirrored for the right-hand side. */
    private static void drape(SvgCanvas c, SceneRandom r, double edge, double floor, Rgb colour, boolean mirror) {
        double d = r.range(60, 110);
        double tie = floor * r.range(0.5, 0.65);
        Path p = new Path().m(0, 0).h(edge + d).q(edge + d * 0.9, tie * 0.8, edge + d * 0.2, tie)
                .q(edge + d * 0.5, tie + 60, edge + d * 0.35, floor + 20).h(0).z();
        Path folds = new Path();
        int n = r.between(3, 5);
        for (int i = 1; i <= n; i++) {
            double x = (edge + d * 0.2) * i / (n + 1);
            folds.polygon(x - 6, 0, x + 8, 0, x * 0.9 + 6, tie, x * 1.05 + 8, floor + 20, x * 1.05 - 8, floor + 20, x * 0.9 - 6, tie);
        }
        c.group();
        if (mirror) c.transform("matrix(-1 0 0 1 1200 0)");
        c.open();
        c.path(p).fill(colour).end();
        c.path(folds).fill(colour.darker(0.28)).end();
        c.ellipse(edge + d * 0.25, tie, 22, 12).fill(Rgb.hsl(42, 50, 58)).end();
        c.endGroup();
    }

    private static void gallery(SvgCanvas c, SceneRandom r) {
        Rgb wall = r.pick(Rgb.hsl(40, 20, 90), Rgb.hsl(150, 12, 72), Rgb.hsl(210, 18, 72), Rgb.hsl(14, 28, 64),
                Rgb.hsl(350, 16, 32), Rgb.hsl(212, 22, 26), Rgb.hsl(45, 12, 80));
        boolean darkWall = wall.luminance() < 0.2;
        double floorY = r.range(530, 565);
        Rgb floor = r.pick(Rgb.hsl(30, 30, 52), Rgb.hsl(30, 8, 58), Rgb.hsl(25, 25, 36));
        c.rect(0, 0, SvgCanvas.W, floorY).fill(wall).end();
        c.rect(0, floorY, SvgCanvas.W, SvgCanvas.H - floorY).fill(floor).end();
        c.rect(0, floorY - 14, SvgCanvas.W, 14).fill(wall.darker(0.12)).end();

        int count = r.weighted(0.15, 0.3, 0.35, 0.2) + 1;
        double[] ws = new double[count];
        double[] hs = new double[count];
        double total = 0;
        for (int i = 0; i < count; i++) {
            double area = count == 1 ? r.range(360, 430) : r.range(220, 320);
            double aspect = r.pick(0.75, 1.0, 1.3, 0.8, 1.25);
            ws[i] = area * Math.sqrt(aspect);
            hs[i] = area / Math.sqrt(aspect);
            total += ws[i];
        }
        double gap = r.range(50, 90);
        double span = total + gap * (count - 1);
        double scale = Math.min(1, 1040 / span);
        double x = 600 - span * scale / 2 + r.jitter(60);
        double centre = r.range(250, 290);
        Rgb frame = r.pick(Rgb.hsl(40, 45, 52), Rgb.hsl(0, 0, 13), Rgb.hsl(28, 35, 40), Rgb.hsl(0, 0, 97));
        for (int i = 0; i < count; i++) {
            double w = ws[i] * scale;
            double h = Math.min(hs[i] * scale, 400);
            double y = centre - h / 2;
            // light from a spot on the ceiling
            c.path(new Path().polygon(x + w / 2 - 14, 0, x + w / 2 + 14, 0, x + w + 40, y + h + 40, x - 40, y + h + 40))
                    .fill(Rgb.WHITE).opacity(darkWall ? 0.08 : 0.14).end();
            c.rect(x + w / 2 - 16, 0, 32, 16).fill(Rgb.hsl(0, 0, 20)).end();
            c.rect(x + 8, y + 10, w, h).fill(Rgb.BLACK).opacity(0.18).end();
            c.rect(x, y, w, h).fill(frame).end();
            double border = Math.max(10, w * 0.06);
            boolean mat = r.chance(0.5);
            double ix = x + border;
            double iy = y + border;
            double iw = w - 2 * border;
            double ih = h - 2 * border;
            if (mat) {
                c.rect(ix, iy, iw, ih).fill(Rgb.hsl(45, 25, 95)).end();
                ix += iw * 0.1;
                iy += iw * 0.1;
                ih -= iw * 0.2;
                iw -= iw * 0.2;
            }
            artwork(c, r, ix, iy, iw, ih);
            x += w + gap * scale;
        }
        // a bench, and sometimes a visitor
        if (r.chance(0.6)) {
            double bx = r.range(300, 700);
            Rgb bench = r.pick(Rgb.hsl(25, 30, 28), Rgb.hsl(0, 0, 18), Rgb.hsl(210, 10, 35));
            c.rect(bx, floorY + 40, 260, 22).rx(4).fill(bench).end();
            c.rect(bx + 20, floorY + 62, 14, 50).fill(bench).end();
            c.rect(bx + 226, floorY + 62, 14, 50).fill(bench).end();
        }
        if (r.chance(0.45)) {
            double vx = r.chance(0.5) ? r.range(120, 300) : r.range(900, 1080);
            SceneKit.person(c, vx, SvgCanvas.H + 60, r.range(380, 440), darkWall ? Rgb.hsl(0, 0, 8) : Rgb.hsl(220, 15, 22));
        }
    }

    /** Something to hang: a landscape, shapes, fields of colour, a portrait or stripes, inside (x, y, w, h). */
    private static void artwork(SvgCanvas c, SceneRandom r, double x, double y, double w, double h) {
        String clip = c.clipRect(x, y, w, h, 0);
        Rgb[] palette = SceneKit.shuffled(r, ART);
        c.group().clipTo(clip).open();
        c.rect(x, y, w, h).fill(palette[0]).end();
        switch (r.between(0, 4)) {
            case 0 -> { // landscape
                c.circle(x + w * r.range(0.2, 0.8), y + h * r.range(0.2, 0.4), Math.min(w, h) * 0.12).fill(palette[1]).end();
                for (int k = 0; k < 2; k++) {
                    double base = y + h * (0.55 + k * 0.18);
                    Path hill = new Path().m(x, base).q(x + w * r.range(0.2, 0.8), base - h * r.range(0.2, 0.4), x + w, base + r.jitter(20))
                            .v(y + h).h(x).z();
                    c.path(hill).fill(palette[2 + k]).end();
                }
            }
            case 1 -> { // shapes
                int n = r.between(3, 5);
                for (int k = 0; k < n; k++) {
                    Rgb col = palette[1 + k % (palette.length - 1)];
                    double sx = x + r.range(0, w * 0.8);
                    double sy = y + r.range(0, h * 0.8);
                    double s = Math.min(w, h) * r.range(0.2, 0.45);
                    if (r.chance(0.5)) c.circle(sx + s / 2, sy + s / 2, s / 2).fill(col).end();
                    else c.rect(sx, sy, s * r.range(0.5, 1.4), s).fill(col).end();
                }
            }
            case 2 -> { // fields of colour
                int n = r.between(2, 3);
                double fh = (h - w * 0.1 * (n + 1)) / n;
                for (int k = 0; k < n; k++) {
                    c.rect(x + w * 0.1, y + w * 0.1 + k * (fh + w * 0.1), w * 0.8, fh).rx(6).fill(palette[1 + k]).opacity(0.9).end();
                }
            }
            case 3 -> { // portrait
                Path bust = new Path();
                SceneKit.bust(bust, x + w / 2, y + h + 4, Math.min(w, h) * 0.17);
                c.path(bust).fill(palette[1]).end();
            }
            default -> { // stripes
                int n = r.between(4, 8);
                boolean vertical = r.chance(0.5);
                for (int k = 1; k < n; k += 2) {
                    if (vertical) c.rect(x + w * k / n, y, w / n, h).fill(palette[1 + k % 3]).end();
                    else c.rect(x, y + h * k / n, w, h / n).fill(palette[1 + k % 3]).end();
                }
            }
        }
        c.endGroup();
    }

    private static void bookcase(SvgCanvas c, SceneRandom r) {
        Rgb wall = r.pick(Rgb.hsl(40, 22, 88), Rgb.hsl(150, 12, 70), Rgb.hsl(210, 18, 30), Rgb.hsl(18, 22, 60), Rgb.hsl(45, 15, 78));
        Rgb wood = r.pick(Rgb.hsl(28, 35, 38), Rgb.hsl(30, 25, 55), Rgb.hsl(20, 20, 24), Rgb.hsl(40, 10, 90));
        Rgb[] spines = {
                Rgb.hsl(8, 45, 42), Rgb.hsl(210, 35, 32), Rgb.hsl(42, 60, 55), Rgb.hsl(170, 25, 35), Rgb.hsl(95, 18, 40),
                Rgb.hsl(330, 25, 38), Rgb.hsl(40, 30, 85), Rgb.hsl(25, 45, 55), Rgb.hsl(200, 10, 55), Rgb.hsl(220, 25, 20),
        };
        c.rect(0, 0, SvgCanvas.W, SvgCanvas.H).fill(wall).end();
        int shelves = r.between(2, 3);
        double side = r.range(40, 120);
        double top = r.range(10, 40);
        double bottom = SvgCanvas.H + 10;
        double pitch = (bottom - top) / shelves;
        c.rect(side - 22, top - 22, SvgCanvas.W - 2 * side + 44, bottom - top + 44).fill(wood.darker(0.15)).end();
        c.rect(side, top, SvgCanvas.W - 2 * side, bottom - top).fill(wood.darker(0.45)).end();
        Path[] byColour = new Path[spines.length];
        for (int i = 0; i < spines.length; i++) byColour[i] = new Path();
        Path bands = new Path();
        Path shadows = new Path();
        for (int s = 0; s < shelves; s++) {
            double base = top + pitch * (s + 1) - 16;
            double x = side + r.range(0, 30);
            while (x < SvgCanvas.W - side - 30) {
                double roll = r.unit();
                if (roll < 0.06 && x < SvgCanvas.W - side - 200) { // a pile lying flat
                    int n = r.between(3, 5);
                    double y = base;
                    for (int k = 0; k < n; k++) {
                        double bw = r.range(140, 180);
                        double bh = r.range(18, 26);
                        y -= bh;
                        byColour[r.between(0, spines.length - 1)].box(x + r.jitter(8) + 4, y, bw, bh);
                    }
                    x += 200;
                } else if (roll < 0.1 && x < SvgCanvas.W - side - 160) { // a vase
                    double vh = pitch * r.range(0.35, 0.5);
                    Rgb vase = r.pick(Rgb.hsl(170, 25, 55), Rgb.hsl(15, 45, 55), Rgb.hsl(45, 20, 90));
                    c.path(new Path().m(x + 30, base).q(x - 4, base - vh * 0.55, x + 44, base - vh).h(x + 56)
                            .q(x + 104, base - vh * 0.55, x + 70, base).z()).fill(vase).end();
                    x += 140;
                } else if (roll < 0.14) { // a gap
                    x += r.range(40, 90);
                } else {
                    double bw = r.range(24, 48);
                    double bh = pitch * r.range(0.55, 0.84);
                    int colour = r.between(0, spines.length - 1);
                    byColour[colour].box(x, base - bh, bw, bh);
                    shadows.box(x + bw - 5, base - bh, 5, bh);
                    if (r.chance(0.65)) {
                        double by = base - bh + bh * r.range(0.1, 0.2);
                        bands.m(x + 3, by).h(x + bw - 3);
                        if (r.chance(0.5)) bands.m(x + 3, base - bh * 0.12).h(x + bw - 3);
                    }
                    x += bw + r.range(1, 4);
                }
            }
        }
        for (int i = 0; i < spines.length; i++) {
            if (!byColour[i].isEmpty()) c.path(byColour[i]).fill(spines[i]).end();
        }
        c.path(shadows).fill(Rgb.BLACK).opacity(0.15).end();
        c.path(bands).stroke(Rgb.hsl(45, 50, 80), 6).opacity(0.55).end();
        for (int s = 0; s < shelves; s++) {
            double base = top + pitch * (s + 1) - 16;
            c.rect(side - 22, base, SvgCanvas.W - 2 * side + 44, 20).fill(wood).end();
            c.rect(side - 22, base + 20, SvgCanvas.W - 2 * side + 44, 6).fill(Rgb.BLACK).opacity(0.2).end();
        }
    }
}
