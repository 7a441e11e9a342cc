package io.newsdesk.app.language;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import com.github.pemistahl.lingua.internal.Alphabet; // public in the jar; Language exposes its alphabets with it
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Names the language of an extracted text: the letter rule for Russian versus Ukrainian first, then Lingua
 * restricted to the languages in use, with the source's declared language breaking ties on short or
 * uncertain texts. The declared language is a hint, not the truth: a long text clearly in another language
 * wins over it.
 *
 * <p>Thread-safe. Lingua's models are loaded on the first {@link #detect} (not at construction: a site that
 * never imports pays nothing) and then only read. Lingua keeps them in static maps shared by every detector
 * in the JVM, so one identifier per process is the intended use; nothing here ever unloads them.
 */
public final class LanguageIdentifier {
    private static final Logger log = LoggerFactory.getLogger(LanguageIdentifier.class);

    /** Below this many letters a text is a title: too little for Lingua alone, so the hint counts more. */
    static final int SHORT_TEXT_LETTERS = 40;
    /** Lingua's confidences are relative (the best is 1.0); the best must lead the second by this much to count. */
    static final double MIN_LEAD = 0.1;
    /** A short text goes to the declared language if Lingua rates it at least this high (relative to the best). */
    static final double SHORT_TEXT_HINT_FLOOR = 0.75;
    /** A long text goes to the declared language only if Lingua cannot tell it from the best: within {@link #MIN_LEAD}. */
    static final double LONG_TEXT_HINT_FLOOR = 1.0 - MIN_LEAD;
    /** Fewer letters than this say nothing about a language ("12:30", "G7", "—"). */
    static final int MIN_LETTERS = 2;

    /**
     * Lingua's two modes. They differ only on texts under 120 characters (longer ones use trigrams in both);
     * HIGH adds uni-, bi-, quadri- and fivegram models: about 30 MB of heap per language instead of about 1.2 MB
     * (docs/benchmarks.md).
     */
    public enum Accuracy { LOW, HIGH }

    /** Serializes model loading: Lingua fills its static maps without locks. */
    private static final Object LOADING = new Object();

    private final Set<Language> languages;
    private final Accuracy accuracy;
    private final boolean letterRuleDecides;
    /** The one loaded language written in the Latin alphabet, or null when there are none or several. */
    private final Language onlyLatin;
    private volatile LanguageDetector detector;

    /**
     * An identifier for these ISO 639-1 codes (regional tags are cut to their primary subtag) plus, always,
     * ru, uk and en. Codes Lingua has no model for are left out with a warning.
     */
    public LanguageIdentifier(Collection<String> codes, Accuracy accuracy) {
        Set<Language> set = EnumSet.of(Language.RUSSIAN, Language.UKRAINIAN, Language.ENGLISH);
        Set<String> unknown = new TreeSet<>();
        for (String code : codes) {
            String c = LanguageCodes.primary(code);
            if (c == null || c.equals(LanguageCodes.UNDETERMINED) || c.equals("auto")) continue;
            LanguageCodes.lingua(c).ifPresentOrElse(set::add, () -> unknown.add(c));
        }
        if (!unknown.isEmpty()) log.warn("language identification: no model for {}; those languages are left out", unknown);
        this.languages = Collections.unmodifiableSet(set);
        this.accuracy = accuracy;
        this.letterRuleDecides = set.stream().noneMatch(LanguageCodes::otherCyrillic);
        List<Language> latin = set.stream().filter(l -> l.getAlphabets$lingua().contains(Alphabet.LATIN)).toList();
        this.onlyLatin = latin.size() == 1 ? latin.get(0) : null;
    }

    /** With Lingua's low-accuracy mode, the default: see docs/benchmarks.md for why. */
    public LanguageIdentifier(Collection<String> codes) {
        this(codes, Accuracy.LOW);
    }

    /** The ISO 639-1 codes this identifier can name, sorted. */
    public Set<String> languages() {
        Set<String> codes = new TreeSet<>();
        for (Language l : languages) codes.add(LanguageCodes.code(l));
        return Collections.unmodifiableSet(codes);
    }

    public Accuracy accuracy() {
        return accuracy;
    }

    /**
     * The primary language code of {@code text} ("en", "ru", "uk", …) or {@code "und"} when the text is empty,
     * has no letters, mixes scripts evenly, or Lingua cannot tell. {@code declaredHint} is the source's declared
     * language (any tag, null or "auto" for none). A declared language this identifier has no model for is
     * returned as declared (it cannot be told from the text, and any loaded language would be a wrong answer).
     * Only the first {@value TextSample#MAX_CHARS} characters are read.
     */
    public String detect(String text, String declaredHint) {
        String declared = LanguageCodes.primary(declaredHint);
        if (declared != null && !declared.equals("auto") && !declared.equals(LanguageCodes.UNDETERMINED)
                && hint(declaredHint) == null) {
            return declared;
        }
        TextSample sample = TextSample.of(text);
        if (sample.letters() < MIN_LETTERS || sample.mixedScripts()) return LanguageCodes.UNDETERMINED;
        // Lingua's own first rule: a text in one alphabet that a single loaded language uses is in that language.
        // Lingua reaches the same answer word by word (a tenth of an import's CPU); counting letters is enough.
        if (onlyLatin != null && sample.latin() == sample.letters()) return LanguageCodes.code(onlyLatin);
        if (sample.mostlyCyrillic() && letterRuleDecides) {
            String byLetters = RussianOrUkrainianLetters.decide(sample.text());
            if (byLetters != null) return byLetters;
        }
        SortedMap<Language, Double> confidence = detector().computeLanguageConfidenceValues(sample.text());
        if (confidence.isEmpty()) return LanguageCodes.UNDETERMINED;
        Language hint = hint(declaredHint);
        String found = null;
        if (hint != null) {
            double floor = sample.letters() < SHORT_TEXT_LETTERS ? SHORT_TEXT_HINT_FLOOR : LONG_TEXT_HINT_FLOOR;
            if (confidence.getOrDefault(hint, 0.0) >= floor) found = LanguageCodes.code(hint);
        }
        if (found == null) found = clearWinner(confidence);
        if (!letterRuleDecides && sample.mostlyCyrillic() && (found.equals("ru") || found.equals("uk"))) {
            // Lingua has told ru/uk from the other Cyrillic languages; the letters still settle which of the two
            String byLetters = RussianOrUkrainianLetters.decide(sample.text());
            if (byLetters != null) return byLetters;
        }
        return found;
    }

    /** The best language if it leads the next by {@link #MIN_LEAD}, else "und". */
    private static String clearWinner(SortedMap<Language, Double> confidence) {
        // Lingua's map is sorted by confidence, best first
        var it = confidence.entrySet().iterator();
        Map.Entry<Language, Double> best = it.next();
        double second = it.hasNext() ? it.next().getValue() : 0.0;
        if (best.getKey() == Language.UNKNOWN || best.getValue() - second < MIN_LEAD) return LanguageCodes.UNDETERMINED;
        return LanguageCodes.code(best.getKey());
    }

    private Language hint(String declared) {
        return LanguageCodes.lingua(declared).filter(languages::contains).orElse(null);
    }

    private LanguageDetector detector() {
        LanguageDetector d = detector;
        if (d != null) return d;
        synchronized (LOADING) {
            if (detector == null) {
                long start = System.nanoTime();
                LanguageDetectorBuilder builder = LanguageDetectorBuilder.fromLanguages(languages.toArray(Language[]::new))
                        .withPreloadedLanguageModels(); // loaded now, under the lock, then only read
                if (accuracy == Accuracy.LOW) builder = builder.withLowAccuracyMode();
                detector = builder.build();
                log.info("language identification: {} loaded ({} accuracy) in {} ms", languages(), accuracy,
                        (System.nanoTime() - start) / 1_000_000);
            }
            return detector;
        }
    }

    /** Loads the models now rather than on the first detection (for a benchmark or a warm start). */
    public LanguageIdentifier load() {
        detector();
        return this;
    }

    @Override
    public String toString() {
        return "LanguageIdentifier" + languages() + " " + accuracy;
    }
}
