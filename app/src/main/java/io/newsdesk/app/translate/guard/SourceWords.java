package io.newsdesk.app.translate.guard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a source text with their consonant skeletons and what they probably are. A name
 * (capitalised mid-sentence, an acronym, a Latin word) may appear transliterated in a translation; a
 * common word (lower case) must not. A capitalised word at the start of a sentence could be either.
 */
final class SourceWords {
    /** How much a transliteration of the word counts against the output. */
    enum Role {
        NAME(0), SENTENCE_START(0.5), COMMON(1);

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

    private final List<Word> words = new ArrayList<>();

    SourceWords(String source) {
        List<String> texts = new ArrayList<>();
        List<Boolean> starts = new ArrayList<>(), quotedNames = new ArrayList<>();
        boolean[] inQuotedName = quotedNames(source);
        Matcher m = WORD.matcher(source);
        int previousEnd = -1;
        while (m.find()) {
            String gap = previousEnd < 0 ? "." : source.substring(previousEnd, m.start());
            texts.add(m.group());
            starts.add(SENTENCE_GAP.matcher(gap).find());
            quotedNames.add(inQuotedName[m.start()]);
            previousEnd = m.end();
        }
        // what the same word is elsewhere in the text decides for a capitalised word at a sentence start
        Map<String, Role> elsewhere = new HashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            Role r = role(texts.get(i), starts.get(i));
            if (r != Role.SENTENCE_START) elsewhere.merge(texts.get(i).toLowerCase(Locale.ROOT), r, (a, b) -> a.weight < b.weight ? a : b);
        }
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            Role role = quotedNames.get(i) ? Role.NAME : role(text, starts.get(i));
            if (role == Role.SENTENCE_START) role = elsewhere.getOrDefault(text.toLowerCase(Locale.ROOT), Role.SENTENCE_START);
            words.add(new Word(text, Transliteration.skeleton(text), role));
            if (role == Role.COMMON) {
                Matcher adj = PLACE_ADJECTIVE.matcher(text.toLowerCase(Locale.ROOT));
                if (adj.find() && adj.start() >= 3) {
                    words.add(new Word(text, Transliteration.skeleton(text.substring(0, adj.start())), Role.NAME));
                }
            }
        }
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
