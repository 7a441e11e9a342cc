package io.newsdesk.app.translate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * Translates an article's segments: each segment found in the translation memory is reused, the rest go to
 * the first configured engine that supports the pair. Engines that cannot keep markup get the text runs
 * between inline tags one by one, so links and emphasis stay where they were. Segments without letters
 * (numbers, dates, URLs) are never sent. The glossary is applied to engine output, and every engine-made
 * segment is checked; the problems found are returned, not hidden.
 */
public final class Translator {
    /** Problems of one translated segment (plain text), empty when it is fine: the guard and the glossary. */
    @FunctionalInterface
    public interface Check {
        List<String> problems(LanguagePair pair, String source, String output);

        /** One segment of an article: {@code article} is the article's whole source text, the same String for each segment. */
        default List<String> problems(LanguagePair pair, String source, String output, String article) {
            return problems(pair, source, output);
        }
    }

    /** A correction of engine output (the glossary's preferred renderings), and how names are written. */
    @FunctionalInterface
    public interface Fix {
        String apply(LanguagePair pair, String output);

        /** A name (a person's, an agency's) in the target's letters: transliterated when written in another script. */
        default String name(LanguagePair pair, String name) {
            return Glossary.transliterated(pair, name);
        }
    }

    /**
     * @param target   the translated segments, null when {@code awaiting}
     * @param engine   what made the segments not taken from memory ({@code memory} when all were)
     * @param problems the check's findings per segment ("paragraph 3: ..."), empty when it passed
     * @param awaiting no engine could translate: {@code problems} says why
     */
    public record Result(Segments target, String engine, String model, List<String> problems, boolean awaiting) {}

    public static final String MEMORY = "memory";

    private final TranslationMemory memory;
    private final List<TranslationEngine> engines;
    private final Fix glossary;
    private final Check check;

    public Translator(TranslationMemory memory, List<TranslationEngine> engines, Fix glossary, Check check) {
        this.memory = memory;
        this.engines = List.copyOf(engines);
        this.glossary = glossary;
        this.check = check;
    }

    /** The first engine that supports the pair, in the configured order. */
    public Optional<TranslationEngine> engineFor(LanguagePair pair) {
        return engines.stream().filter(e -> e.supports(pair)).findFirst();
    }

    /** Whether a translation can be made now: an engine supports the pair, or the memory holds every segment. */
    public boolean canTranslate(LanguagePair pair, Segments source) {
        return engineFor(pair).isPresent()
                || source.all().stream().allMatch(s -> !hasLetters(text(s)) || memory.exact(pair, s).isPresent());
    }

    /**
     * @throws TranslationException when the engine failed (its {@code retryable} says whether to try later)
     */
    public Result translate(LanguagePair pair, Segments source) throws TranslationException {
        List<String> all = source.all();
        int plainCount = all.size() - source.body().size(); // title, standfirst, caption come first and are text
        String[] out = new String[all.size()];
        List<Integer> todo = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            String s = all.get(i);
            if (!hasLetters(i < plainCount ? s : text(s))) {
                out[i] = s;
                continue;
            }
            Optional<String> remembered = memory.exact(pair, s);
            if (remembered.isPresent()) out[i] = remembered.get();
            else todo.add(i);
        }
        if (todo.isEmpty()) return new Result(target(pair, source, out), MEMORY, null, List.of(), false);
        Optional<TranslationEngine> found = engineFor(pair);
        if (found.isEmpty()) {
            return new Result(null, null, null, List.of("no translation engine is set up for " + pair
                    + " (and " + todo.size() + " of " + all.size() + " segments are not in the translation memory)"), true);
        }
        TranslationEngine engine = found.get();
        List<String> problems = new ArrayList<>();
        if (engine.handlesHtml()) {
            List<String> sent = new ArrayList<>();
            for (int i : todo) sent.add(i < plainCount ? Entities.escape(all.get(i)) : all.get(i));
            List<String> got = engine.translate(sent, pair);
            for (int k = 0; k < todo.size(); k++) {
                int i = todo.get(k);
                String html = fixText(pair, got.get(k));
                out[i] = i < plainCount ? text(html) : html;
            }
        } else {
            translateRuns(engine, pair, all, plainCount, todo, out);
        }
        // the whole article goes with each segment: a title's first word is known as a name by its use in the body
        List<String> sourceTexts = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) sourceTexts.add(i < plainCount ? all.get(i) : text(all.get(i)));
        String articleText = String.join("\n\n", sourceTexts);
        for (int i : todo) {
            String src = sourceTexts.get(i);
            String dst = i < plainCount ? out[i] : text(out[i]);
            for (String p : check.problems(pair, src, dst, articleText)) problems.add(source.label(i) + ": " + p);
        }
        return new Result(target(pair, source, out), engine.name(), engine.model(pair), problems, false);
    }

    /** The translated segments; the credit, a name, is written in the target's letters rather than translated. */
    private Segments target(LanguagePair pair, Segments source, String[] out) {
        Segments t = source.withAll(List.of(out));
        return source.credit() == null ? t : t.withCredit(glossary.name(pair, source.credit()));
    }

    /** For engines without markup: each text node is sent alone and put back in its place. */
    private void translateRuns(TranslationEngine engine, LanguagePair pair, List<String> all, int plainCount, List<Integer> todo,
            String[] out) throws TranslationException {
        List<Element> fragments = new ArrayList<>();
        List<TextNode> nodes = new ArrayList<>();
        List<String> sent = new ArrayList<>();
        for (int i : todo) {
            Element frag = Jsoup.parseBodyFragment(i < plainCount ? Entities.escape(all.get(i)) : all.get(i)).body();
            fragments.add(frag);
            NodeTraversor.traverse((Node n, int depth) -> {
                if (n instanceof TextNode t && hasLetters(t.text()) && !insideCode(t)) {
                    nodes.add(t);
                    sent.add(t.text().strip());
                }
            }, frag);
        }
        List<String> got = sent.isEmpty() ? List.of() : engine.translate(sent, pair);
        for (int k = 0; k < nodes.size(); k++) {
            TextNode t = nodes.get(k);
            String original = t.getWholeText();
            String lead = original.substring(0, original.length() - original.stripLeading().length());
            String trail = original.substring(original.stripTrailing().length());
            t.text(lead + glossary.apply(pair, got.get(k)) + trail);
        }
        for (int k = 0; k < todo.size(); k++) {
            int i = todo.get(k);
            out[i] = i < plainCount ? fragments.get(k).text() : fragments.get(k).html();
        }
    }

    /** The glossary applied to the text of an HTML segment only, never to its attributes (URLs). */
    private String fixText(LanguagePair pair, String html) {
        Element frag = Jsoup.parseBodyFragment(html).body();
        NodeTraversor.traverse((Node n, int depth) -> {
            if (n instanceof TextNode t && !t.isBlank()) t.text(glossary.apply(pair, t.getWholeText()));
        }, frag);
        return frag.html();
    }

    private static boolean insideCode(TextNode t) {
        for (Node p = t.parent(); p != null; p = p.parent()) {
            if (p instanceof Element e && (e.normalName().equals("code") || e.normalName().equals("pre"))) return true;
        }
        return false;
    }

    static String text(String html) {
        return Jsoup.parseBodyFragment(html).body().text();
    }

    private static boolean hasLetters(String s) {
        if (s == null) return false;
        String t = s.strip();
        if (t.matches("(?i)(https?://|www\\.)\\S+")) return false;
        return t.codePoints().anyMatch(Character::isLetter);
    }
}
