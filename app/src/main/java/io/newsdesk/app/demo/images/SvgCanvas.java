package io.newsdesk.app.demo.images;

/**
 * Writes one SVG document of 1200 by 675: elements with presentation attributes only (no style attributes,
 * no text, no links), numbers rounded to a tenth. Attribute values come from this package's code, never
 * from outside, so they need no escaping.
 */
final class SvgCanvas {
    static final int W = 1200;
    static final int H = 675;

    private final StringBuilder out = new StringBuilder(6144);
    private int ids;

    SvgCanvas() {
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1200 675\" width=\"1200\" height=\"675\">");
    }

    String finish() {
        return out.append("</svg>").toString();
    }

    /** An id unique within this picture, for a gradient or a clip path. */
    String newId() {
        return "i" + ids++;
    }

    // Elements: start one, add attributes, then end() it (or open() it and close it later).

    SvgCanvas el(String name) {
        out.append('<').append(name);
        return this;
    }

    SvgCanvas a(String name, String value) {
        out.append(' ').append(name).append("=\"").append(value).append('"');
        return this;
    }

    SvgCanvas a(String name, double value) {
        out.append(' ').append(name).append("=\"");
        num(out, value);
        out.append('"');
        return this;
    }

    SvgCanvas end() {
        out.append("/>");
        return this;
    }

    SvgCanvas open() {
        out.append('>');
        return this;
    }

    SvgCanvas close(String name) {
        out.append("</").append(name).append('>');
        return this;
    }

    SvgCanvas rect(double x, double y, double w, double h) {
        return el("rect").a("x", x).a("y", y).a("width", w).a("height", h);
    }

    SvgCanvas circle(double cx, double cy, double r) {
        return el("circle").a("cx", cx).a("cy", cy).a("r", r);
    }

    SvgCanvas ellipse(double cx, double cy, double rx, double ry) {
        return el("ellipse").a("cx", cx).a("cy", cy).a("rx", rx).a("ry", ry);
    }

    SvgCanvas line(double x1, double y1, double x2, double y2) {
        return el("line").a("x1", x1).a("y1", y1).a("x2", x2).a("y2", y2);
    }

    SvgCanvas path(Path d) {
        return el("path").a("d", d.toString());
    }

    SvgCanvas group() {
        return el("g");
    }

    SvgCanvas endGroup() {
        return close("g");
    }

    SvgCanvas fill(Object colour) {
        return a("fill", colour.toString());
    }

    SvgCanvas opacity(double o) {
        return a("opacity", o);
    }

    SvgCanvas rx(double rx) {
        return a("rx", rx);
    }

    SvgCanvas stroke(Object colour, double width) {
        return a("stroke", colour.toString()).a("stroke-width", width);
    }

    SvgCanvas noFill() {
        return a("fill", "none");
    }

    /** Round caps and joins. */
    SvgCanvas round() {
        return a("stroke-linecap", "round").a("stroke-linejoin", "round");
    }

    SvgCanvas dash(double on, double off) {
        StringBuilder v = new StringBuilder();
        num(v, on);
        v.append(' ');
        num(v, off);
        return a("stroke-dasharray", v.toString());
    }

    SvgCanvas transform(String t) {
        return a("transform", t);
    }

    SvgCanvas rotate(double degrees, double cx, double cy) {
        return transform("rotate(" + num(degrees) + " " + num(cx) + " " + num(cy) + ")");
    }

    SvgCanvas clipTo(String id) {
        return a("clip-path", "url(#" + id + ")");
    }

    /** A vertical gradient from {@code top} to {@code bottom}; returns its id. */
    String verticalGradient(Rgb top, Rgb bottom) {
        String id = newId();
        el("defs").open().el("linearGradient").a("id", id).a("x1", 0).a("y1", 0).a("x2", 0).a("y2", 1).open();
        el("stop").a("offset", 0).a("stop-color", top.toString()).end();
        el("stop").a("offset", 1).a("stop-color", bottom.toString()).end();
        close("linearGradient").close("defs");
        return id;
    }

    /** A clip path of one rectangle; returns its id. */
    String clipRect(double x, double y, double w, double h, double rx) {
        String id = newId();
        el("defs").open().el("clipPath").a("id", id).open();
        rect(x, y, w, h).rx(rx).end();
        close("clipPath").close("defs");
        return id;
    }

    /** A clip path of one circle; returns its id. */
    String clipCircle(double cx, double cy, double r) {
        String id = newId();
        el("defs").open().el("clipPath").a("id", id).open();
        circle(cx, cy, r).end();
        close("clipPath").close("defs");
        return id;
    }

    /** {@code url(#id)}, for a fill. */
    static String url(String id) {
        return "url(#" + id + ")";
    }

    static String num(double v) {
        StringBuilder s = new StringBuilder(8);
        num(s, v);
        return s.toString();
    }

    static void num(StringBuilder s, double v) {
        long t = Math.round(v * 10);
        if (t < 0) {
            s.append('-');
            t = -t;
        }
        s.append(t / 10);
        if (t % 10 != 0) s.append('.').append(t % 10);
    }

    /** Path data. */
    static final class Path {
        private final StringBuilder d = new StringBuilder(128);

        private Path cmd(char c, double... values) {
            d.append(c);
            for (int i = 0; i < values.length; i++) {
                if (i > 0 && values[i] >= 0) d.append(' ');
                else if (i > 0 && Math.round(values[i] * 10) == 0) d.append(' ');
                num(d, values[i]);
            }
            return this;
        }

        Path m(double x, double y) {
            return cmd('M', x, y);
        }

        Path l(double x, double y) {
            return cmd('L', x, y);
        }

        Path h(double x) {
            return cmd('H', x);
        }

        Path v(double y) {
            return cmd('V', y);
        }

        Path q(double cx, double cy, double x, double y) {
            return cmd('Q', cx, cy, x, y);
        }

        Path c(double c1x, double c1y, double c2x, double c2y, double x, double y) {
            return cmd('C', c1x, c1y, c2x, c2y, x, y);
        }

        /** An elliptical arc; {@code sweep} true draws clockwise on screen. */
        Path arc(double rx, double ry, double rotation, boolean large, boolean sweep, double x, double y) {
            return cmd('A', rx, ry, rotation, large ? 1 : 0, sweep ? 1 : 0, x, y);
        }

        Path z() {
            d.append('Z');
            return this;
        }

        /** A zero-length segment: drawn as a dot by a round-capped stroke. */
        Path dot(double x, double y) {
            return m(x, y).cmd('h', 0);
        }

        /** A whole circle, as two arcs. */
        Path circle(double cx, double cy, double r) {
            return m(cx - r, cy).arc(r, r, 0, false, true, cx + r, cy).arc(r, r, 0, false, true, cx - r, cy).z();
        }

        /** A rectangle, as a closed subpath. */
        Path box(double x, double y, double w, double h) {
            return m(x, y).h(x + w).v(y + h).h(x).z();
        }

        /** A closed polygon. */
        Path polygon(double... xy) {
            m(xy[0], xy[1]);
            for (int i = 2; i < xy.length; i += 2) l(xy[i], xy[i + 1]);
            return z();
        }

        /** Adds another path's subpaths after this one's. */
        Path add(Path other) {
            d.append(other.d);
            return this;
        }

        boolean isEmpty() {
            return d.isEmpty();
        }

        @Override
        public String toString() {
            return d.toString();
        }
    }
}
