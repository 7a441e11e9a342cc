package io.newsdesk.app.demo.images;

/** A colour, written as {@code #rrggbb}. */
record Rgb(int r, int g, int b) {
    static final Rgb WHITE = new Rgb(255, 255, 255);
    static final Rgb BLACK = new Rgb(0, 0, 0);

    Rgb {
        r = clamp(r);
        g = clamp(g);
        b = clamp(b);
    }

    /** Hue in degrees, saturation and lightness in percent. */
    static Rgb hsl(double h, double s, double l) {
        double hue = ((h % 360) + 360) % 360 / 360;
        double sat = Math.clamp(s / 100, 0, 1);
        double lig = Math.clamp(l / 100, 0, 1);
        if (sat == 0) return grey(lig);
        double q = lig < 0.5 ? lig * (1 + sat) : lig + sat - lig * sat;
        double p = 2 * lig - q;
        return new Rgb(channel(p, q, hue + 1.0 / 3), channel(p, q, hue), channel(p, q, hue - 1.0 / 3));
    }

    private static Rgb grey(double l) {
        int v = (int) Math.round(l * 255);
        return new Rgb(v, v, v);
    }

    private static int channel(double p, double q, double t) {
        if (t < 0) t += 1;
        if (t > 1) t -= 1;
        double v;
        if (t < 1.0 / 6) v = p + (q - p) * 6 * t;
        else if (t < 0.5) v = q;
        else if (t < 2.0 / 3) v = p + (q - p) * (2.0 / 3 - t) * 6;
        else v = p;
        return (int) Math.round(v * 255);
    }

    /** {@code t} of the way from this colour to {@code other}. */
    Rgb mix(Rgb other, double t) {
        return new Rgb((int) Math.round(r + (other.r - r) * t), (int) Math.round(g + (other.g - g) * t),
                (int) Math.round(b + (other.b - b) * t));
    }

    Rgb lighter(double t) {
        return mix(WHITE, t);
    }

    Rgb darker(double t) {
        return mix(BLACK, t);
    }

    /** Relative luminance, 0 (black) to 1 (white), for choosing a colour that stands out against this one. */
    double luminance() {
        return (0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b));
    }

    private static double lin(int c) {
        double v = c / 255.0;
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    @Override
    public String toString() {
        char[] hex = new char[7];
        hex[0] = '#';
        int[] channels = {r, g, b};
        for (int i = 0; i < 3; i++) {
            hex[1 + 2 * i] = Character.forDigit(channels[i] >> 4, 16);
            hex[2 + 2 * i] = Character.forDigit(channels[i] & 15, 16);
        }
        return new String(hex);
    }
}
