package io.newsdesk.app.demo.images;

import io.newsdesk.app.demo.images.SceneKit.Daylight;
import io.newsdesk.app.demo.images.SvgCanvas.Path;

/** Sport: a stadium from above with players on the pitch, a running track, or a floodlit ground with a ball. */
final class SportScenes {
    private SportScenes() {}

    private static final Rgb[] KITS = {
            Rgb.hsl(4, 55, 50), Rgb.hsl(210, 50, 42), Rgb.hsl(45, 70, 58), Rgb.hsl(0, 0, 96), Rgb.hsl(180, 40, 38),
            Rgb.hsl(280, 25, 45), Rgb.hsl(22, 70, 55), Rgb.hsl(220, 30, 18),
    };

    static void draw(SvgCanvas c, SceneRandom r) {
        switch (r.weighted(0.3, 0.24, 0.26, 0.2)) {
            case 0 -> stadium(c, r);
            case 1 -> track(c, r);
            case 2 -> ground(c, r);
            default -> water(c, r);
        }
    }

    private static Rgb grass(SceneRandom r) {
        return Rgb.hsl(r.range(95, 135), r.range(28, 38), r.range(38, 46));
    }

    /** A view through the group transform: centred on (x, y) of the drawing, scaled and turned. */
    private static void camera(SvgCanvas c, double x, double y, double scale, double degrees) {
        c.group().transform("translate(600 337.5) rotate(" + SvgCanvas.num(degrees) + ") scale(" + Math.round(scale * 100) / 100.0
                + ") translate(" + SvgCanvas.num(-x) + " " + SvgCanvas.num(-y) + ")").open();
    }

    private static void stadium(SvgCanvas c, SceneRandom r) {
        Rgb outside = Rgb.hsl(r.range(190, 230), r.range(8, 16), r.range(20, 28));
        Rgb seatA = r.pick(KITS).mix(Rgb.hsl(0, 0, 40), 0.35);
        Rgb seatB = Rgb.hsl(210, 8, r.range(30, 40));
        Rgb green = grass(r);
        Rgb lines = Rgb.hsl(0, 0, 96);
        c.rect(0, 0, SvgCanvas.W, SvgCanvas.H).fill(outside).end();
        double zoom = r.range(0.85, 1.7);
        double fx = zoom > 1.2 ? r.jitter(260) : r.jitter(40);
        double fy = zoom > 1.2 ? r.jitter(140) : r.jitter(30);
        camera(c, fx, fy, zoom, r.chance(0.5) ? 0 : r.jitter(14));

        // stands in rings, with the aisles as dashes
        c.rect(-560, -370, 1120, 740).rx(250).fill(outside.lighter(0.12)).end();
        c.rect(-520, -330, 1040, 660).rx(210).fill(seatB).end();
        c.rect(-470, -290, 940, 580).rx(170).fill(seatA).end();
        c.rect(-500, -310, 1000, 620).rx(190).noFill().stroke(outside, 4).dash(70, 8).opacity(0.6).end();
        c.rect(-430, -255, 860, 510).rx(130).fill(green.darker(0.25)).end();
        // pitch with mowing stripes and markings
        double pw = 720;
        double ph = 450;
        c.rect(-pw / 2, -ph / 2, pw, ph).fill(green).end();
        int stripes = r.between(12, 18);
        Path mown = new Path();
        for (int i = 0; i < stripes; i += 2) mown.box(-pw / 2 + pw * i / stripes, -ph / 2, pw / stripes, ph);
        c.path(mown).fill(green.lighter(0.08)).end();
        Path m = new Path().box(-pw / 2, -ph / 2, pw, ph).m(0, -ph / 2).v(ph / 2).circle(0, 0, 60);
        for (int side = -1; side <= 1; side += 2) {
            double gx = side * pw / 2;
            double box = 118;
            double bx = gx - side * box;
            m.m(gx, -135).h(bx).v(135).h(gx);
            m.m(gx, -60).h(gx - side * 40).v(60).h(gx);
            double spot = gx - side * 80;
            double dx = box - 80;
            double half = Math.sqrt(60 * 60 - dx * dx);
            m.m(bx, -half).arc(60, 60, 0, false, side > 0, bx, half);
            m.m(gx, -ph / 2 + 10).arc(10, 10, 0, false, side < 0, gx - side * 10, -ph / 2)
                    .m(gx, ph / 2 - 10).arc(10, 10, 0, false, side > 0, gx - side * 10, ph / 2);
            m.dot(spot, 0);
        }
        m.dot(0, 0);
        c.path(m).noFill().stroke(lines, 4).opacity(0.9).end();
        c.rect(-pw / 2 - 12, -28, 12, 56).fill(lines).opacity(0.8).end();
        c.rect(pw / 2, -28, 12, 56).fill(lines).opacity(0.8).end();
        // two teams
        Rgb[] kits = SceneKit.shuffled(r, KITS);
        Rgb home = kits[0];
        Rgb away = kits[1];
        for (int i = 2; i < kits.length && distance(home, away) < 120; i++) away = kits[i];
        Path homeDots = new Path();
        Path awayDots = new Path();
        double ballX = r.jitter(pw * 0.4);
        double ballY = r.jitter(ph * 0.4);
        for (int i = 0; i < 11; i++) {
            double hx = i == 0 ? -pw / 2 + 25 : -pw / 2 + 80 + r.range(0, pw * 0.75);
            double hy = i == 0 ? r.jitter(20) : r.jitter(ph * 0.42);
            homeDots.dot(hx + (ballX - hx) * 0.25, hy + (ballY - hy) * 0.25);
            double ax = i == 0 ? pw / 2 - 25 : pw / 2 - 80 - r.range(0, pw * 0.75);
            double ay = i == 0 ? r.jitter(20) : r.jitter(ph * 0.42);
            awayDots.dot(ax + (ballX - ax) * 0.25, ay + (ballY - ay) * 0.25);
        }
        c.path(homeDots).stroke(Rgb.hsl(0, 0, 10), 22).round().opacity(0.35).end();
        c.path(awayDots).stroke(Rgb.hsl(0, 0, 10), 22).round().opacity(0.35).end();
        c.path(homeDots).stroke(home, 16).round().end();
        c.path(awayDots).stroke(away, 16).round().end();
        c.circle(ballX, ballY, 6).fill(Rgb.WHITE).stroke(Rgb.hsl(0, 0, 15), 2).end();
        // floodlights at the corners
        for (int sx = -1; sx <= 1; sx += 2) {
            for (int sy = -1; sy <= 1; sy += 2) {
                c.circle(sx * 470, sy * 290, 30).fill(SceneKit.LAMP).opacity(0.25).end();
                c.rect(sx * 470 - 14, sy * 290 - 8, 28, 16).rx(3).fill(SceneKit.LAMP).end();
            }
        }
        c.endGroup();
    }

    private static void track(SvgCanvas c, SceneRandom r) {
        Rgb surface = r.pick(Rgb.hsl(10, 45, 50), Rgb.hsl(16, 40, 44), Rgb.hsl(208, 35, 45), Rgb.hsl(262, 18, 42));
        Rgb green = grass(r);
        Rgb outside = Rgb.hsl(r.range(190, 230), r.range(8, 14), r.range(22, 30));
        Rgb white = Rgb.hsl(0, 0, 97);
        c.rect(0, 0, SvgCanvas.W, SvgCanvas.H).fill(outside).end();
        int lanes = r.between(6, 8);
        double lane = 34;
        double straight = 520;
        double inner = 170;
        double outer = inner + lanes * lane;
        double zoom = r.range(1.1, 2.1);
        // look at the finish straight, a bend, or the whole oval
        int view = r.between(0, 2);
        double fx = view == 0 ? r.range(0, straight / 2) : view == 1 ? straight / 2 + inner * 0.8 : 0;
        double fy = view == 0 ? inner + lanes * lane / 2 : view == 1 ? r.jitter(inner) : 0;
        if (view == 2) zoom = r.range(0.95, 1.15);
        camera(c, fx, fy, zoom, r.jitter(20));
        c.path(oval(straight, outer + 120)).fill(outside.lighter(0.1)).end();
        c.path(oval(straight, outer + 80)).noFill().stroke(outside.lighter(0.18), 8).dash(60, 8).end();
        c.path(oval(straight, outer + 14)).fill(surface.darker(0.15)).end();
        c.path(oval(straight, outer)).fill(surface).end();
        Path laneLines = new Path();
        for (int k = 0; k <= lanes; k++) laneLines.add(oval(straight, inner + k * lane));
        c.path(laneLines).noFill().stroke(white, 3).opacity(0.85).end();
        c.path(oval(straight, inner - 2)).fill(green).end();
        Path infield = new Path().box(-straight / 2 + 20, -inner + 40, straight - 40, inner * 2 - 80).m(0, -inner + 40).v(inner - 40)
                .circle(0, 0, 40);
        c.path(infield).noFill().stroke(white, 3).opacity(0.5).end();
        // finish line, and staggered starts on the bend
        double finish = straight / 2 - 40;
        c.rect(finish, inner, 8, lanes * lane).fill(white).end();
        Path starts = new Path();
        for (int k = 0; k < lanes; k++) {
            double a = Math.PI / 2 - k * 0.09;
            double r0 = inner + k * lane;
            starts.m(-straight / 2 - Math.cos(a) * r0, Math.sin(a) * r0).l(-straight / 2 - Math.cos(a) * (r0 + lane), Math.sin(a) * (r0 + lane));
        }
        c.path(starts).stroke(white, 5).end();
        // runners in their lanes coming to the line
        int runners = r.between(3, lanes);
        Rgb[] kits = SceneKit.shuffled(r, KITS);
        double lead = finish - r.range(10, 160);
        for (int k = 0; k < runners; k++) {
            double y = inner + (k + 0.5) * lane;
            double x = lead - r.range(0, 110);
            Rgb kit = kits[k % kits.length];
            c.path(new Path().m(x - 6, y - 8).l(x - 22, y - 12).m(x - 6, y + 8).l(x + 6, y + 17)).stroke(kit.darker(0.2), 6).round().end();
            c.ellipse(x, y, 9, 15).fill(kit).end();
            c.circle(x + 7, y, 7).fill(Rgb.hsl(25, 30, 30)).end();
        }
        c.endGroup();
    }

    private static double distance(Rgb a, Rgb b) {
        return Math.abs(a.r() - b.r()) + Math.abs(a.g() - b.g()) + Math.abs(a.b() - b.b());
    }

    /** Open water from above: a rowing race between lane buoys, or swimmers. */
    private static void water(SvgCanvas c, SceneRandom r) {
        Rgb sea = Rgb.hsl(r.range(180, 210), r.range(28, 40), r.range(40, 50));
        c.rect(0, 0, SvgCanvas.W, SvgCanvas.H).fill(sea).end();
        camera(c, 600 + r.jitter(80), 337.5 + r.jitter(40), r.range(1.25, 1.6), r.jitter(16));
        Path ripples = new Path();
        for (int i = 0; i < 40; i++) {
            double x = r.range(-200, 1300);
            double y = r.range(-200, 875);
            double w = r.range(20, 60);
            ripples.m(x, y).q(x + w / 2, y - 6, x + w, y);
        }
        c.path(ripples).noFill().stroke(sea.lighter(0.2), 3).round().opacity(0.7).end();
        boolean rowing = r.chance(0.6);
        int lanes = rowing ? r.between(3, 4) : r.between(4, 6);
        double laneW = rowing ? 170 : 120;
        double top = 337.5 - lanes * laneW / 2;
        Rgb[] buoys = {Rgb.hsl(22, 75, 58), Rgb.hsl(0, 0, 96), Rgb.hsl(48, 75, 60)};
        for (int k = 0; k <= lanes; k++) {
            double y = top + k * laneW;
            c.path(new Path().m(-300, y).h(1500)).stroke(buoys[k % 2 == 0 ? 0 : r.between(1, 2)], 10).round().dash(0.1, 34).end();
        }
        Rgb[] kits = SceneKit.shuffled(r, KITS);
        int seats = r.pick(1, 2, 4, 8);
        double lead = r.range(660, 860);
        for (int k = 0; k < lanes; k++) {
            if (r.chance(0.15)) continue;
            double y = top + (k + 0.5) * laneW;
            double x = lead - r.range(0, rowing ? 260 : 200);
            Rgb kit = kits[k % kits.length];
            if (rowing) boat(c, x, y, seats, kit, sea);
            else swimmer(c, x, y, kit, sea);
        }
        c.endGroup();
    }

    /** A rowing boat pointing right, its bow at (x, y). */
    private static void boat(SvgCanvas c, double x, double y, int seats, Rgb kit, Rgb sea) {
        double length = 60 + seats * 48;
        double stern = x - length;
        c.path(new Path().m(stern - 40, y - 24).l(stern, y).l(stern - 40, y + 24)).noFill().stroke(sea.lighter(0.35), 4).round().opacity(0.6).end();
        Path oars = new Path();
        Path blades = new Path();
        boolean sculls = seats == 1; // a single sculler has two oars, crews one oar a seat
        for (int i = 0; i < seats; i++) {
            double sx = stern + 40 + i * 48;
            for (int side = -1; side <= 1; side += 2) {
                if (!sculls && (i + (side > 0 ? 1 : 0)) % 2 == 0) continue;
                double tx = sx - 22;
                double ty = y + side * 78;
                oars.m(sx, y).l(tx, ty);
                blades.m(tx, ty).l(tx - 4, ty + side * 14);
            }
        }
        c.path(oars).stroke(Rgb.hsl(40, 20, 88), 4).round().end();
        c.path(blades).stroke(kit, 12).round().end();
        c.path(new Path().m(stern, y).q(stern + length * 0.5, y - 16, x, y).q(stern + length * 0.5, y + 16, stern, y).z())
                .fill(Rgb.hsl(40, 25, 92)).end();
        Path rowers = new Path();
        for (int i = 0; i < seats; i++) rowers.dot(stern + 40 + i * 48, y);
        c.path(rowers).stroke(kit, 18).round().end();
    }

    private static void swimmer(SvgCanvas c, double x, double y, Rgb cap, Rgb sea) {
        c.path(new Path().m(x - 110, y - 18).q(x - 60, y, x - 110, y + 18)).noFill().stroke(Rgb.WHITE, 5).round().opacity(0.35).end();
        c.ellipse(x - 70, y, 34, 12).fill(Rgb.WHITE).opacity(0.45).end();
        c.path(new Path().m(x - 40, y - 10).l(x + 30, y - 26).m(x - 40, y + 10).l(x - 70, y + 24)).stroke(Rgb.hsl(25, 35, 60), 9).round().end();
        c.ellipse(x - 30, y, 30, 12).fill(sea.darker(0.25)).end();
        c.circle(x, y, 13).fill(cap).end();
    }

    /** A running-track shape: two straights and two half circles. */
    private static Path oval(double straight, double radius) {
        double h = straight / 2;
        return new Path().m(-h, -radius).h(h).arc(radius, radius, 0, false, true, h, radius).h(-h)
                .arc(radius, radius, 0, false, true, -h, -radius).z();
    }

    private static void ground(SvgCanvas c, SceneRandom r) {
        Daylight d = Daylight.values()[r.weighted(0.1, 0.3, 0.35, 0.25)];
        double pitchTop = r.range(440, 470);
        SceneKit.sky(c, r, d, pitchTop);
        Rgb stand = d.light(Rgb.hsl(r.range(200, 225), 14, 30));
        Rgb roof = d.light(Rgb.hsl(210, 10, 22));
        // floodlight masts behind the stand
        int masts = r.between(2, 3);
        double mastTop = r.range(60, 110);
        double[] mastX = new double[masts];
        for (int i = 0; i < masts; i++) mastX[i] = (i + 0.5) * SvgCanvas.W / masts + r.jitter(80);
        for (double mx : mastX) {
            c.path(new Path().polygon(mx - 4, mastTop + 40, mx + 4, mastTop + 40, mx + 10, pitchTop, mx - 10, pitchTop)).fill(roof).end();
        }
        // the stand: roof, tiers with a crowd, a front wall
        double standTop = r.range(250, 300);
        double roofDepth = 34;
        c.path(new Path().polygon(-10, standTop, 1210, standTop - 20, 1210, standTop + roofDepth - 20, -10, standTop + roofDepth))
                .fill(roof).end();
        c.rect(-10, standTop + roofDepth - 10, 1220, pitchTop - standTop - roofDepth + 10).fill(stand).end();
        Rgb[] kits = SceneKit.shuffled(r, KITS);
        Rgb[] crowd = {d.floodlit(kits[0]), d.floodlit(Rgb.hsl(0, 0, 85)), d.floodlit(kits[1]), d.floodlit(Rgb.hsl(25, 30, 40))};
        double rows = (pitchTop - 30 - standTop - roofDepth) / 16;
        for (int k = 0; k < crowd.length; k++) {
            Path row = new Path();
            for (int i = 0; i < rows; i++) row.m(-r.range(0, 40), standTop + roofDepth + 6 + i * 16).h(1220);
            c.path(row).stroke(crowd[k], 10).dash(7, 7 + 14 * k % 21).round().a("stroke-dashoffset", k * 5).opacity(0.85).end();
        }
        c.rect(-10, pitchTop - 24, 1220, 24).fill(d.floodlit(r.pick(KITS)).darker(0.2)).end();
        // lamps
        boolean lit = d.lampsOn() || r.chance(0.3);
        for (double mx : mastX) {
            if (lit) {
                c.circle(mx, mastTop + 20, 110).fill(SceneKit.LAMP).opacity(0.12).end();
                c.path(new Path().polygon(mx - 40, mastTop + 40, mx + 40, mastTop + 40, mx + 260, SvgCanvas.H, mx - 260, SvgCanvas.H))
                        .fill(SceneKit.LAMP).opacity(0.06).end();
            }
            c.rect(mx - 46, mastTop, 92, 46).rx(4).fill(roof.darker(0.2)).end();
            Path bulbs = new Path();
            for (int i = 0; i < 4; i++) for (int j = 0; j < 2; j++) bulbs.dot(mx - 33 + i * 22, mastTop + 12 + j * 22);
            c.path(bulbs).stroke(lit ? SceneKit.LAMP : roof.lighter(0.3), 14).round().end();
        }
        // the pitch, mown in bands, and a goal
        Rgb green = d.floodlit(grass(r));
        c.rect(0, pitchTop, SvgCanvas.W, SvgCanvas.H - pitchTop).fill(green).end();
        Path bands = new Path();
        double y = pitchTop + 20;
        double bh = 16;
        for (int i = 0; y < SvgCanvas.H; i++) {
            if (i % 2 == 0) bands.box(0, y, SvgCanvas.W, bh);
            y += bh;
            bh *= 1.3;
        }
        c.path(bands).fill(green.lighter(0.07)).end();
        Rgb chalk = d.floodlit(Rgb.hsl(0, 0, 96));
        c.rect(0, pitchTop + 16, SvgCanvas.W, 5).fill(chalk).opacity(0.9).end();
        boolean goalLeft = r.chance(0.5);
        double gw = r.range(300, 360);
        double gx = goalLeft ? r.range(60, 200) : SvgCanvas.W - r.range(60, 200) - gw;
        double gTop = pitchTop - r.range(60, 80);
        double gBottom = pitchTop + 60;
        Path net = new Path();
        for (double x = gx + 20; x < gx + gw; x += 20) net.m(x, gTop).v(gBottom);
        for (double ny = gTop + 20; ny < gBottom; ny += 20) net.m(gx, ny).h(gx + gw);
        c.path(net).stroke(chalk, 2).opacity(0.35).end();
        c.path(new Path().m(gx, gBottom).v(gTop).h(gx + gw).v(gBottom)).noFill().stroke(chalk, 10).end();
        // the ball, close to us
        double bx = goalLeft ? r.range(650, 1000) : r.range(200, 550);
        double by = r.range(560, 600);
        double br = r.range(42, 56);
        c.ellipse(bx + br * 0.2, by + br * 0.95, br * 1.1, br * 0.22).fill(Rgb.BLACK).opacity(0.25).end();
        ball(c, bx, by, br, d.floodlit(Rgb.hsl(0, 0, 97)), d.floodlit(Rgb.hsl(220, 15, 18)), r.range(0, 72));
    }

    /** A football: a dark pentagon in the middle and parts of five around it, inside the ball's outline. */
    private static void ball(SvgCanvas c, double x, double y, double radius, Rgb white, Rgb dark, double turn) {
        String clip = c.clipCircle(x, y, radius);
        c.circle(x, y, radius).fill(white).end();
        c.group().clipTo(clip).open();
        Path patches = pentagon(x, y, radius * 0.36, turn);
        Path seams = new Path();
        for (int i = 0; i < 5; i++) {
            double a = Math.toRadians(turn - 90 + i * 72);
            double px = x + Math.cos(a) * radius * 0.36;
            double py = y + Math.sin(a) * radius * 0.36;
            double ox = x + Math.cos(a) * radius * 1.05;
            double oy = y + Math.sin(a) * radius * 1.05;
            seams.m(px, py).l(x + Math.cos(a) * radius * 0.72, y + Math.sin(a) * radius * 0.72);
            patches.add(pentagon(ox, oy, radius * 0.32, turn + 36));
        }
        c.path(patches).fill(dark).end();
        c.path(seams).stroke(dark, 3).end();
        Path shade = new Path().circle(x, y, radius + 2).circle(x - radius * 0.25, y - radius * 0.25, radius * 1.02);
        c.path(shade).fill(Rgb.BLACK).a("fill-rule", "evenodd").opacity(0.14).end();
        c.endGroup();
    }

    private static Path pentagon(double x, double y, double radius, double turn) {
        double[] xy = new double[10];
        for (int i = 0; i < 5; i++) {
            double a = Math.toRadians(turn - 90 + i * 72);
            xy[2 * i] = x + Math.cos(a) * radius;
            xy[2 * i + 1] = y + Math.sin(a) * radius;
        }
        return new Path().polygon(xy);
    }
}
