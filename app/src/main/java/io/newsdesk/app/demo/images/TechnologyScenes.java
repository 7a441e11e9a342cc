package io.newsdesk.app.demo.images;

import io.newsdesk.app.demo.images.SvgCanvas.Path;
import java.util.ArrayList;
import java.util.List;

/** Technology: a circuit board around a chip, devices on a desk, or a network of nodes. */
final class TechnologyScenes {
    private TechnologyScenes() {}

    private static final Rgb[] GLOWS = {Rgb.hsl(185, 55, 58), Rgb.hsl(150, 45, 55), Rgb.hsl(42, 75, 60), Rgb.hsl(330, 45, 65)};

    static void draw(SvgCanvas c, SceneRandom r) {
        switch (r.weighted(0.28, 0.26, 0.22, 0.24)) {
            case 0 -> circuit(c, r);
            case 1 -> desk(c, r);
            case 2 -> network(c, r);
            default -> robot(c, r);
        }
    }

    private static void circuit(SvgCanvas c, SceneRandom r) {
        double hue = r.pick(160.0, 215.0, 245.0, 190.0);
        boolean light = r.chance(0.3);
        Rgb board = light ? Rgb.hsl(r.range(35, 50), r.range(18, 28), r.range(88, 92)) : Rgb.hsl(hue, r.range(28, 38), r.range(16, 21));
        Rgb trace = light ? Rgb.hsl(hue, 25, 62) : board.lighter(r.range(0.18, 0.26));
        Rgb copper = Rgb.hsl(r.range(32, 42), 45, 58);
        Rgb glow = r.pick(GLOWS);
        c.rect(0, 0, SvgCanvas.W, SvgCanvas.H).fill(board).end();

        double size = r.range(160, 290);
        double cx = r.range(380, 820);
        double cy = r.range(270, 400);
        int pins = r.between(5, 8);
        double pitch = size * 0.8 / pins;
        double fan = r.range(40, 90);
        Path traces = new Path();
        Path lit = new Path();
        Path pads = new Path();
        int skip = r.chance(0.35) ? r.between(0, 3) : -1;
        for (int side = 0; side < 4; side++) {
            if (side == skip) continue;
            double angle = side * Math.PI / 2;
            double cos = Math.cos(angle);
            double sin = Math.sin(angle);
            double run = r.range(60, 110);
            for (int i = 0; i < pins; i++) {
                double offset = (i - (pins - 1) / 2.0) * pitch;
                int k = (int) Math.round(Math.abs(offset) / pitch);
                double dir = Math.signum(offset);
                double leg1 = 18 + (pins / 2 - k) * pitch * 0.7;
                double reach = size / 2 + 14;
                double end = reach + leg1 + fan + r.range(40, 420);
                // local coordinates: x across the side, y outwards from the chip
                double[] xs = {offset, offset, offset + dir * fan, offset + dir * fan};
                double[] ys = {reach, reach + leg1, reach + leg1 + fan, end};
                Path p = r.chance(0.12) ? lit : traces;
                for (int j = 0; j < 4; j++) {
                    double gx = cx + xs[j] * cos - ys[j] * sin;
                    double gy = cy + xs[j] * sin + ys[j] * cos;
                    if (j == 0) p.m(gx, gy);
                    else p.l(gx, gy);
                    if (j == 3) pads.circle(gx, gy, 8);
                }
            }
            if (r.chance(0.7)) { // a side branch with a small part on it
                double px = cx + (run + size) * cos * 1.4 + r.jitter(60);
                double py = cy + (run + size) * sin * 1.4 + r.jitter(60);
                part(c, px, py, r.chance(0.5), copper, board);
            }
        }
        c.path(traces).noFill().stroke(trace, 5).round().end();
        c.path(lit).noFill().stroke(glow, 14).round().opacity(0.25).end();
        c.path(lit).noFill().stroke(glow, 5).round().end();
        c.path(pads).fill(board).stroke(copper, 4).end();
        // a few vias scattered
        Path vias = new Path();
        int n = r.between(10, 22);
        for (int i = 0; i < n; i++) vias.circle(r.range(20, 1180), r.range(20, 655), 5);
        c.path(vias).fill(light ? board : board.darker(0.3)).stroke(trace, 3).end();

        if (r.chance(0.5)) { // a second, smaller chip off to one side
            double small = size * r.range(0.4, 0.55);
            double ox = cx < 600 ? r.range(cx + size + 120, 1100) : r.range(100, cx - size - 120);
            chip(c, ox, r.range(130, 545), small, Math.max(3, pins - 3), hue, copper, r.pick(GLOWS));
        }
        chip(c, cx, cy, size, pins, hue, copper, glow);
    }

    private static void chip(SvgCanvas c, double cx, double cy, double size, int pins, double hue, Rgb copper, Rgb glow) {
        double pitch = size * 0.8 / pins;
        c.rect(cx - size / 2 + 8, cy - size / 2 + 10, size, size).rx(10).fill(Rgb.BLACK).opacity(0.3).end();
        Path legs = new Path();
        for (int side = 0; side < 4; side++) {
            double angle = side * Math.PI / 2;
            for (int i = 0; i < pins; i++) {
                double offset = (i - (pins - 1) / 2.0) * pitch;
                double a0 = size / 2 - 4;
                double a1 = size / 2 + 14;
                double w = pitch * 0.22;
                double[][] corners = {{offset - w, a0}, {offset + w, a0}, {offset + w, a1}, {offset - w, a1}};
                double[] xy = new double[8];
                for (int j = 0; j < 4; j++) {
                    xy[2 * j] = cx + corners[j][0] * Math.cos(angle) - corners[j][1] * Math.sin(angle);
                    xy[2 * j + 1] = cy + corners[j][0] * Math.sin(angle) + corners[j][1] * Math.cos(angle);
                }
                legs.polygon(xy);
            }
        }
        c.path(legs).fill(copper.lighter(0.2)).end();
        Rgb body = Rgb.hsl(hue, 12, 11);
        c.rect(cx - size / 2, cy - size / 2, size, size).rx(10).fill(body).end();
        c.rect(cx - size * 0.3, cy - size * 0.3, size * 0.6, size * 0.6).rx(6).fill(body.lighter(0.08)).end();
        c.circle(cx - size / 2 + size * 0.1, cy - size / 2 + size * 0.1, size * 0.03).fill(body.lighter(0.2)).end();
        c.rect(cx - size * 0.18, cy - size * 0.18, size * 0.36, size * 0.36).rx(4).fill(glow).opacity(0.85).end();
    }

    /** A resistor or a capacitor, seen from above. */
    private static void part(SvgCanvas c, double x, double y, boolean resistor, Rgb copper, Rgb board) {
        if (resistor) {
            c.rect(x - 30, y - 12, 60, 24).rx(4).fill(board.darker(0.45)).end();
            c.rect(x - 30, y - 12, 12, 24).fill(copper).end();
            c.rect(x + 18, y - 12, 12, 24).fill(copper).end();
        } else {
            Rgb cap = board.luminance() > 0.5 ? Rgb.hsl(210, 20, 45) : board.lighter(0.5);
            c.circle(x, y, 26).fill(cap).end();
            c.circle(x, y, 18).fill(cap.darker(0.2)).end();
            c.rect(x - 18, y - 3, 36, 6).fill(cap).end();
        }
    }

    private static void desk(SvgCanvas c, SceneRandom r) {
        boolean dark = r.chance(0.4);
        double hue = r.range(190, 240);
        Rgb wall = dark ? Rgb.hsl(hue, r.range(18, 28), r.range(18, 24)) : Rgb.hsl(hue, r.range(15, 28), r.range(80, 88));
        Rgb table = r.pick(Rgb.hsl(28, 30, 58), Rgb.hsl(30, 12, 72), Rgb.hsl(210, 10, 40), Rgb.hsl(35, 35, 45));
        Rgb deviceBody = r.pick(Rgb.hsl(210, 8, 78), Rgb.hsl(220, 10, 28), Rgb.hsl(30, 10, 82));
        Rgb bezel = Rgb.hsl(220, 12, 14);
        Rgb accent = r.pick(GLOWS).darker(0.1);
        boolean darkScreens = r.chance(0.5);
        Rgb screen = darkScreens ? Rgb.hsl(hue, 25, 20) : Rgb.hsl(hue, 20, 96);
        Rgb ui = darkScreens ? Rgb.hsl(hue, 15, 40) : Rgb.hsl(hue, 15, 84);
        c.rect(0, 0, SvgCanvas.W, SvgCanvas.H).fill(wall).end();
        double top = r.range(500, 540);
        if (r.chance(0.6)) { // a window or a shelf line on the wall
            double wx = r.range(40, 900);
            c.rect(wx, 60, 260, 250).rx(6).fill(wall.lighter(dark ? 0.08 : 0.35)).end();
            c.path(new Path().m(wx + 130, 60).v(310).m(wx, 185).h(wx + 260)).stroke(wall, 8).end();
        }
        c.rect(0, top, SvgCanvas.W, SvgCanvas.H - top).fill(table).end();
        c.rect(0, top, SvgCanvas.W, 10).fill(table.lighter(0.15)).end();

        // laptop
        double lw = r.range(440, 520);
        double lh = lw * 0.62;
        double lx = r.range(180, 1200 - lw - 220);
        double ly = top - lh - 6;
        c.ellipse(lx + lw / 2, top + 14, lw * 0.62, 16).fill(Rgb.BLACK).opacity(0.12).end();
        c.rect(lx, ly, lw, lh).rx(16).fill(bezel).end();
        double sx = lx + 18;
        double sy = ly + 18;
        double sw = lw - 36;
        double sh = lh - 32;
        c.rect(sx, sy, sw, sh).rx(4).fill(screen).end();
        screenUi(c, r, sx, sy, sw, sh, ui, accent, screen);
        c.path(new Path().polygon(lx - 40, top - 8, lx + lw + 40, top - 8, lx + lw + 26, top + 6, lx - 26, top + 6)).fill(deviceBody).end();
        c.rect(lx + lw / 2 - 50, top - 8, 100, 5).rx(2).fill(deviceBody.darker(0.15)).end();

        // phone standing to one side, or a tablet lying flat
        boolean phoneRight = r.chance(0.5);
        double pw = r.range(100, 120);
        double ph = pw * 2;
        double px = phoneRight ? lx + lw + r.range(50, 110) : lx - pw - r.range(50, 110);
        double py = top - ph + r.range(0, 10);
        c.rect(px, py, pw, ph).rx(16).fill(bezel).end();
        c.rect(px + 8, py + 16, pw - 16, ph - 32).rx(6).fill(screen).end();
        c.circle(px + pw / 2, py + 60, 22).fill(accent).end();
        for (int i = 0; i < 4; i++) {
            c.rect(px + 18, py + 100 + i * 26, (pw - 36) * (i % 2 == 0 ? 1 : 0.65), 12).rx(6).fill(ui).end();
        }
        // something else on the desk
        double ox = phoneRight ? lx - r.range(120, 170) : lx + lw + r.range(70, 120);
        if (r.chance(0.5)) { // a mug
            Rgb mug = r.pick(Rgb.hsl(8, 45, 55), Rgb.hsl(45, 55, 60), Rgb.hsl(200, 30, 50), Rgb.hsl(40, 15, 92));
            c.path(new Path().circle(ox + 62, top - 50, 22)).noFill().stroke(mug, 10).end();
            c.rect(ox, top - 90, 64, 86).rx(10).fill(mug).end();
        } else { // a plant
            Rgb leaf = Rgb.hsl(r.range(95, 150), 28, dark ? 42 : 38);
            for (int i = 0; i < 5; i++) {
                double a = -90 + (i - 2) * 24 + r.jitter(6);
                c.ellipse(ox + 40, top - 150, 16, 60).fill(leaf.darker(i % 2 * 0.15)).rotate(a + 90, ox + 40, top - 90).end();
            }
            c.path(new Path().polygon(ox + 6, top - 90, ox + 74, top - 90, ox + 64, top - 4, ox + 16, top - 4))
                    .fill(r.pick(Rgb.hsl(18, 40, 52), Rgb.hsl(40, 10, 88), Rgb.hsl(200, 10, 35))).end();
        }
        if (r.chance(0.5)) { // signal
            double wx = px + pw / 2;
            double wy = py - 30;
            Path waves = new Path();
            for (int i = 1; i <= 3; i++) {
                double rr = i * 22;
                waves.m(wx - rr * 0.7, wy - rr * 0.7 + 20).arc(rr, rr, 0, false, true, wx + rr * 0.7, wy - rr * 0.7 + 20);
            }
            c.path(waves).noFill().stroke(accent, 8).round().end();
        }
    }

    /** Blocks that read as an app without any text: a bar, a side column, cards, a chart. */
    private static void screenUi(SvgCanvas c, SceneRandom r, double x, double y, double w, double h, Rgb ui, Rgb accent, Rgb screen) {
        c.rect(x, y, w, 28).fill(ui).opacity(0.6).end();
        c.circle(x + 16, y + 14, 6).fill(accent).end();
        double side = r.chance(0.6) ? w * 0.22 : 0;
        if (side > 0) {
            for (int i = 0; i < 5; i++) c.rect(x + 14, y + 48 + i * 26, side - 28, 10).rx(5).fill(ui).end();
        }
        double cx = x + side + 14;
        double cw = w - side - 28;
        int cards = r.between(2, 3);
        double gap = 12;
        double cardW = (cw - gap * (cards - 1)) / cards;
        for (int i = 0; i < cards; i++) {
            double kx = cx + i * (cardW + gap);
            c.rect(kx, y + 44, cardW, 56).rx(6).fill(ui).opacity(0.55).end();
            c.rect(kx + 10, y + 58, cardW * 0.5, 10).rx(5).fill(i == 0 ? accent : ui.darker(0.15)).end();
            c.rect(kx + 10, y + 76, cardW * 0.75, 8).rx(4).fill(ui.darker(0.1)).end();
        }
        double chartTop = y + 116;
        double chartBottom = y + h - 16;
        c.rect(cx, chartTop, cw, chartBottom - chartTop).rx(6).fill(ui).opacity(0.3).end();
        int n = 8;
        double[] xs = new double[n];
        double[] ys = new double[n];
        double v = r.range(0.3, 0.6);
        for (int i = 0; i < n; i++) {
            v = Math.clamp(v + r.jitter(0.2) + 0.03, 0.1, 0.9);
            xs[i] = cx + 12 + (cw - 24) * i / (n - 1);
            ys[i] = chartBottom - 10 - v * (chartBottom - chartTop - 20);
        }
        c.path(SceneKit.smoothThrough(new Path().m(xs[0], ys[0]), xs, ys)).noFill().stroke(accent, 5).round().end();
    }

    private static void network(SvgCanvas c, SceneRandom r) {
        boolean dark = r.chance(0.6);
        double hue = r.range(200, 250);
        Rgb bgTop = dark ? Rgb.hsl(hue, r.range(30, 40), r.range(12, 16)) : Rgb.hsl(hue, r.range(15, 25), r.range(92, 95));
        Rgb bgBottom = dark ? Rgb.hsl(hue + 20, 30, r.range(20, 26)) : Rgb.hsl(hue - 20, 20, r.range(84, 88));
        Rgb line = dark ? Rgb.hsl(hue, 25, 70) : Rgb.hsl(hue, 25, 40);
        Rgb node = dark ? Rgb.hsl(hue, 20, 88) : Rgb.hsl(hue, 30, 30);
        Rgb glow = dark ? r.pick(GLOWS) : r.pick(GLOWS).darker(0.2);
        String gradient = c.verticalGradient(bgTop, bgBottom);
        c.rect(0, 0, SvgCanvas.W, SvgCanvas.H).fill(SvgCanvas.url(gradient)).end();

        List<double[]> nodes = new ArrayList<>();
        int cols = r.between(6, 8);
        int rows = r.between(3, 5);
        for (int i = 0; i < cols; i++) {
            for (int j = 0; j < rows; j++) {
                if (r.chance(0.22)) continue;
                nodes.add(new double[] {(i + 0.5 + r.jitter(0.35)) * 1200 / cols, (j + 0.5 + r.jitter(0.35)) * 675 / rows});
            }
        }
        Path edges = new Path();
        List<int[]> links = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            int[] nearest = nearest(nodes, i, 3);
            for (int j : nearest) {
                if (j < 0 || (j < i && contains(nearest(nodes, j, 3), i))) continue;
                edges.m(nodes.get(i)[0], nodes.get(i)[1]).l(nodes.get(j)[0], nodes.get(j)[1]);
                links.add(new int[] {i, j});
            }
        }
        c.path(edges).stroke(line, 5).opacity(0.5).end();
        // one route across the network, lit
        Path route = new Path();
        int at = 0;
        for (int i = 1; i < nodes.size(); i++) if (nodes.get(i)[0] < nodes.get(at)[0]) at = i;
        route.m(nodes.get(at)[0], nodes.get(at)[1]);
        boolean[] seen = new boolean[nodes.size()];
        List<Integer> onRoute = new ArrayList<>();
        onRoute.add(at);
        for (int hop = 0; hop < 7; hop++) {
            seen[at] = true;
            int next = -1;
            for (int[] l : links) {
                int other = l[0] == at ? l[1] : l[1] == at ? l[0] : -1;
                if (other >= 0 && !seen[other] && (next < 0 || nodes.get(other)[0] > nodes.get(next)[0])) next = other;
            }
            if (next < 0) break;
            route.l(nodes.get(next)[0], nodes.get(next)[1]);
            at = next;
            onRoute.add(at);
        }
        c.path(route).noFill().stroke(glow, 16).round().opacity(0.2).end();
        c.path(route).noFill().stroke(glow, 6).round().end();
        Path small = new Path();
        Path large = new Path();
        for (int i = 0; i < nodes.size(); i++) {
            if (!onRoute.contains(i)) (r.chance(0.3) ? large : small).dot(nodes.get(i)[0], nodes.get(i)[1]);
        }
        c.path(small).stroke(bgTop, 30).round().end();
        c.path(small).stroke(node, 18).round().end();
        c.path(large).stroke(bgTop, 44).round().end();
        c.path(large).stroke(node, 32).round().end();
        c.path(large).stroke(glow, 12).round().end();
        for (int i : onRoute) c.circle(nodes.get(i)[0], nodes.get(i)[1], 14).fill(glow).stroke(bgTop, 5).end();
        // a hub with rings
        double[] hub = nodes.get(onRoute.get(onRoute.size() / 2));
        for (int i = 1; i <= 3; i++) c.circle(hub[0], hub[1], 12 + i * 26).noFill().stroke(glow, 4).opacity(0.5 - i * 0.12).end();
        c.circle(hub[0], hub[1], 24).fill(glow).end();
        c.circle(hub[0], hub[1], 10).fill(bgTop).end();
    }

    /** An industrial robot arm over a conveyor belt carrying boxes. */
    private static void robot(SvgCanvas c, SceneRandom r) {
        boolean dark = r.chance(0.35);
        double hue = r.range(190, 230);
        Rgb wall = dark ? Rgb.hsl(hue, r.range(15, 25), r.range(18, 24)) : Rgb.hsl(hue, r.range(10, 20), r.range(84, 90));
        Rgb floor = dark ? wall.lighter(0.08) : wall.darker(0.18);
        Rgb metal = Rgb.hsl(hue, 8, dark ? 55 : 38);
        Rgb arm = r.pick(Rgb.hsl(28, 70, 55), Rgb.hsl(45, 70, 55), Rgb.hsl(0, 0, 92), Rgb.hsl(180, 35, 42), Rgb.hsl(8, 50, 50));
        double floorY = r.range(540, 575);
        c.rect(0, 0, SvgCanvas.W, floorY).fill(wall).end();
        c.rect(0, floorY, SvgCanvas.W, SvgCanvas.H - floorY).fill(floor).end();
        if (r.chance(0.6)) { // high windows
            Path panes = new Path();
            double wy = r.range(50, 90);
            for (double x = r.range(20, 120); x < 1180; x += 150) panes.box(x, wy, 110, 70);
            c.path(panes).fill(wall.lighter(dark ? 0.1 : 0.4)).end();
        }
        // the belt
        double beltY = floorY - r.range(120, 160);
        c.rect(-10, beltY, 1220, 26).rx(13).fill(metal.darker(0.35)).end();
        Path rollers = new Path();
        for (double x = 10; x < 1200; x += 40) rollers.dot(x, beltY + 13);
        c.path(rollers).stroke(metal, 10).round().end();
        Path legs = new Path();
        for (double x = 60; x < 1200; x += 220) legs.box(x, beltY + 26, 14, floorY - beltY - 26);
        c.path(legs).fill(metal.darker(0.2)).end();
        Rgb carton = Rgb.hsl(r.range(28, 36), r.range(35, 45), r.range(55, 62));
        double bx = r.range(80, 200);
        double target = -1;
        while (bx < 1150) {
            double w = r.range(70, 110);
            double h = r.range(50, 80);
            c.rect(bx, beltY - h, w, h).fill(carton).end();
            c.rect(bx + w * 0.4, beltY - h, w * 0.2, h).fill(carton.darker(0.12)).end();
            if (target < 0 && bx > 450) target = bx + w / 2;
            bx += w + r.range(90, 220);
        }
        if (target < 0) target = 700;
        // the arm, standing behind the belt
        double baseX = target + (r.chance(0.5) ? -1 : 1) * r.range(220, 320);
        baseX = Math.clamp(baseX, 160, 1040);
        double shoulderY = floorY - r.range(190, 230);
        c.path(new Path().polygon(baseX - 80, floorY, baseX + 80, floorY, baseX + 56, floorY - 40, baseX - 56, floorY - 40))
                .fill(arm.darker(0.35)).end();
        c.rect(baseX - 44, shoulderY, 88, floorY - 40 - shoulderY).rx(10).fill(arm.darker(0.15)).end();
        double elbowX = (baseX + target) / 2 + r.jitter(40);
        double elbowY = shoulderY - r.range(150, 210);
        double wristX = target;
        double wristY = beltY - r.range(150, 190);
        Path links = new Path().m(baseX, shoulderY).l(elbowX, elbowY).l(wristX, wristY);
        c.path(links).noFill().stroke(arm.darker(0.25), 58).round().end();
        c.path(links).noFill().stroke(arm, 44).round().end();
        c.path(new Path().m(baseX + 30, shoulderY + 10).q(baseX + 80, elbowY + 40, elbowX + 20, elbowY + 30))
                .noFill().stroke(Rgb.hsl(0, 0, 15), 6).round().opacity(0.7).end();
        for (double[] j : new double[][] {{baseX, shoulderY, 34}, {elbowX, elbowY, 28}, {wristX, wristY, 22}}) {
            c.circle(j[0], j[1], j[2]).fill(arm.darker(0.3)).end();
            c.circle(j[0], j[1], j[2] * 0.45).fill(metal.lighter(0.3)).end();
        }
        c.rect(wristX - 10, wristY + 18, 20, 40).fill(metal).end();
        c.path(new Path().m(wristX - 26, wristY + 100).v(wristY + 62).h(wristX + 26).v(wristY + 100)).noFill().stroke(metal, 10).round().end();
        if (r.chance(0.6)) { // a status light
            c.circle(baseX, shoulderY + 40, 8).fill(r.pick(GLOWS)).end();
        }
    }

    private static int[] nearest(List<double[]> nodes, int i, int k) {
        int[] best = new int[k];
        double[] dist = new double[k];
        java.util.Arrays.fill(best, -1);
        java.util.Arrays.fill(dist, Double.MAX_VALUE);
        for (int j = 0; j < nodes.size(); j++) {
            if (j == i) continue;
            double d = Math.hypot(nodes.get(j)[0] - nodes.get(i)[0], nodes.get(j)[1] - nodes.get(i)[1]);
            for (int s = 0; s < k; s++) {
                if (d < dist[s]) {
                    for (int t = k - 1; t > s; t--) {
                        dist[t] = dist[t - 1];
                        best[t] = best[t - 1];
                    }
                    dist[s] = d;
                    best[s] = j;
                    break;
                }
            }
        }
        return best;
    }

    private static boolean contains(int[] a, int v) {
        for (int x : a) if (x == v) return true;
        return false;
    }
}
