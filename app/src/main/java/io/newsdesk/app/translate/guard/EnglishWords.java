package io.newsdesk.app.translate.guard;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The English word list: Debian's {@code wamerican} and {@code wbritish} together (SCOWL, permissive
 * licence; notice in {@code resources/translate/english-words.NOTICE.txt}), about 76,000 words with their
 * inflections, possessives removed; both spellings, since engines write "litre" as well as "liter". Looked up lower-cased, so "Car" and "car" are both English.
 */
public final class EnglishWords {
    static final String RESOURCE = "/translate/english-words.txt.gz";

    /** Every word, lower-cased. */
    private final Set<String> words;
    /** The words the list spells in lower case: common words, not names or abbreviations ("Nov"). */
    private final Set<String> common;

    /** The longest common word: no part of a closed compound is longer, which keeps the compound check linear. */
    private final int longestCommon;

    private EnglishWords(Set<String> words, Set<String> common) {
        this.words = words;
        this.common = common;
        this.longestCommon = common.stream().mapToInt(String::length).max().orElse(0);
    }

    /** Loads the shipped list (about 0.2 MB compressed). */
    public static EnglishWords load() {
        try (InputStream raw = EnglishWords.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) throw new IllegalStateException("missing resource " + RESOURCE);
            BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
            Set<String> words = new HashSet<>(150_000), common = new HashSet<>(100_000);
            for (String line; (line = in.readLine()) != null; ) {
                String word = line.strip();
                if (word.isEmpty()) continue;
                String lower = word.toLowerCase(Locale.ROOT);
                words.add(lower);
                if (lower.equals(word)) common.add(lower);
            }
            return new EnglishWords(words, common);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int size() {
        return words.size();
    }

    /**
     * Whether a word (letters, maybe an apostrophe) is English: in the list, or a possessive or plural of
     * a listed word (the list lacks plurals of names: "Ukrainians" is there, "Zelenskys" is not), or a
     * closed compound of two common words of three letters or more ("trolleybus", "livestream"), which
     * the list often lacks.
     */
    public boolean contains(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (words.contains(w)) return true;
        if (w.endsWith("'s")) return words.contains(w.substring(0, w.length() - 2));
        if (w.endsWith("s'")) return words.contains(w.substring(0, w.length() - 1));
        if (w.length() > 3 && w.endsWith("s") && words.contains(w.substring(0, w.length() - 1))) return true;
        return isCompound(w);
    }

    private boolean isCompound(String w) {
        // only splits whose both parts could be listed words: a long run of letters costs no more than a short word
        int from = Math.max(3, w.length() - longestCommon), to = Math.min(w.length() - 3, longestCommon);
        for (int i = from; i <= to; i++) {
            if (common.contains(w.substring(0, i)) && common.contains(w.substring(i))) return true;
        }
        return false;
    }
}
