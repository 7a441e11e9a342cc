package io.newsdesk.app.demo.images;

import io.newsdesk.app.demo.images.SceneKit.Daylight;
import io.newsdesk.app.demo.images.SvgCanvas.Path;
import java.util.ArrayList;
import java.util.List;

/** Politics: an assembly building with columns, the seats of a chamber by party, or a ballot box. */
final class PoliticsScenes {
    private PoliticsScenes() {}

    /** Muted party colours. */
    private static final Rgb[] PARTIES = {
            Rgb.hsl(4, 48, 52), Rgb.hsl(28, 60, 56), Rgb.hsl(45, 62, 58), Rgb.hsl(120, 24, 45), Rgb.hsl(208, 40, 42),
            Rgb.hsl(275, 22, 48), Rgb.hsl(180, 32, 40), Rgb.hsl(330, 30, 55), Rgb.hsl(210, 8, 60),
    };

    static void draw(SvgCanvas c, SceneRandom r) {
        switch (r.weighted(0.45, 0.35, 0.2)) {
            case 0 -> assembly(c, r);
            case 1 -> chamber(c, r);
            default -> ballot(c, r);
        }
    }

    private static void assembly(SvgCanvas c, SceneRandom r) {
        Daylight d = SceneKit.daylight(r);
        double ground = r.range(575, 610);
        SceneKit.sky(c, r, d, ground);
        Rgb stone = d.light(Rgb.hsl(r.range(30, 45), r.range(14, 26), r.range(80, 87)));
        Rgb shadow = stone.darker(0.22);
        Rgb deep = d.lampsOn() ? Rgb.hsl(36, 45, d.dark() ? 40 : 48) : stone.darker(0.42);
        Rgb glass = d.lampsOn() ? SceneKit.LAMP : d.light(Rgb.hsl(210, 18, 36));

        if (r.chance(0.6)) { // the town behind
            Rgb town = d.skyBottom.darker(0.12).mix(d.skyTop, 0.25);
            Path roofs = new Path().m(0, ground);
            for (double x = 0; x < SvgCanvas.W; ) {
                double w = r.range(40, 110);
                double top = ground - r.range(90, 220);
                roofs.v(top).h(x + w);
                x += w;
            }
            c.path(roofs.v(ground).z()).fill(town).opacity(0.55).end();
        }
        c.rect(0, ground, SvgCanvas.W, SvgCanvas.H - ground).fill(d.light(Rgb.hsl(35, 12, 66))).end();
        c.rect(0, ground, SvgCanvas.W, 6).fill(shadow).opacity(0.5).end();

        int columns = r.between(4, 8);
        double cw = r.range(20, 28);
        double step = cw * r.range(2.3, 2.9);
        double colH = r.range(150, 195);
        double porticoW = (columns - 1) * step + cw + 40;
        double bx = 600 + r.jitter(150);
        double stylobate = ground - 36;
        double colTop = stylobate - colH;
        double entabTop = colTop - 34;
        boolean pediment = r.chance(0.75);
        double pedH = pediment ? r.range(55, 85) : 30;
        double left = bx - porticoW / 2;
        double right = bx + porticoW / 2;

        // dome behind the portico
        if (r.chance(0.6)) {
            Rgb domeColour = d.light(r.pick(Rgb.hsl(165, 22, 58), Rgb.hsl(210, 8, 62), Rgb.hsl(22, 38, 54), Rgb.hsl(40, 20, 80)));
            double drumW = porticoW * r.range(0.45, 0.6);
            double drumTop = entabTop - pedH * 0.6 - r.range(40, 70);
            double dr = drumW / 2 * 0.94;
            double dry = dr * r.range(0.75, 1.05);
            c.rect(bx - drumW / 2, drumTop, drumW, entabTop - drumTop).fill(stone).end();
            c.rect(bx - drumW / 2 - 6, drumTop - 8, drumW + 12, 10).fill(shadow).end();
            Path pilasters = new Path();
            for (int i = 1; i < 6; i++) {
                double x = bx - drumW / 2 + drumW * i / 6;
                pilasters.m(x, drumTop + 8).v(entabTop);
            }
            c.path(pilasters).stroke(shadow, 5).end();
            c.path(new Path().m(bx - dr, drumTop - 8).arc(dr, dry, 0, false, true, bx + dr, drumTop - 8).z()).fill(domeColour).end();
            Path ribs = new Path();
            for (double k : new double[] {0.35, 0.7}) {
                ribs.m(bx, drumTop - 8 - dry).arc(dr * k, dry, 0, false, false, bx - dr * k, drumTop - 8)
                        .m(bx, drumTop - 8 - dry).arc(dr * k, dry, 0, false, true, bx + dr * k, drumTop - 8);
            }
            c.path(ribs).noFill().stroke(domeColour.darker(0.25), 3).end();
            double lanternTop = drumTop - 8 - dry - 34;
            c.rect(bx - 12, lanternTop, 24, 36).fill(stone).end();
            c.circle(bx, lanternTop, 12).fill(domeColour).end();
            flag(c, r, d, bx, lanternTop - 10);
        }

        // wings
        double wingW = r.range(150, 270);
        double wingTop = colTop + r.range(-10, 40);
        for (int side = -1; side <= 1; side += 2) {
            double x0 = side < 0 ? left - wingW : right;
            c.rect(x0, wingTop, wingW, ground - wingTop).fill(stone).end();
            c.rect(x0 - (side < 0 ? 8 : 0), wingTop - 10, wingW + 8, 12).fill(shadow).end();
            int rows = wingTop < stylobate - 150 ? 3 : 2;
            int cols = (int) (wingW / 58);
            double gap = (wingW - cols * 24) / (cols + 1);
            double rowGap = (stylobate - 20 - wingTop) / rows;
            Path windows = new Path();
            for (int row = 0; row < rows; row++) {
                for (int col = 0; col < cols; col++) {
                    double wx = x0 + gap + col * (24 + gap);
                    double wy = wingTop + 24 + row * rowGap;
                    windows.m(wx, wy + 8).q(wx + 12, wy - 6, wx + 24, wy + 8).v(wy + rowGap * 0.62).h(wx).z();
                }
            }
            c.path(windows).fill(glass).end();
        }

        // portico: back wall, door, columns, entablature, pediment, steps
        c.rect(left + 10, colTop, porticoW - 20, colH).fill(deep).end();
        double doorW = Math.min(step * 0.9, 70);
        double doorH = colH * 0.55;
        c.path(new Path().m(bx - doorW / 2, stylobate).v(stylobate - doorH + doorW / 2)
                .arc(doorW / 2, doorW / 2, 0, false, true, bx + doorW / 2, stylobate - doorH + doorW / 2).v(stylobate).z())
                .fill(d.lampsOn() ? SceneKit.LAMP.darker(0.1) : deep.darker(0.35)).end();
        Path cols = new Path();
        Path colShade = new Path();
        Path caps = new Path();
        for (int i = 0; i < columns; i++) {
            double x = left + 20 + i * step;
            cols.polygon(x, colTop, x + cw, colTop, x + cw, stylobate, x, stylobate);
            colShade.polygon(x + cw * 0.62, colTop, x + cw, colTop, x + cw, stylobate, x + cw * 0.62, stylobate);
            caps.polygon(x - 6, colTop, x + cw + 6, colTop, x + cw + 6, colTop + 10, x - 6, colTop + 10);
            caps.polygon(x - 4, stylobate - 9, x + cw + 4, stylobate - 9, x + cw + 4, stylobate, x - 4, stylobate);
        }
        c.path(cols).fill(stone).end();
        c.path(colShade).fill(shadow).end();
        c.path(caps).fill(stone).end();
        c.rect(left - 6, entabTop, porticoW + 12, 34).fill(stone).end();
        c.rect(left - 6, entabTop + 22, porticoW + 12, 5).fill(shadow).end();
        if (pediment) {
            c.path(new Path().polygon(left - 14, entabTop + 2, bx, entabTop - pedH, right + 14, entabTop + 2)).fill(stone).end();
            c.path(new Path().polygon(left + 22, entabTop - 6, bx, entabTop - pedH + 16, right - 22, entabTop - 6)).fill(shadow).end();
        } else {
            c.rect(left + 10, entabTop - pedH, porticoW - 20, pedH).fill(stone).end();
            Path balusters = new Path();
            for (double x = left + 22; x < right - 16; x += 14) balusters.m(x, entabTop - pedH + 10).v(entabTop - 4);
            c.path(balusters).stroke(shadow, 5).end();
        }
        double walk = porticoW * 0.55;
        c.path(new Path().polygon(bx - walk / 2, ground, bx + walk / 2, ground, bx + walk * 0.9, SvgCanvas.H, bx - walk * 0.9, SvgCanvas.H))
                .fill(stone).opacity(0.45).end();
        for (int i = 0; i < 3; i++) {
            double w = porticoW + 70 - i * 22;
            c.rect(bx - w / 2, ground - (i + 1) * 12, w, 12).fill(i % 2 == 0 ? stone : stone.darker(0.08)).end();
        }
        if (r.chance(0.7)) {
            for (int side = -1; side <= 1; side += 2) {
                double px = bx + side * (porticoW / 2 + wingW * r.range(0.3, 0.7));
                c.rect(px - 3, ground - 240, 6, 240).fill(d.light(Rgb.hsl(210, 8, 40))).end();
                flag(c, r, d, px, ground - 240);
            }
        }

        // trees in front of the wings
        Rgb leaves = d.light(Rgb.hsl(r.range(85, 140), r.range(18, 30), r.range(34, 44)));
        Rgb trunk = d.light(Rgb.hsl(25, 25, 28));
        int trees = r.between(1, 3);
        for (int side = -1; side <= 1; side += 2) {
            for (int i = 0; i < trees; i++) {
                double tx = bx + side * (porticoW / 2 + 30 + wingW + i * 90 + r.range(-20, 20));
                if (tx < -40 || tx > 1240) continue;
                SceneKit.tree(c, r, tx, ground + r.range(10, 40), r.range(130, 190), leaves, trunk);
            }
        }
    }

    /** A flag on a pole whose top is at (x, top). */
    private static void flag(SvgCanvas c, SceneRandom r, Daylight d, double x, double top) {
        c.rect(x - 2, top - 60, 4, 60).fill(d.light(Rgb.hsl(210, 8, 35))).end();
        double fw = r.range(52, 70);
        double fh = fw * 0.62;
        double y = top - 58;
        Rgb a = d.light(r.pick(PARTIES));
        Rgb b = d.light(r.pick(Rgb.hsl(40, 30, 92), Rgb.hsl(210, 40, 40), Rgb.hsl(45, 62, 58)));
        c.path(new Path().m(x + 2, y).q(x + fw / 2, y - 8, x + fw, y).v(y + fh).q(x + fw / 2, y + fh - 8, x + 2, y + fh).z()).fill(a).end();
        c.path(new Path().m(x + 2, y + fh / 3).q(x + fw / 2, y + fh / 3 - 8, x + fw, y + fh / 3).v(y + fh * 2 / 3)
                .q(x + fw / 2, y + fh * 2 / 3 - 8, x + 2, y + fh * 2 / 3).z()).fill(b).end();
    }

    /** The seats of a chamber in a half circle, coloured by party, around the speaker's desk. */
    private static void chamber(SvgCanvas c, SceneRandom r) {
        boolean dark = r.chance(0.45);
        double hue = r.range(200, 230);
        Rgb bg = dark ? Rgb.hsl(hue, r.range(18, 28), r.range(17, 23)) : Rgb.hsl(r.range(30, 50), r.range(20, 30), r.range(90, 94));
        Rgb floor = dark ? bg.lighter(0.07) : bg.darker(0.06);
        Rgb ink = dark ? Rgb.hsl(40, 25, 88) : Rgb.hsl(hue, 30, 25);
        c.rect(0, 0, SvgCanvas.W, SvgCanvas.H).fill(bg).end();

        double cx = 600 + r.jitter(40);
        double cy = r.range(545, 580);
        int rows = r.between(5, 7);
        double inner = r.range(150, 185);
        double spacing = (Math.min(cy - 60, 520) - inner) / rows;
        double seat = Math.min(13, spacing * 0.34);
        c.path(new Path().m(cx - inner - rows * spacing - 20, cy).arc(inner + rows * spacing + 20, inner + rows * spacing + 20, 0, false, true,
                cx + inner + rows * spacing + 20, cy).z()).fill(floor).end();
        c.path(new Path().m(cx - inner + 30, cy).arc(inner - 30, inner - 30, 0, false, true, cx + inner - 30, cy).z())
                .fill(floor.mix(ink, 0.08)).end();

        int aisles = r.between(2, 4);
        List<double[]> seats = new ArrayList<>();
        for (int row = 0; row < rows; row++) {
            double rad = inner + row * spacing;
            int n = (int) (Math.PI * rad / (seat * 2.7));
            for (int i = 0; i < n; i++) {
                double t = (i + 0.5) / n;
                int aisle = (int) Math.floor(t * (aisles + 1));
                double near = Math.abs(t * (aisles + 1) - Math.round(t * (aisles + 1)));
                if (near < 0.04 && Math.round(t * (aisles + 1)) > 0 && Math.round(t * (aisles + 1)) <= aisles) continue;
                double a = Math.PI * (1 - t);
                seats.add(new double[] {t, cx + Math.cos(a) * rad, cy - Math.sin(a) * rad, aisle});
            }
        }
        seats.sort((p, q) -> Double.compare(p[0], q[0]));
        int parties = r.between(3, 6);
        double[] shares = new double[parties];
        double total = 0;
        for (int i = 0; i < parties; i++) total += shares[i] = r.range(0.3, 1.6) * (i == 0 || i == parties - 1 ? 1.3 : 1);
        Rgb[] colours = SceneKit.shuffled(r, PARTIES);
        int at = 0;
        for (int p = 0; p < parties; p++) {
            int count = p == parties - 1 ? seats.size() - at : (int) Math.round(seats.size() * shares[p] / total);
            Path dots = new Path();
            for (int i = at; i < Math.min(seats.size(), at + count); i++) dots.dot(seats.get(i)[1], seats.get(i)[2]);
            at += count;
            if (!dots.isEmpty()) c.path(dots).stroke(colours[p], seat * 2).round().end();
        }

        // the speaker's desk and the clerks' table
        double dw = r.range(120, 170);
        c.rect(cx - dw / 2, cy - 70, dw, 40).rx(6).fill(ink).opacity(0.85).end();
        c.rect(cx - 22, cy - 108, 44, 38).rx(4).fill(ink).end();
        c.rect(cx - dw * 0.8, cy - 18, dw * 1.6, 14).rx(4).fill(ink).opacity(0.6).end();
        c.rect(0, cy, SvgCanvas.W, SvgCanvas.H - cy).fill(floor.mix(ink, 0.12)).end();
    }

    private static void ballot(SvgCanvas c, SceneRandom r) {
        double hue = r.range(0, 360);
        Rgb bg = Rgb.hsl(hue, r.range(18, 30), r.range(78, 86));
        Rgb box = r.pick(Rgb.hsl(212, 35, 34), Rgb.hsl(200, 12, 30), Rgb.hsl(25, 30, 38), Rgb.hsl(160, 22, 30));
        Rgb accent = r.pick(PARTIES);
        c.rect(0, 0, SvgCanvas.W, SvgCanvas.H).fill(bg).end();
        int shapes = r.between(2, 4);
        for (int i = 0; i < shapes; i++) {
            c.circle(r.range(0, 1200), r.range(0, 675), r.range(120, 300)).fill(bg.lighter(0.25)).opacity(0.6).end();
        }
        double w = r.range(380, 450);
        double h = w * r.range(0.62, 0.78);
        double depthX = r.range(60, 100) * (r.chance(0.5) ? 1 : -1);
        double depthY = -r.range(50, 70);
        double x = 600 - w / 2 - depthX / 2 + r.jitter(120);
        double y = r.range(300, 330);
        c.ellipse(x + w / 2 + depthX / 2, y + h + 6, w * 0.75, 26).fill(bg.darker(0.2)).opacity(0.5).end();
        double sideX = depthX > 0 ? x + w : x;
        c.path(new Path().polygon(sideX, y, sideX + depthX, y + depthY, sideX + depthX, y + h + depthY, sideX, y + h))
                .fill(box.darker(0.25)).end();
        c.rect(x, y, w, h).fill(box).end();
        c.path(new Path().polygon(x, y, x + w, y, x + w + depthX, y + depthY, x + depthX, y + depthY)).fill(box.lighter(0.18)).end();
        // the slot, and a ballot half in
        double sx = x + w / 2 + depthX / 2;
        double sy = y + depthY / 2;
        double slot = w * 0.42;
        c.path(new Path().polygon(sx - slot / 2 - 4, sy + 6, sx + slot / 2 - 4, sy + 6, sx + slot / 2 + 4, sy - 6, sx - slot / 2 + 4, sy - 6))
                .fill(box.darker(0.55)).end();
        double pw = slot * 0.86;
        double ph = pw * 1.1;
        double tilt = r.range(-8, 8);
        c.group().rotate(tilt, sx, sy).open();
        c.rect(sx - pw / 2, sy - ph, pw, ph).fill(Rgb.hsl(45, 30, 97)).end();
        Path lines = new Path();
        double boxY = sy - ph + 30;
        int options = r.between(3, 4);
        int chosen = r.between(0, options - 1);
        double gap = (ph - 50) / options;
        for (int i = 0; i < options; i++) {
            double oy = boxY + i * gap;
            lines.m(sx - pw / 2 + 70, oy + 12).h(sx + pw / 2 - 24 - r.range(0, 40));
            c.rect(sx - pw / 2 + 22, oy, 28, 28).noFill().stroke(Rgb.hsl(hue, 10, 55), 3).end();
            if (i == chosen) {
                c.path(new Path().m(sx - pw / 2 + 24, oy + 14).l(sx - pw / 2 + 34, oy + 26).l(sx - pw / 2 + 56, oy - 6))
                        .noFill().stroke(accent.darker(0.15), 7).round().end();
            }
        }
        c.path(lines).stroke(Rgb.hsl(hue, 8, 78), 8).round().end();
        c.endGroup();
        // the front of the box over the ballot's foot: an emblem
        double ex = x + w / 2;
        double ey = y + h / 2;
        double er = h * 0.2;
        c.circle(ex, ey, er).fill(accent).end();
        c.path(star(ex, ey, er * 0.62, er * 0.26)).fill(box.lighter(0.85)).end();
        c.rect(x, y + h - 26, w, 10).fill(accent).opacity(0.8).end();
    }

    static Path star(double cx, double cy, double outer, double inner) {
        double[] xy = new double[20];
        for (int i = 0; i < 10; i++) {
            double a = -Math.PI / 2 + i * Math.PI / 5;
            double rad = i % 2 == 0 ? outer : inner;
            xy[2 * i] = cx + Math.cos(a) * rad;
            xy[2 * i + 1] = cy + Math.sin(a) * rad;
        }
        return new Path().polygon(xy);
    }
}
