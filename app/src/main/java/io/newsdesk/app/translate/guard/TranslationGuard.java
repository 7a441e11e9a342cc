package io.newsdesk.app.translate.guard;

import io.newsdesk.app.translate.Glossary;
import io.newsdesk.app.translate.LanguagePair;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a machine translation into English before it is published: source-script letters left in,
 * source words transliterated instead of translated, invented words, too many non-English words, a
 * length far from the source's, an untouched output, glossary violations. Any of these holds the
 * article for an editor with the reasons. Thresholds were chosen from the labelled set's good
 * translations (docs/decisions.md, "The translation guard"). Thread-safe; load once, it holds the word list.
 */
public final class TranslationGuard {
    /** A transliteration score at or above this holds: one common word (a sentence start without the evidence of a name counts as one). */
    static final double TRANSLITERATION_LIMIT = 1.0;
    /**
     * The share of output words that are neither English nor explained by a source name (transliterations
     * by their weight). Good outputs of the three labelled sets measured at most 17% (18 of 160 have any
     * such word); the limit is twice that.
     */
    static final double FOREIGN_SHARE_LIMIT = 0.34;
    /** The share is only judged on outputs with at least this many words (short titles are mostly names). */
    static final int FOREIGN_SHARE_MIN_WORDS = 5;
    /** Output letters per source letter: the good translations of the labelled set measured 0.67–1.50 (sources of 30+ letters: p5 0.81, p95 1.31). */
    static final double LENGTH_RATIO_MIN = 0.55;
    static final double LENGTH_RATIO_MAX = 2.0;
    static final int LENGTH_RATIO_MIN_SOURCE_LETTERS = 30;
    /** How many examples a reason quotes. */
    private static final int EXAMPLES = 4;

    // Linear on any text: no \b (Java scans back over combining marks for it), and an address starts only
    // where a run of non-spaces starts, its name without '@' (was \S+@, quadratic on long runs without spaces).
    private static final Pattern LINKS = Pattern.compile("(?i)(?<!\\w)(?:https?://|www\\.)\\S+|(?<!\\S)[^\\s@]+@\\S+\\.\\w+|[@#][\\w.]+");
    private static final Pattern LATIN_WORD = Pattern.compile("[\\p{IsLatin}\\p{M}]+(?:['\u2019][\\p{IsLatin}]+)*");
    private static final Pattern ANY_WORD = Pattern.compile("[\\p{L}\\p{M}]+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final EnglishWords english;
    private final Glossary glossary;

    public TranslationGuard(EnglishWords english, Glossary glossary) {
        this.english = english;
        this.glossary = glossary;
    }

    /** The shipped word list and glossary. */
    public static TranslationGuard shipped() {
        return new TranslationGuard(EnglishWords.load(), Glossary.shipped());
    }

    public Verdict check(LanguagePair pair, String source, String output) {
        return check(pair, source, output, null);
    }

    /** The roles of the last article's words, kept while its segments are checked one after another. */
    private record ArticleRoles(String article, Map<String, SourceWords.Role> roles) {}

    /** Per thread: a translation checks one article's segments in one thread, and threads must not evict each other's. */
    private final ThreadLocal<ArticleRoles> lastArticle = ThreadLocal.withInitial(() -> new ArticleRoles(null, Map.of()));

    /**
     * Checks one segment of an article: {@code article} is the whole source article (title and body as text,
     * the same String for each of its segments), where a title's first word shows whether it is a name
     * (capitalised mid-sentence in the body) or a common word; null when the segment stands alone.
     */
    public Verdict check(LanguagePair pair, String source, String output, String article) {
        Map<String, SourceWords.Role> articleRoles = Map.of();
        if (article != null) {
            ArticleRoles last = lastArticle.get();
            if (last.article() != article) lastArticle.set(last = new ArticleRoles(article, SourceWords.rolesElsewhere(article)));
            articleRoles = last.roles();
        }
        source = source == null ? "" : source.strip();
        output = output == null ? "" : output.strip();
        List<String> reasons = new ArrayList<>();
        if (output.isEmpty()) return Verdict.hold(List.of("empty output"));

        if (!source.isEmpty() && normalized(source).equals(normalized(output)) && ANY_WORD.matcher(source).find()) {
            reasons.add("output identical to the source (not translated)");
        }
        sourceScriptLeft(source, output, reasons);

        String text = LINKS.matcher(output).replaceAll(" ");
        SourceWords sourceWords = new SourceWords(source, w -> glossary.knowsSource(pair, w), articleRoles);
        Set<String> transliterated = new LinkedHashSet<>(), invented = new LinkedHashSet<>();
        double transliteration = 0, foreign = 0;
        int words = 0;
        List<String> tokens = new ArrayList<>();
        for (Matcher m = LATIN_WORD.matcher(text); m.find(); ) {
            if (m.end() - m.start() >= 2) tokens.add(m.group());
        }
        for (int t = 0; t < tokens.size(); t++) {
            String token = tokens.get(t);
            words++;
            SourceWords.Word spelled = transliteratedAbbreviation(pair, token, sourceWords);
            if (spelled == null) spelled = falseFriend(pair, token, sourceWords);
            if (spelled != null) {
                transliteration += 1;
                foreign += 1;
                transliterated.add("\"" + token + "\" (" + spelled.text() + ")");
                continue;
            }
            if (isAcronym(token) || english.contains(token) || glossary.isTargetWord(pair, token) || sourceWords.containsLiterally(token)) {
                continue;
            }
            SourceWords.Word from = sourceWords.transliteratedBy(token);
            if (from == null) {
                foreign += 1;
                if (Character.isUpperCase(token.codePointAt(0))) invented.add(token);
                continue;
            }
            double weight = switch (from.role()) {
                // a sentence-initial source word rendered in lower case was taken for a common word
                case SENTENCE_START -> Character.isLowerCase(token.codePointAt(0)) ? 1 : 0;
                // a first name stays before its surname in the translation; a common noun before a name does not
                case BEFORE_A_NAME -> t + 1 < tokens.size() && Character.isUpperCase(tokens.get(t + 1).codePointAt(0)) ? 0 : 1;
                default -> from.role().weight;
            };
            if (weight > 0) {
                transliteration += weight;
                foreign += weight;
                transliterated.add("\"" + token + "\" (" + from.text() + ")");
            }
        }
        if (transliteration >= TRANSLITERATION_LIMIT) {
            reasons.add("transliterated, not translated: " + examples(transliterated));
        }
        if (!invented.isEmpty()) {
            reasons.add("not English and not in the source: " + examples(quoted(invented)));
        }
        if (words >= FOREIGN_SHARE_MIN_WORDS && foreign / words > FOREIGN_SHARE_LIMIT) {
            reasons.add(String.format(Locale.ROOT, "%.0f%% of the words are not English (limit %.0f%%)", 100 * foreign / words, 100 * FOREIGN_SHARE_LIMIT));
        }
        int sourceLetters = letters(source);
        if (sourceLetters >= LENGTH_RATIO_MIN_SOURCE_LETTERS) {
            double ratio = (double) letters(output) / sourceLetters;
            if (ratio < LENGTH_RATIO_MIN || ratio > LENGTH_RATIO_MAX) {
                reasons.add(String.format(Locale.ROOT, "length %.2f times the source's, outside %.2f–%.2f (%s)", ratio,
                        LENGTH_RATIO_MIN, LENGTH_RATIO_MAX, ratio < LENGTH_RATIO_MIN ? "cut short?" : "padded or repeated?"));
            }
        }
        reasons.addAll(glossary.violations(pair, source, output));
        return reasons.isEmpty() ? Verdict.pass() : Verdict.hold(reasons);
    }

    /** Letters and digits: the length measure for the ratio, blind to spacing and punctuation. */
    static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (Character.isLetterOrDigit(s.charAt(i))) n++;
        return n;
    }

    /**
     * An abbreviation spelled letter for letter from one of the source's (НПЗ: NPZ, МЧС: MChS), unless English
     * writes it so too (NATO, KGB) or the glossary says so (SBU): the translator should have expanded it.
     */
    private SourceWords.Word transliteratedAbbreviation(LanguagePair pair, String token, SourceWords sourceWords) {
        String bare = token.endsWith("'s") || token.endsWith("\u2019s") ? token.substring(0, token.length() - 2) : token;
        if (bare.codePoints().filter(Character::isUpperCase).count() < 2) return null;
        SourceWords.Word w = sourceWords.abbreviationSpelledAs(bare);
        if (w == null && bare.endsWith("s")) w = sourceWords.abbreviationSpelledAs(bare.substring(0, bare.length() - 1));
        if (w == null || english.contains(bare) || glossary.isTargetWord(pair, bare)) return null;
        return w;
    }

    /**
     * A short English word that spells a common word of the source letter for letter (мост: most, сад: sad,
     * дим: dim): a false friend left untranslated, unless the glossary lists it as a cognate (план: plan).
     */
    private SourceWords.Word falseFriend(LanguagePair pair, String token, SourceWords sourceWords) {
        if (!english.contains(token) || glossary.isTargetWord(pair, token)) return null;
        return sourceWords.commonWordSpelledAs(token);
    }

    /** SBU, NATO, IDPs: acronyms are rendered by the translator's convention, not spelt from the source. */
    private static boolean isAcronym(String token) {
        String t = token.endsWith("s") ? token.substring(0, token.length() - 1) : token;
        return t.length() >= 2 && t.length() <= 6 && t.codePoints().noneMatch(Character::isLowerCase);
    }

    /** Words holding letters of a script of the source that the target (Latin) does not use. */
    private static void sourceScriptLeft(String source, String output, List<String> reasons) {
        Set<Character.UnicodeScript> scripts = EnumSet.noneOf(Character.UnicodeScript.class);
        source.codePoints().filter(Character::isLetter).forEach(c -> scripts.add(Character.UnicodeScript.of(c)));
        scripts.remove(Character.UnicodeScript.LATIN);
        Set<String> left = new LinkedHashSet<>();
        Set<String> names = new LinkedHashSet<>();
        Matcher m = ANY_WORD.matcher(output);
        while (m.find()) {
            String word = m.group(); // once: a copy per letter made a long word quadratic
            for (int i = 0; i < word.length(); i++) {
                Character.UnicodeScript s = Character.UnicodeScript.of(word.charAt(i));
                if (scripts.contains(s)) {
                    left.add("\"" + word + "\"");
                    names.add(name(s));
                    break;
                }
            }
        }
        if (!left.isEmpty()) reasons.add(String.join("/", names) + " letters left in the output: " + examples(left));
    }

    private static String name(Character.UnicodeScript s) {
        String n = s.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }

    private static String normalized(String s) {
        return WHITESPACE.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ");
    }

    private static Set<String> quoted(Set<String> tokens) {
        Set<String> out = new LinkedHashSet<>();
        for (String t : tokens) out.add("\"" + t + "\"");
        return out;
    }

    private static String examples(Set<String> items) {
        List<String> list = new ArrayList<>(items);
        String shown = String.join(", ", list.subList(0, Math.min(EXAMPLES, list.size())));
        return list.size() > EXAMPLES ? shown + " and " + (list.size() - EXAMPLES) + " more" : shown;
    }
}
