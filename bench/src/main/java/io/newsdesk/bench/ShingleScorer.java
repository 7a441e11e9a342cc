package io.newsdesk.bench;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction benchmark's metric (scrapinghub article-extraction-benchmark,
 * {@code evaluate.py}; described in ../shared/bench/extraction/README.md), reproduced to the last
 * digit: 4-gram shingles of {@code \w+} tokens, per-page normalised tp/fp/fn, precision and recall
 * averaged over the pages that take part, F1 of the two means.
 */
public final class ShingleScorer {
    /**
     * Python's Unicode {@code \w}: letters (Lu, Ll, Lt, Lm, Lo), numbers (Nd, Nl, No) and '_'.
     * Java's {@code \w} with UNICODE_CHARACTER_SET is close but not equal: it also takes
     * combining marks (Mn, Mc, Me), connector punctuation and the join controls, and leaves out
     * No (², ½, ①); this class is exactly Python's.
     */
    static final String WORD_CHAR = "[\\p{L}\\p{N}_]";
    private static final Pattern TOKEN = Pattern.compile(WORD_CHAR + "+");
    private static final int N = 4;

    private ShingleScorer() {}

    /** Normalised counts of one page: tp + fp + fn = 1, or all 0 when both texts have no token. */
    public record PageCounts(double tp, double fp, double fn, boolean tokensEqual) {
        boolean inPrecision() { return tp + fp > 0; }

        boolean inRecall() { return tp + fn > 0; }

        double precision() {
            if (fp == 0 && fn == 0) return 1.0;
            if (tp == 0 && fp == 0) return 0.0;
            return tp / (tp + fp);
        }

        double recall() {
            if (fp == 0 && fn == 0) return 1.0;
            if (tp == 0 && fn == 0) return 0.0;
            return tp / (tp + fn);
        }
    }

    /** Precision, recall, F1 (of the two means), accuracy, and how many pages took part in each. */
    public record Totals(double precision, double recall, double f1, double accuracy,
                         int pagesInPrecision, int pagesInRecall, int pages) {}

    /** Totals with the standard deviations of P, R and F1 over bootstrap resamples of the pages. */
    public record Scored(Totals totals, double precisionStd, double recallStd, double f1Std) {}

    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) return out;
        Matcher m = TOKEN.matcher(text);
        while (m.find()) out.add(m.group());
        return out;
    }

    static Map<List<String>, Integer> shingles(List<String> tokens) {
        Map<List<String>, Integer> counts = new HashMap<>();
        int n = tokens.size();
        for (int i = 0; i < Math.max(1, n - N + 1); i++) {
            List<String> shingle = tokens.subList(i, Math.min(n, i + N));
            if (!shingle.isEmpty()) counts.merge(List.copyOf(shingle), 1, Integer::sum);
        }
        return counts;
    }

    /** One page: {@code truth} is the ground-truth body, {@code prediction} the extracted one. */
    public static PageCounts page(String truth, String prediction) {
        List<String> trueTokens = tokens(truth);
        List<String> predTokens = tokens(prediction);
        Map<List<String>, Integer> t = shingles(trueTokens);
        Map<List<String>, Integer> p = shingles(predTokens);
        Set<List<String>> keys = new HashSet<>(t.keySet());
        keys.addAll(p.keySet());
        long tp = 0, fp = 0, fn = 0;
        for (List<String> key : keys) {
            int tc = t.getOrDefault(key, 0), pc = p.getOrDefault(key, 0);
            tp += Math.min(tc, pc);
            fp += Math.max(0, pc - tc);
            fn += Math.max(0, tc - pc);
        }
        double s = (double) tp + fp + fn;
        boolean equal = trueTokens.equals(predTokens);
        if (s > 0) return new PageCounts(tp / s, fp / s, fn / s, equal);
        return new PageCounts(tp, fp, fn, equal);
    }

    /** Scores aligned lists (truth and prediction of the same page at the same index). */
    public static List<PageCounts> pages(List<String> truths, List<String> predictions) {
        List<PageCounts> out = new ArrayList<>(truths.size());
        for (int i = 0; i < truths.size(); i++) out.add(page(truths.get(i), predictions.get(i)));
        return out;
    }

    public static Totals totals(List<PageCounts> pages) {
        List<Double> precisions = new ArrayList<>(), recalls = new ArrayList<>();
        int equal = 0;
        for (PageCounts c : pages) {
            if (c.inPrecision()) precisions.add(c.precision());
            if (c.inRecall()) recalls.add(c.recall());
            if (c.tokensEqual()) equal++;
        }
        double precision = exactMean(precisions), recall = exactMean(recalls);
        double f1 = 2 * precision * recall / (precision + recall);
        double accuracy = pages.isEmpty() ? Double.NaN : exactMean(pages.stream().map(c -> c.tokensEqual() ? 1.0 : 0.0).toList());
        return new Totals(precision, recall, f1, accuracy, precisions.size(), recalls.size(), pages.size());
    }

    /** Totals plus bootstrap standard deviations ({@code resamples} resamples, fixed seed). */
    public static Scored score(List<PageCounts> pages, int resamples, long seed) {
        Totals totals = totals(pages);
        if (pages.isEmpty() || resamples < 2) return new Scored(totals, Double.NaN, Double.NaN, Double.NaN);
        SplittableRandom random = new SplittableRandom(seed);
        double[] p = new double[resamples], r = new double[resamples], f = new double[resamples];
        List<PageCounts> sample = new ArrayList<>(pages.size());
        for (int b = 0; b < resamples; b++) {
            sample.clear();
            for (int i = 0; i < pages.size(); i++) sample.add(pages.get(random.nextInt(pages.size())));
            Totals t = totals(sample);
            p[b] = t.precision();
            r[b] = t.recall();
            f[b] = t.f1();
        }
        return new Scored(totals, stdev(p), stdev(r), stdev(f));
    }

    /**
     * The mean as Python's {@code statistics.mean} computes it: the exact rational mean of the
     * doubles, rounded once to the nearest double. NaN for an empty list (Python raises).
     */
    static double exactMean(List<Double> values) {
        if (values.isEmpty()) return Double.NaN;
        BigDecimal sum = BigDecimal.ZERO;
        for (double v : values) sum = sum.add(new BigDecimal(v));
        BigDecimal n = BigDecimal.valueOf(values.size());
        // Truncate far beyond a double's precision and keep a sticky digit when inexact, so the
        // single rounding to double below is the correct rounding of the exact quotient.
        BigDecimal q = sum.divide(n, new MathContext(1100, RoundingMode.DOWN));
        if (q.multiply(n).compareTo(sum) != 0) q = q.add(q.ulp().movePointLeft(1).multiply(BigDecimal.valueOf(q.signum())));
        return q.doubleValue();
    }

    /** Sample standard deviation (n - 1), as Python's {@code statistics.stdev}. */
    static double stdev(double[] values) {
        double mean = 0;
        for (double v : values) mean += v;
        mean /= values.length;
        double ss = 0;
        for (double v : values) ss += (v - mean) * (v - mean);
        return Math.sqrt(ss / (values.length - 1));
    }
}
