package io.newsdesk.app.demo.images;

import io.newsdesk.app.demo.images.SceneKit.Daylight;
import io.newsdesk.app.demo.images.SvgCanvas.Path;

/** Economy: charts (bars and a line, areas, or candlesticks), a container harbour with cranes, or a shopping street. */
final class EconomyScenes {
    private EconomyScenes() {}

    private static final Rgb[] CONTAINERS = {
            Rgb.hsl(8, 45, 45), Rgb.hsl(210, 35, 40), Rgb.hsl(40, 55, 55), Rgb.hsl(175, 30, 38), Rgb.hsl(25, 50, 52),
            Rgb.hsl(200, 10, 62), Rgb.hsl(130, 18, 40), Rgb.hsl(350, 30, 40),
    };

    static void draw(SvgCanvas c, SceneRandom r) {
        switch (r.weighted(0.4, 0.32, 0.28)) {
            case 0 -> charts(c, r);
            case 1 -> harbour(c, r);
            default -> street(c, r);
        }
    }

    private static void charts(SvgCanvas c, SceneRandom r) {
        boolean dark = r.chance(0.4);
        double hue = r.range(190, 215);
        Rgb bg = dark ? Rgb.hsl(hue, r.range(22, 32), r.range(15, 20)) : Rgb.hsl(r.range(35, 55), r.range(22, 32), r.range(92, 95));
        Rgb ink = dark ? Rgb.hsl(40, 25, 90) : Rgb.hsl(hue, 30, 22);
        Rgb series = Rgb.hsl(r.range(150, 200), r.range(22, 34), dark ? 50 : 52);
        Rgb accent = r.pick(Rgb.hsl(38, 72, 56), Rgb.hsl(10, 58, 58), Rgb.hsl(350, 42, 55), Rgb.hsl(200, 55, 45));
        c.rect(0, 0, SvgCanvas.W, SvgCanvas.H).fill(bg).end();

        boolean inset = r.chance(0.5);
        boolean insetLeft = r.chance(0.5);
        double x0 = inset && insetLeft ? 440 : 110;
        double x1 = inset && !insetLeft ? 760 : 1090;
        double y0 = r.range(90, 130);
        double y1 = r.range(550, 580);
        Path grid = new Path();
        int lines = r.between(4, 6);
        for (int i = 0; i < lines; i++) grid.m(x0 - 20, y0 + (y1 - y0) * i / lines).h(x1 + 20);
        c.path(grid).stroke(ink, 2).opacity(0.12).end();

        int style = r.between(0, 2);
        boolean rising = r.chance(0.65);
        switch (style) {
            case 0 -> barsAndLine(c, r, x0, x1, y0, y1, series, accent, bg, rising);
            case 1 -> areas(c, r, x0, x1, y0, y1, series, accent, rising);
            default -> candles(c, r, x0, x1, y0, y1, series, accent, rising);
        }
        c.rect(x0 - 20, y1, x1 - x0 + 40, 4).fill(ink).opacity(0.75).end();

        if (inset) {
            double cx0 = insetLeft ? 90 : 810;
            double cy0 = r.range(110, 150);
            double cw = 300;
            double ch = r.range(400, 440);
            Rgb card = dark ? bg.lighter(0.08) : Rgb.WHITE;
            c.rect(cx0 + 8, cy0 + 10, cw, ch).rx(14).fill(Rgb.BLACK).opacity(dark ? 0.25 : 0.07).end();
            c.rect(cx0, cy0, cw, ch).rx(14).fill(card).end();
            // a ring chart
            double rcx = cx0 + cw / 2;
            double rcy = cy0 + 125;
            double rr = 78;
            int parts = r.between(3, 4);
            double[] shares = new double[parts];
            double total = 0;
            for (int i = 0; i < parts; i++) total += shares[i] = r.range(0.4, 1.6);
            Rgb[] colours = {accent, series, series.mix(bg, 0.5), ink.mix(bg, 0.6)};
            double a = -Math.PI / 2;
            for (int i = 0; i < parts; i++) {
                double sweep = Math.PI * 2 * shares[i] / total;
                double b = a + sweep - 0.04;
                Path arc = new Path().m(rcx + Math.cos(a) * rr, rcy + Math.sin(a) * rr)
                        .arc(rr, rr, 0, sweep > Math.PI, true, rcx + Math.cos(b) * rr, rcy + Math.sin(b) * rr);
                c.path(arc).noFill().stroke(colours[i], 34).end();
                a += sweep;
            }
            // and three bars
            for (int i = 0; i < 3; i++) {
                double by = cy0 + 250 + i * 50;
                c.rect(cx0 + 34, by, cw - 68, 18).rx(9).fill(ink).opacity(0.1).end();
                c.rect(cx0 + 34, by, (cw - 68) * r.range(0.25, 0.95), 18).rx(9).fill(i == 0 ? accent : series).end();
            }
        }
    }

    private static double[] walk(SceneRandom r, int n, boolean rising, double start) {
        double[] v = new double[n];
        double drift = (rising ? 1 : -1) * r.range(0.25, 0.5) / n;
        double noise = 0.7 / n + 0.02;
        v[0] = start;
        for (int i = 1; i < n; i++) v[i] = Math.clamp(v[i - 1] + drift + r.jitter(noise), 0.08, 0.95);
        return v;
    }

    private static void barsAndLine(SvgCanvas c, SceneRandom r, double x0, double x1, double y0, double y1, Rgb series, Rgb accent,
            Rgb bg, boolean rising) {
        int n = r.between(7, 13);
        double slot = (x1 - x0) / n;
        double[] bars = walk(r, n, rising, rising ? r.range(0.2, 0.4) : r.range(0.6, 0.85));
        double[] line = walk(r, n, !rising ^ r.chance(0.7), r.range(0.35, 0.7));
        Path barPath = new Path();
        int highlight = r.chance(0.5) ? n - 1 : r.between(0, n - 1);
        for (int i = 0; i < n; i++) {
            if (i == highlight) continue;
            double h = bars[i] * (y1 - y0) * 0.85;
            double bw = slot * 0.62;
            barPath.polygon(x0 + slot * i + (slot - bw) / 2, y1 - h, x0 + slot * i + (slot + bw) / 2, y1 - h,
                    x0 + slot * i + (slot + bw) / 2, y1, x0 + slot * i + (slot - bw) / 2, y1);
        }
        c.path(barPath).fill(series).end();
        double hh = bars[highlight] * (y1 - y0) * 0.85;
        c.rect(x0 + slot * highlight + slot * 0.19, y1 - hh, slot * 0.62, hh).fill(series.darker(0.3)).end();
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = x0 + slot * (i + 0.5);
            ys[i] = y1 - line[i] * (y1 - y0);
        }
        Path p = new Path().m(xs[0], ys[0]);
        for (int i = 1; i < n; i++) p.l(xs[i], ys[i]);
        c.path(p).noFill().stroke(bg, 14).round().end();
        c.path(p).noFill().stroke(accent, 6).round().end();
        for (int i = 0; i < n; i++) {
            c.circle(xs[i], ys[i], i == n - 1 ? 12 : 7).fill(i == n - 1 ? accent : bg).stroke(accent, 4).end();
        }
    }

    private static void areas(SvgCanvas c, SceneRandom r, double x0, double x1, double y0, double y1, Rgb series, Rgb accent,
            boolean rising) {
        int n = r.between(8, 12);
        double[][] all = {walk(r, n, !rising, r.range(0.5, 0.8)), walk(r, n, rising, r.range(0.2, 0.45))};
        Rgb[] colours = {series, accent};
        for (int k = 0; k < 2; k++) {
            double[] xs = new double[n];
            double[] ys = new double[n];
            for (int i = 0; i < n; i++) {
                xs[i] = x0 + (x1 - x0) * i / (n - 1);
                ys[i] = y1 - all[k][i] * (y1 - y0) * 0.9;
            }
            Path area = SceneKit.smoothThrough(new Path().m(xs[0], ys[0]), xs, ys).v(y1).h(x0).z();
            c.path(area).fill(colours[k]).opacity(k == 0 ? 0.45 : 0.55).end();
            c.path(SceneKit.smoothThrough(new Path().m(xs[0], ys[0]), xs, ys)).noFill().stroke(colours[k].darker(0.15), 5).round().end();
            c.circle(xs[n - 1], ys[n - 1], 11).fill(colours[k].darker(0.15)).end();
        }
    }

    private static void candles(SvgCanvas c, SceneRandom r, double x0, double x1, double y0, double y1, Rgb series, Rgb accent,
            boolean rising) {
        int n = r.between(14, 24);
        double slot = (x1 - x0) / n;
        double[] close = walk(r, n + 1, rising, rising ? r.range(0.2, 0.4) : r.range(0.6, 0.8));
        double lowest = Double.MAX_VALUE;
        double highest = -Double.MAX_VALUE;
        for (double v : close) {
            lowest = Math.min(lowest, v);
            highest = Math.max(highest, v);
        }
        for (int i = 0; i < close.length; i++) close[i] = 0.12 + 0.76 * (close[i] - lowest) / Math.max(0.05, highest - lowest);
        Rgb up = series.darker(0.05);
        Rgb down = accent;
        Path ups = new Path();
        Path downs = new Path();
        Path upWicks = new Path();
        Path downWicks = new Path();
        double span = (y1 - y0) * 0.9;
        for (int i = 0; i < n; i++) {
            double open = close[i];
            double shut = close[i + 1];
            double hi = Math.max(open, shut) + r.range(0.01, 0.06);
            double lo = Math.min(open, shut) - r.range(0.01, 0.06);
            double x = x0 + slot * (i + 0.5);
            double bw = slot * 0.62;
            double top = y1 - Math.max(open, shut) * span;
            double bottom = y1 - Math.min(open, shut) * span;
            if (bottom - top < 4) bottom = top + 4;
            boolean isUp = shut >= open;
            (isUp ? ups : downs).polygon(x - bw / 2, top, x + bw / 2, top, x + bw / 2, bottom, x - bw / 2, bottom);
            (isUp ? upWicks : downWicks).m(x, y1 - hi * span).v(y1 - lo * span);
        }
        c.path(upWicks).stroke(up, 4).end();
        c.path(downWicks).stroke(down, 4).end();
        c.path(ups).fill(up).end();
        c.path(downs).fill(down).end();
    }

    private static void harbour(SvgCanvas c, SceneRandom r) {
        Daylight d = SceneKit.daylight(r);
        double horizon = r.range(390, 430);
        double quay = r.range(560, 595);
        SceneKit.sky(c, r, d, horizon);
        // far shore
        Rgb haze = d.skyBottom.mix(d.light(Rgb.hsl(210, 15, 45)), 0.35);
        double[] xs = new double[8];
        double[] ys = new double[8];
        for (int i = 0; i < 8; i++) {
            xs[i] = i * 1200.0 / 7;
            ys[i] = horizon - r.range(8, 55);
        }
        c.path(SceneKit.smoothThrough(new Path().m(0, horizon).l(xs[0], ys[0]), xs, ys).v(horizon).z()).fill(haze).end();
        Rgb water = d.light(Rgb.hsl(r.range(195, 215), r.range(22, 32), r.range(42, 50)));
        c.rect(0, horizon, SvgCanvas.W, SvgCanvas.H - horizon).fill(water).end();
        Path ripples = new Path();
        for (int i = 0; i < 14; i++) {
            double y = r.range(horizon + 10, quay - 5);
            double x = r.range(0, 1150);
            ripples.m(x, y).h(x + r.range(30, 90));
        }
        c.path(ripples).stroke(water.lighter(0.25), 3).round().opacity(0.6).end();
        if (d != Daylight.NIGHT && r.chance(0.5)) SceneKit.birds(c, r, r.range(150, 1050), r.range(120, 220), d.light(Rgb.hsl(210, 15, 30)));

        // the ship behind the quay
        double length = r.range(560, 780);
        boolean bowRight = r.chance(0.5);
        double sx = r.range(40, SvgCanvas.W - length - 60);
        double deck = quay - r.range(34, 56);
        Rgb hull = d.floodlit(r.pick(Rgb.hsl(215, 30, 24), Rgb.hsl(0, 35, 30), Rgb.hsl(200, 12, 22), Rgb.hsl(160, 25, 24)));
        double bow = bowRight ? sx + length : sx;
        double stern = bowRight ? sx : sx + length;
        double dir = bowRight ? 1 : -1;
        c.path(new Path().polygon(stern, deck, bow - dir * 10, deck, bow + dir * 30, deck - 16, bow - dir * 20, quay + 10,
                stern, quay + 10)).fill(hull).end();
        c.rect(Math.min(stern, bow), deck + 10, length, 5).fill(Rgb.hsl(40, 20, 90)).opacity(0.5).end();
        // containers, in bays
        double bayW = 38;
        double firstBay = stern + dir * 120;
        int bays = (int) ((length - 190) / bayW);
        double level = r.range(2.5, 4.5);
        for (int b = 0; b < bays; b++) {
            level = Math.clamp(level + r.jitter(1.2), 1, 5);
            int stack = (int) Math.round(level);
            double x = bowRight ? firstBay + b * bayW : firstBay - (b + 1) * bayW;
            for (int k = 0; k < stack; k++) {
                c.rect(x + 1, deck - (k + 1) * 24, bayW - 2, 23).fill(d.floodlit(r.pick(CONTAINERS))).end();
            }
        }
        // bridge at the stern
        double bw = r.range(60, 80);
        double bh = r.range(120, 150);
        double bx = bowRight ? stern + 30 : stern - 30 - bw;
        Rgb white = d.floodlit(Rgb.hsl(40, 15, 92));
        c.rect(bx, deck - bh, bw, bh).fill(white).end();
        c.rect(bx - 10 * dir, deck - bh, bw + 10, 10).fill(white).end();
        Path bridgeWindows = new Path();
        for (int row = 0; row < 4; row++) {
            double wy = deck - bh + 22 + row * 26;
            bridgeWindows.m(bx + 8, wy).h(bx + bw - 8);
        }
        c.path(bridgeWindows).stroke(d.lampsOn() ? SceneKit.LAMP : d.light(Rgb.hsl(210, 25, 30)), 8).a("stroke-dasharray", "9 5").end();
        c.rect(bx + bw * 0.3, deck - bh - 40, bw * 0.4, 40).fill(d.light(r.pick(CONTAINERS))).end();

        // cranes on the quay
        Rgb craneColour = d.floodlit(r.pick(Rgb.hsl(8, 50, 50), Rgb.hsl(200, 35, 42), Rgb.hsl(42, 60, 55), Rgb.hsl(180, 25, 40),
                Rgb.hsl(0, 0, 86), Rgb.hsl(215, 30, 30), Rgb.hsl(140, 22, 38), Rgb.hsl(25, 60, 55)));
        int cranes = r.weighted(0.25, 0.5, 0.25) + 1;
        boolean reachRight = r.chance(0.5);
        double boom = r.range(150, 210);
        double spacing = 1000.0 / cranes;
        for (int i = 0; i < cranes; i++) {
            double cxl = 100 + spacing * i + r.range(0, spacing - 140);
            crane(c, d, cxl, quay, boom + r.jitter(15), r.range(95, 115), reachRight, craneColour, r.chance(0.25));
        }
        // the quay, with a few stacks in front
        Rgb concrete = d.floodlit(Rgb.hsl(30, 8, 58));
        c.rect(0, quay, SvgCanvas.W, SvgCanvas.H - quay).fill(concrete).end();
        c.rect(0, quay, SvgCanvas.W, 8).fill(concrete.darker(0.3)).end();
        double at = r.range(-60, 200);
        while (at < SvgCanvas.W) {
            int high = r.between(1, 2);
            double cw = r.range(150, 190);
            for (int k = 0; k < high; k++) {
                double y = SvgCanvas.H - 14 - (k + 1) * 50;
                Rgb col = d.floodlit(r.pick(CONTAINERS));
                c.rect(at, y, cw, 48).fill(col).end();
                c.line(at + 8, y + 24, at + cw - 8, y + 24).stroke(col.darker(0.25), 36).dash(3, 9).end();
            }
            at += cw + r.range(60, 360);
        }
    }

    /** A ship-to-shore gantry crane: legs on the quay, a long boom reaching out. */
    private static void crane(SvgCanvas c, Daylight d, double x, double quay, double boomY, double gap, boolean right, Rgb colour,
            boolean raised) {
        double reach = 250;
        double back = 70;
        double bx0 = right ? x - back : x + gap - reach - gap;
        double bx1 = right ? x + gap + reach : x + gap + back;
        if (raised) { // boom up, as when no ship is being worked
            if (right) bx1 = x + gap;
            else bx0 = x;
            double hinge = right ? x + gap : x;
            double dir = right ? 1 : -1;
            double tipX = hinge + dir * reach * 0.34;
            double tipY = boomY - reach * 0.94;
            c.path(new Path().polygon(hinge, boomY, hinge, boomY - 16, tipX, tipY - 8, tipX + dir * 14, tipY)).fill(colour).end();
            c.path(new Path().m(x + gap / 2, boomY - 80).l(tipX, tipY)).stroke(colour, 4).end();
        }
        Path legs = new Path()
                .polygon(x, boomY, x + 10, boomY, x + 10, quay, x, quay)
                .polygon(x + gap - 10, boomY, x + gap, boomY, x + gap, quay, x + gap - 10, quay)
                .polygon(x, boomY + 120, x + gap, boomY + 120, x + gap, boomY + 134, x, boomY + 134);
        c.path(legs).fill(colour).end();
        Path braces = new Path().m(x + 5, boomY + 134).l(x + gap - 5, quay - 70).m(x + gap - 5, boomY + 134).l(x + 5, quay - 70);
        c.path(braces).stroke(colour, 6).end();
        c.rect(bx0, boomY - 14, bx1 - bx0, 16).fill(colour).end();
        double apex = x + gap / 2;
        Path stays = new Path().m(x + 5, boomY).l(apex, boomY - 80).l(x + gap - 5, boomY)
                .m(apex, boomY - 80).l(right ? bx1 - 10 : bx0 + 10, boomY - 12)
                .m(apex, boomY - 80).l(right ? bx0 + 6 : bx1 - 6, boomY - 12);
        c.path(stays).noFill().stroke(colour, 5).end();
        c.rect(right ? x - 50 : x + gap - 10, boomY - 40, 60, 26).fill(colour.darker(0.2)).end();
        if (!raised) {
            double trolley = right ? x + gap + reach * 0.6 : x - reach * 0.6 + gap;
            c.rect(trolley - 14, boomY + 2, 28, 14).fill(colour.darker(0.3)).end();
            c.path(new Path().m(trolley - 8, boomY + 16).v(quay - 110).m(trolley + 8, boomY + 16).v(quay - 110))
                    .stroke(colour.darker(0.5), 2).end();
            c.rect(trolley - 30, quay - 112, 60, 8).fill(colour.darker(0.3)).end();
        }
        if (d.lampsOn()) c.circle(apex, boomY - 82, 6).fill(Rgb.hsl(0, 80, 62)).end();
    }

    private static final Rgb[] FACADES = {
            Rgb.hsl(14, 40, 58), Rgb.hsl(40, 50, 68), Rgb.hsl(140, 14, 62), Rgb.hsl(40, 30, 86), Rgb.hsl(205, 22, 64),
            Rgb.hsl(8, 32, 44), Rgb.hsl(30, 20, 74), Rgb.hsl(350, 20, 66),
    };

    /** A row of shops with awnings along a pavement. */
    private static void street(SvgCanvas c, SceneRandom r) {
        Daylight d = SceneKit.daylight(r);
        double pavement = r.range(560, 590);
        SceneKit.sky(c, r, d, pavement);
        Rgb glass = d.lampsOn() ? SceneKit.LAMP : d.light(Rgb.hsl(205, 25, 70));
        Rgb upperGlass = d.lampsOn() ? SceneKit.LAMP : d.light(Rgb.hsl(210, 20, 40));
        Rgb[] facades = SceneKit.shuffled(r, FACADES);
        Rgb[] awnings = {Rgb.hsl(4, 50, 50), Rgb.hsl(150, 30, 38), Rgb.hsl(210, 40, 40), Rgb.hsl(40, 65, 55), Rgb.hsl(350, 30, 40)};
        double x = -r.range(0, 90);
        int i = 0;
        while (x < SvgCanvas.W) {
            double w = r.range(230, 330);
            double top = pavement - r.range(320, 440);
            Rgb wall = d.light(facades[i % facades.length]);
            Rgb trim = wall.darker(0.25);
            c.rect(x, top, w, pavement - top).fill(wall).end();
            c.rect(x - 6, top - 12, w + 12, 16).fill(trim).end();
            if (r.chance(0.4)) c.path(new Path().polygon(x + w * 0.3, top - 12, x + w * 0.5, top - 50, x + w * 0.7, top - 12)).fill(trim).end();
            // upper floors
            double shopTop = pavement - r.range(150, 175);
            int cols = Math.max(2, (int) (w / 90));
            int rows = (int) ((shopTop - top - 40) / 100);
            double gap = (w - cols * 44) / (cols + 1);
            Path windows = new Path();
            Path sills = new Path();
            for (int row = 0; row < rows; row++) {
                for (int col = 0; col < cols; col++) {
                    double wx = x + gap + col * (44 + gap);
                    double wy = top + 30 + row * 100;
                    windows.box(wx, wy, 44, 62);
                    sills.box(wx - 5, wy + 62, 54, 7);
                }
            }
            c.path(windows).fill(upperGlass).end();
            c.path(sills).fill(trim).end();
            // the shop: sign band, window, door, awning
            Rgb accent = d.floodlit(awnings[r.between(0, awnings.length - 1)]);
            c.rect(x + 10, shopTop - 44, w - 20, 38).fill(accent.darker(0.2)).end();
            c.rect(x + 10, shopTop - 6, w - 20, pavement - shopTop + 6).fill(trim).end();
            double doorW = 54;
            boolean doorLeft = r.chance(0.5);
            double doorX = doorLeft ? x + 24 : x + w - 24 - doorW;
            double winX = doorLeft ? doorX + doorW + 14 : x + 24;
            double winW = w - 48 - doorW - 14;
            c.rect(doorX, shopTop + 12, doorW, pavement - shopTop - 12).fill(trim.darker(0.3)).end();
            c.rect(doorX + 10, shopTop + 24, doorW - 20, 60).fill(glass).opacity(0.8).end();
            c.rect(winX, shopTop + 12, winW, pavement - shopTop - 40).fill(glass).end();
            c.path(new Path().m(winX + winW / 2, shopTop + 12).v(pavement - 28)).stroke(trim, 5).end();
            goods(c, r, winX, pavement - 28, winW, d);
            if (r.chance(0.75)) {
                double ay = shopTop - 6;
                double drop = r.range(50, 70);
                int stripes = (int) (w / 34);
                double sw = (w - 10) / stripes;
                Path light = new Path();
                Path dark = new Path();
                for (int k = 0; k < stripes; k++) {
                    double sx = x + 5 + k * sw;
                    (k % 2 == 0 ? dark : light).polygon(sx, ay, sx + sw, ay, sx + sw + (sx + sw - x - w / 2) * 0.08, ay + drop,
                            sx + (sx - x - w / 2) * 0.08, ay + drop);
                }
                c.path(dark).fill(accent).end();
                c.path(light).fill(d.light(Rgb.hsl(40, 30, 92))).end();
            }
            x += w;
            i++;
        }
        // pavement, kerb, road
        Rgb paving = d.light(Rgb.hsl(30, 8, 70));
        c.rect(0, pavement, SvgCanvas.W, SvgCanvas.H - pavement).fill(paving).end();
        double kerb = pavement + r.range(55, 70);
        c.rect(0, kerb, SvgCanvas.W, 8).fill(paving.darker(0.2)).end();
        c.rect(0, kerb + 8, SvgCanvas.W, SvgCanvas.H).fill(d.light(Rgb.hsl(220, 8, 38))).end();
        c.path(new Path().m(0, kerb + 40).h(SvgCanvas.W)).stroke(d.light(Rgb.hsl(45, 60, 80)), 6).dash(60, 40).end();
        // a lamp post and people passing
        double lx = r.range(100, 1100);
        c.rect(lx - 4, pavement - 250, 8, 290).fill(d.light(Rgb.hsl(210, 10, 25))).end();
        c.rect(lx - 16, pavement - 268, 32, 22).rx(4).fill(d.lampsOn() ? SceneKit.LAMP : d.light(Rgb.hsl(210, 10, 25))).end();
        if (d.lampsOn()) c.circle(lx, pavement - 257, 60).fill(SceneKit.LAMP).opacity(0.2).end();
        int people = r.between(0, 3);
        for (int k = 0; k < people; k++) {
            SceneKit.person(c, r.range(60, 1140), pavement + r.range(25, 50), r.range(150, 175), d.light(r.pick(Rgb.hsl(220, 20, 25),
                    Rgb.hsl(10, 30, 30), Rgb.hsl(160, 20, 25))));
        }
    }

    /** Things on display in a shop window: loaves, bottles, jars, boxes. */
    private static void goods(SvgCanvas c, SceneRandom r, double x, double shelf, double w, Daylight d) {
        Rgb[] colours = {Rgb.hsl(30, 55, 55), Rgb.hsl(140, 30, 35), Rgb.hsl(40, 70, 60), Rgb.hsl(8, 45, 48), Rgb.hsl(200, 30, 45)};
        Rgb colour = d.floodlit(colours[r.between(0, colours.length - 1)]);
        Path p = new Path();
        int kind = r.between(0, 2);
        for (double at = x + 16; at < x + w - 40; at += r.range(36, 52)) {
            switch (kind) {
                case 0 -> p.m(at, shelf).q(at, shelf - 30, at + 16, shelf - 30).q(at + 32, shelf - 30, at + 32, shelf).z();
                case 1 -> p.box(at + 8, shelf - 48, 14, 48).box(at + 12, shelf - 62, 6, 14);
                default -> p.box(at, shelf - 28, 28, 28);
            }
        }
        c.path(p).fill(colour).end();
        c.rect(x, shelf, w, 12).fill(colour.darker(0.4)).end();
    }
}
