package io.newsdesk.app.translate.guard;

import java.util.List;

/** The guard's answer: pass, or hold with the reasons an editor reads (stored with the article). */
public record Verdict(boolean passed, List<String> reasons) {
    private static final Verdict PASS = new Verdict(true, List.of());

    public Verdict {
        reasons = List.copyOf(reasons);
        if (passed != reasons.isEmpty()) throw new IllegalArgumentException("a pass has no reasons, a hold has some");
    }

    public static Verdict pass() {
        return PASS;
    }

    public static Verdict hold(List<String> reasons) {
        return new Verdict(false, reasons);
    }

    public boolean held() {
        return !passed;
    }

    /** {@code pass}, or {@code hold: } and the reasons separated by {@code ; }. */
    public String line() {
        return passed ? "pass" : "hold: " + String.join("; ", reasons);
    }
}
