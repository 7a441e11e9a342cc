package io.newsdesk.bench;

import com.ibm.icu.lang.UCharacter;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The metadata benchmark's metric (../shared/bench/metadata/README.md): title, author and date
 * accuracy, and trafilatura's must-include / must-exclude snippet counts for the body text.
 */
public final class MetadataScorer {
    /** Python's {@code \s} on str: the characters for which {@code str.isspace()} is true. */
    private static final String SPACE_CHARS = "\\t\\n\\x0B\\f\\r\\x1C-\\x1F \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000";
    private static final Pattern SPACES = Pattern.compile("[" + SPACE_CHARS + "]+");
    private static final Pattern NAME_SEPARATORS = Pattern.compile(
            "[,;&/|]|(?<!" + ShingleScorer.WORD_CHAR + ")(?:and|und|et|y)(?!" + ShingleScorer.WORD_CHAR + ")");
    private static final List<String> TITLE_SEPARATORS = List.of(" | ", " - ", " – ", " — ");

    private MetadataScorer() {}

    /** One page's ground truth. {@code author} is null when the page's author is not scored. */
    public record Truth(String title, String author, String date, List<String> with, List<String> without, String url) {}

    /** One page's prediction; any field may be null (a missing answer). */
    public record Prediction(String title, String author, String date, String text) {}

    /** A field's score: correct answers over the pages whose truth is not null, and answers given. */
    public record Field(int correct, int answered, int pages) {
        public double accuracy() { return pages == 0 ? 0.0 : (double) correct / pages; }

        public double precision() { return answered == 0 ? 0.0 : (double) correct / answered; }
    }

    /** Snippet counts summed over the pages, and the figures derived from them. */
    public record Body(int tp, int fp, int fn, int tn) {
        public double precision() { return tp + fp == 0 ? 0.0 : (double) tp / (tp + fp); }

        public double recall() { return tp + fn == 0 ? 0.0 : (double) tp / (tp + fn); }

        public double accuracy() { int all = tp + fp + fn + tn; return all == 0 ? 0.0 : (double) (tp + tn) / all; }

        public double f1() { return 2 * tp + fp + fn == 0 ? 0.0 : 2.0 * tp / (2 * tp + fp + fn); }

        public double withFound() { return recall(); }

        public double withoutAbsent() { return tn + fp == 0 ? 0.0 : (double) tn / (tn + fp); }
    }

    public record Result(Field title, Field titleExact, Field author, Field date, Body body) {}

    /** Unicode NFKC, full case folding (Python's casefold), whitespace runs to one space, strip. */
    public static String normMeta(String s) {
        String folded = UCharacter.foldCase(Normalizer.normalize(s, Normalizer.Form.NFKC), UCharacter.FOLD_CASE_DEFAULT);
        return strip(SPACES.matcher(folded).replaceAll(" "));
    }

    /** Whitespace runs to one space, strip; no case or Unicode folding. */
    public static String normText(String s) {
        return strip(SPACES.matcher(s).replaceAll(" "));
    }

    /** Python's {@code str.strip()} (isspace characters at both ends). */
    static String strip(String s) {
        int start = 0, end = s.length();
        while (start < end && isPySpace(s.charAt(start))) start++;
        while (end > start && isPySpace(s.charAt(end - 1))) end--;
        return s.substring(start, end);
    }

    private static boolean isPySpace(char c) {
        return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20) || c == 0x85 || c == 0xA0 || c == 0x1680
                || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
    }

    private static boolean missing(String s) {
        return s == null || s.isEmpty();
    }

    public static boolean titleExact(String prediction, String truth) {
        return !missing(prediction) && normMeta(prediction).equals(normMeta(truth));
    }

    public static boolean titleCorrect(String prediction, String truth) {
        if (missing(prediction)) return false;
        String p = normMeta(prediction), t = normMeta(truth);
        if (p.equals(t)) return true;
        if (!p.startsWith(t)) return false;
        for (String sep : TITLE_SEPARATORS) {
            if (p.startsWith(sep, t.length()) && p.length() > t.length() + sep.length()) return true;
        }
        return false;
    }

    /** The sorted names of an author string. */
    public static List<String> names(String s) {
        List<String> out = new ArrayList<>();
        for (String piece : NAME_SEPARATORS.split(normMeta(s), -1)) {
            String name = strip(piece);
            if (!name.isEmpty()) out.add(name);
        }
        out.sort(null);
        return out;
    }

    public static boolean authorCorrect(String prediction, String truth) {
        return !missing(prediction) && names(prediction).equals(names(truth));
    }

    public static boolean dateCorrect(String prediction, String truth) {
        return !missing(prediction) && strip(prediction).equals(truth);
    }

    /** Scores the predictions (by id; a missing id is a page without answers) on every truth page. */
    public static Result score(Map<String, Truth> truths, Map<String, Prediction> predictions) {
        int titleOk = 0, titleExactOk = 0, titleAnswered = 0, titlePages = 0;
        int authorOk = 0, authorAnswered = 0, authorPages = 0;
        int dateOk = 0, dateAnswered = 0, datePages = 0;
        int tp = 0, fp = 0, fn = 0, tn = 0;
        for (Map.Entry<String, Truth> e : truths.entrySet()) {
            Truth t = e.getValue();
            Prediction p = predictions.getOrDefault(e.getKey(), new Prediction(null, null, null, null));
            if (t.title() != null) {
                titlePages++;
                if (!missing(p.title())) titleAnswered++;
                if (titleCorrect(p.title(), t.title())) titleOk++;
                if (titleExact(p.title(), t.title())) titleExactOk++;
            }
            if (t.author() != null) {
                authorPages++;
                if (!missing(p.author())) authorAnswered++;
                if (authorCorrect(p.author(), t.author())) authorOk++;
            }
            if (t.date() != null) {
                datePages++;
                if (!missing(p.date())) dateAnswered++;
                if (dateCorrect(p.date(), t.date())) dateOk++;
            }
            String text = p.text() == null ? null : normText(p.text());
            for (String snippet : t.with()) {
                if (text != null && text.contains(normText(snippet))) tp++; else fn++;
            }
            for (String snippet : t.without()) {
                if (text != null && text.contains(normText(snippet))) fp++; else tn++;
            }
        }
        return new Result(new Field(titleOk, titleAnswered, titlePages), new Field(titleExactOk, titleAnswered, titlePages),
                new Field(authorOk, authorAnswered, authorPages), new Field(dateOk, dateAnswered, datePages),
                new Body(tp, fp, fn, tn));
    }
}
