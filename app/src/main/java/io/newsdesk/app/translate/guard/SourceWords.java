package io.newsdesk.app.translate.guard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a source text with their consonant skeletons and what they probably are. A name
 * (capitalised mid-sentence, an acronym, a Latin word) may appear transliterated in a translation; a
 * common word (lower case) must not. A capitalised word at the start of a sentence or title is taken for a
 * name only with some evidence (the same word capitalised mid-sentence, the glossary, the shape of a
 * surname or place name, a name after it, a colon after it); otherwise it is a common word.
 */
final class SourceWords {
    /** How much a transliteration of the word counts against the output. */
    enum Role {
        /**
         * SENTENCE_START: a capitalised start with the evidence of a name; rendered in lower case it was a common
         * word. BEFORE_A_NAME: a capitalised start followed by a capitalised word (Андрій Єрмак, Обстріл Херсона):
         * a name when its rendering is followed by a capitalised word too, else a common word.
         */
        NAME(0), SENTENCE_START(0), BEFORE_A_NAME(1), COMMON(1);

        final double weight;

        Role(double weight) {
            this.weight = weight;
        }
    }

    record Word(String text, String skeleton, Role role) {}

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+(?:['\u2019\u02bc][\\p{L}\\p{M}]+)*");
    /** A gap before a word that starts a sentence or a quotation. */
    private static final Pattern SENTENCE_GAP = Pattern.compile("[.!?\u2026:\\n\u00ab\u201e\u201c\"]");
    /**
     * Russian and Ukrainian adjectives made from place names (харьковской, херсонській): the place's own
     * name is their proper translation, so the stem before the suffix counts as a name.
     */
    private static final Pattern PLACE_ADJECTIVE = Pattern.compile(
            "(?:ск|цк|зк|ськ|цьк|зьк)(?:ий|ый|ой|ая|ое|ого|ому|ом|ую|ие|ые|их|ых|им|ым|ими|ыми|ій|ої|ою|ім|а|е|у|і|ої)$");

    /**
     * A short quoted run that starts with a capital («Нова пошта», «Динамо»): Russian and Ukrainian quote
     * the names of companies, clubs and works, so its words are names. Longer runs are quoted speech.
     */
    private static final Pattern QUOTED_NAME = Pattern.compile("[\u00ab\u201e](\\p{Lu}[^\u00ab\u00bb\u201e\u201c]{0,40})[\u00bb\u201c]");
    private static final int QUOTED_NAME_MAX_WORDS = 3;

    /**
     * Endings of Russian and Ukrainian surnames (Зеленский, Буданов, Шевченко, Ткачук, Петрович, Седых) and place
     * names (Донецк, Никополь, Белгород, Покровка): a capitalised start so shaped is taken for a name.
     */
    private static final List<String> NAME_ENDINGS = List.of("ский", "ская", "цкий", "цкая", "ський", "ська", "цький", "цька", "ов", "ова",
            "ев", "ева", "ёв", "ёва", "ин", "ина", "ын", "ына", "ін", "іна", "енко", "чук", "щук", "юк", "ук", "ич", "як", "ян", "дзе",
            "швили", "их", "ых", "іх", "ів", "їв", "поль", "піль", "ск", "ськ", "град", "город", "евка", "ївка", "івка", "овка", "ово", "ево", "ино", "ине");

    /**
     * Russian and Ukrainian function words and the commonest time words: short, everywhere, and spelled like
     * English words by chance (но: no, он: on, про: pro, то: to, лет: let), so never taken for a false friend.
     */
    private static final Set<String> FUNCTION_WORDS = Set.of("без", "был", "была", "были", "было", "вам", "вас", "все", "всё", "где", "для",
            "его", "ее", "её", "ему", "еще", "ещё", "или", "как", "кто", "мне", "нам", "нас", "нет", "них", "ним", "она", "они", "оно", "под",
            "при", "про", "раз", "сам", "так", "там", "тем", "тех", "тот", "том", "тут", "уже", "чем", "что", "эта", "эти", "это", "над",
            "вот", "год", "года", "году", "лет", "але", "або", "був", "вже", "від", "він", "вона", "вони", "всі", "його", "ще", "як", "яка",
            "які", "хто", "що", "це", "ця", "цей", "ці", "тоді", "під", "між", "неї", "рік", "року", "тому", "теж", "лише", "мов", "нею",
            "сих", "тим", "тих", "ось", "оце", "хоч", "бо", "аби", "щоб", "чтоб", "нем", "ней", "себе", "собі", "свій", "свой");
    /** Case endings a short common word may carry in the source while its false friend is the bare stem (мосту: most). */
    private static final List<String> CASE_ENDINGS = List.of("ами", "ями", "ом", "ем", "ой", "ей", "ам", "ям", "ах", "ях", "ов", "ів", "ою",
            "ею", "а", "я", "у", "ю", "е", "и", "і", "ы", "о");
    /** A false friend is a short English word; its source word is at most this many letters longer (endings). */
    static final int FALSE_FRIEND_MAX_LETTERS = 4;

    private final List<Word> words = new ArrayList<>();
    /** Latin spellings of the source's abbreviations (ВСУ: vsu) and of its short common words and their stems (мосту: mostu, most). */
    private final Map<String, Word> abbreviationSpellings = new HashMap<>(), commonSpellings = new HashMap<>();

    SourceWords(String source) {
        this(source, w -> false, Map.of());
    }

    /** The source's words split with what precedes each: the gap before a word tells a sentence start. */
    private record Split(List<String> texts, List<String> gapsBefore, List<Boolean> starts, List<Integer> offsets) {
        static Split of(String source) {
            List<String> texts = new ArrayList<>(), gapsBefore = new ArrayList<>();
            List<Boolean> starts = new ArrayList<>();
            List<Integer> offsets = new ArrayList<>();
            Matcher m = WORD.matcher(source);
            int previousEnd = -1;
            while (m.find()) {
                String gap = previousEnd < 0 ? "." : source.substring(previousEnd, m.start());
                texts.add(m.group());
                gapsBefore.add(gap);
                starts.add(SENTENCE_GAP.matcher(gap).find());
                offsets.add(m.start());
                previousEnd = m.end();
            }
            gapsBefore.add(previousEnd < 0 ? "" : source.substring(previousEnd));
            return new Split(texts, gapsBefore, starts, offsets);
        }
    }

    /**
     * What each word of a text is where it is not at a sentence start (lower-cased word to role; a name
     * wins): for a whole article, so a title's first word is known by its use in the body.
     */
    static Map<String, Role> rolesElsewhere(String text) {
        return rolesElsewhere(Split.of(text));
    }

    private static Map<String, Role> rolesElsewhere(Split split) {
        Map<String, Role> elsewhere = new HashMap<>();
        for (int i = 0; i < split.texts().size(); i++) {
            Role r = role(split.texts().get(i), split.starts().get(i));
            if (r != Role.SENTENCE_START) elsewhere.merge(split.texts().get(i).toLowerCase(Locale.ROOT), r, (a, b) -> a.weight < b.weight ? a : b);
        }
        return elsewhere;
    }

    /**
     * @param known   whether a capitalised source word is a name the glossary knows (Харків, Укренерго)
     * @param article {@link #rolesElsewhere} of the whole article the source belongs to, or empty
     */
    SourceWords(String source, Predicate<String> known, Map<String, Role> article) {
        Split split = Split.of(source);
        List<String> texts = split.texts(), gapsBefore = split.gapsBefore();
        List<Boolean> starts = split.starts();
        boolean[] inQuotedName = quotedNames(source);
        // what the same word is elsewhere in the text (or the article) decides for a capitalised word at a sentence start
        Map<String, Role> elsewhere = rolesElsewhere(split);
        article.forEach((w, r) -> elsewhere.merge(w, r, (a, b) -> a.weight < b.weight ? a : b));
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            Role role = inQuotedName[split.offsets().get(i)] ? Role.NAME : role(text, starts.get(i));
            if (role == Role.SENTENCE_START) {
                role = elsewhere.getOrDefault(text.toLowerCase(Locale.ROOT), null);
                if (role == null) role = looksLikeAName(texts, gapsBefore, i, known) ? Role.SENTENCE_START
                        : beforeAName(texts, gapsBefore, i) ? Role.BEFORE_A_NAME : Role.COMMON;
            }
            Word word = new Word(text, Transliteration.skeleton(text), role);
            words.add(word);
            indexSpellings(word);
            if (role == Role.COMMON) {
                Matcher adj = PLACE_ADJECTIVE.matcher(text.toLowerCase(Locale.ROOT));
                if (adj.find() && adj.start() >= 3) {
                    words.add(new Word(text, Transliteration.skeleton(text.substring(0, adj.start())), Role.NAME));
                }
            }
        }
    }

    /**
     * Evidence that a capitalised word starting a sentence or title is a name: the glossary knows it, it has
     * the ending of a surname or place name, or a colon follows it (a speaker or a place heading a title:
     * "Кличко: …", "Бахмут: …").
     */
    private static boolean looksLikeAName(List<String> texts, List<String> gapsBefore, int i, Predicate<String> known) {
        String word = texts.get(i), lower = word.toLowerCase(Locale.ROOT);
        if (known.test(word)) return true;
        for (String ending : NAME_ENDINGS) {
            if (lower.endsWith(ending) && lower.length() > ending.length() + 1) return true;
        }
        // -ик is a surname (Довбик), -ник/-чик/-щик a common noun (беспилотник, рятувальник)
        if (lower.endsWith("ик") && !lower.endsWith("ник") && !lower.endsWith("чик") && !lower.endsWith("щик") && lower.length() > 3) return true;
        return gapsBefore.get(i + 1).indexOf(':') >= 0;
    }

    private static boolean beforeAName(List<String> texts, List<String> gapsBefore, int i) {
        return i + 1 < texts.size() && !SENTENCE_GAP.matcher(gapsBefore.get(i + 1)).find() && Character.isUpperCase(texts.get(i + 1).codePointAt(0));
    }

    private static boolean[] quotedNames(String source) {
        boolean[] in = new boolean[source.length() + 1];
        Matcher q = QUOTED_NAME.matcher(source);
        while (q.find()) {
            if (WORD.matcher(q.group(1)).results().count() <= QUOTED_NAME_MAX_WORDS) {
                for (int i = q.start(1); i < q.end(1); i++) in[i] = true;
            }
        }
        return in;
    }

    private static Role role(String word, boolean sentenceStart) {
        int first = word.codePointAt(0);
        boolean latin = Character.UnicodeScript.of(first) == Character.UnicodeScript.LATIN;
        if (latin) return Role.NAME; // a Latin word inside Cyrillic text is a brand or a name, kept as is
        if (!Character.isUpperCase(first)) return Role.COMMON;
        boolean acronym = word.length() > 1 && word.codePoints().noneMatch(Character::isLowerCase);
        if (acronym || !sentenceStart) return Role.NAME;
        return Role.SENTENCE_START;
    }

    private void indexSpellings(Word w) {
        String text = w.text();
        if (text.length() > FALSE_FRIEND_MAX_LETTERS + 3 || Character.UnicodeScript.of(text.codePointAt(0)) != Character.UnicodeScript.CYRILLIC) return;
        boolean abbreviation = text.length() >= 2 && text.codePoints().noneMatch(Character::isLowerCase);
        if (abbreviation) {
            for (String v : Transliteration.latinVariants(text)) abbreviationSpellings.putIfAbsent(v, w);
            return;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (w.role() != Role.COMMON || lower.length() < 3 || FUNCTION_WORDS.contains(lower)) return;
        // one scheme only: the more spellings, the more English words match by chance
        commonSpellings.putIfAbsent(Transliteration.toLatin(lower), w);
        for (String ending : CASE_ENDINGS) {
            if (lower.endsWith(ending) && lower.length() - ending.length() >= 3) {
                commonSpellings.putIfAbsent(Transliteration.toLatin(lower.substring(0, lower.length() - ending.length())), w);
            }
        }
    }

    /** The source abbreviation this Latin token spells letter for letter (NPZ: НПЗ, MChS: МЧС), or null. */
    Word abbreviationSpelledAs(String token) {
        return abbreviationSpellings.get(token.toLowerCase(Locale.ROOT));
    }

    /** The short common source word this token spells letter for letter, whole or without its ending (most: мосту), or null. */
    Word commonWordSpelledAs(String token) {
        return token.length() > FALSE_FRIEND_MAX_LETTERS ? null : commonSpellings.get(token.toLowerCase(Locale.ROOT));
    }

    List<Word> words() {
        return words;
    }

    /** Whether the text holds this word, case aside (a Latin name copied from the source). */
    boolean containsLiterally(String token) {
        for (Word w : words) if (w.text().equalsIgnoreCase(token)) return true;
        return false;
    }

    /** The source word that the output token transliterates, the one weighing least when several do; or null. */
    Word transliteratedBy(String token) {
        String skeleton = Transliteration.skeleton(token);
        Word best = null;
        // two consonants are too few to tell a common word from chance unless the token is long enough
        if (skeleton.length() >= 3 || token.length() >= 4) {
            for (Word w : words) {
                if (Transliteration.sameWord(skeleton, w.skeleton()) && (best == null || w.role().weight < best.role().weight)) best = w;
            }
        }
        if (best == null && skeleton.length() < 3) {
            // a short name (Yurii, Uzh, Sumy) is still found among the source's names, whose case endings add a consonant (Сумах)
            for (Word w : words) {
                if (w.role() == Role.NAME && w.skeleton().startsWith(skeleton) && w.skeleton().length() - skeleton.length() <= 1) return w;
            }
        }
        return best;
    }
}
