package io.newsdesk.app.translate;

import io.newsdesk.app.content.Romanization;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Preferred renderings per language pair (Kyiv, never Kiev), names that are never translated ("keep"),
 * and each pair's transliteration policy. Applied to engine output ({@link #apply}) and checked by the
 * translation guard ({@link #violations}). The shipped list is {@code resources/translate/glossary.json};
 * {@code glossary.json} in the data directory extends it, and its entries replace shipped ones with the
 * same target. Names (bylines, photo credits) are written by {@link #name}: the glossary's rendering first,
 * else transliterated ({@link Romanization}, BGN/PCGN-style for Russian, the national system for Ukrainian).
 */
public final class Glossary implements Translator.Fix {
    static final String RESOURCE = "/translate/glossary.json";
    /** The name of the editable file in the data directory. */
    public static final String FILE_NAME = "glossary.json";

    /**
     * One rendering: the source stems it translates, the preferred target, the variants never used;
     * {@code keep}: the target is a name that stays as it is, never translated.
     */
    public record Entry(Set<String> pairs, List<String> source, String target, List<String> never, boolean keep) {
        public Entry {
            pairs = Set.copyOf(pairs);
            source = List.copyOf(source);
            never = List.copyOf(never);
        }
    }

    private final Map<String, String> policies;
    private final List<Entry> entries;
    /** Per pair: one pattern matching any never-used variant as a whole word, and each variant's target. */
    private final Map<String, Variants> variants = new LinkedHashMap<>();
    /** Per pair: lower-cased words of every target, which the guard accepts as English. */
    private final Map<String, Set<String>> targetWords = new LinkedHashMap<>();

    /** {@code targets} is keyed by the variant in lower case with single spaces. */
    private record Variants(Pattern any, Map<String, String> targets) {
        String target(String found) {
            return targets.get(found.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
        }
    }

    /** A kept name's source forms as whole-word-start patterns (case-sensitive: names are capitalised). */
    private final Map<Entry, List<Pattern>> keptForms = new LinkedHashMap<>();

    /** Per pair: source forms of every entry, lower-cased (a source word starting with one is a name the glossary knows). */
    private final Map<String, List<String>> sourceForms = new LinkedHashMap<>();
    private final Map<String, Set<String>> cognates;

    private Glossary(Map<String, String> policies, List<Entry> entries) {
        this(policies, entries, Map.of());
    }

    /** {@code cognates}: per pair, short words whose transliteration is their translation (план: plan). */
    private Glossary(Map<String, String> policies, List<Entry> entries, Map<String, Set<String>> cognates) {
        this.policies = Map.copyOf(policies);
        this.entries = List.copyOf(entries);
        for (Entry e : entries) {
            for (String pair : e.pairs()) {
                for (String f : e.source()) sourceForms.computeIfAbsent(pair, k -> new ArrayList<>()).add(f.toLowerCase(Locale.ROOT));
            }
        }
        Map<String, Map<String, String>> wrongs = new LinkedHashMap<>();
        for (Entry e : entries) {
            if (e.keep()) {
                keptForms.put(e, e.source().stream().map(f -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(f))).toList());
            }
            for (String pair : e.pairs()) {
                Set<String> words = targetWords.computeIfAbsent(pair, k -> new TreeSet<>());
                for (String w : e.target().split("[\\s-]+")) words.add(w.toLowerCase(Locale.ROOT));
                for (String wrong : e.never()) {
                    wrongs.computeIfAbsent(pair, k -> new LinkedHashMap<>()).put(wrong.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "), e.target());
                }
            }
        }
        cognates.forEach((pair, words) -> targetWords.computeIfAbsent(pair, k -> new TreeSet<>()).addAll(words));
        this.cognates = Map.copyOf(cognates);
        wrongs.forEach((pair, targets) -> {
            List<String> alternatives = new ArrayList<>(targets.keySet());
            alternatives.sort((a, b) -> b.length() - a.length()); // the longest variant wins where two overlap
            String any = String.join("|", alternatives.stream().map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q")).toList());
            // whole words only: "Kievan Rus" is history, not a misspelt Kyiv
            Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + any + ")(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            variants.put(pair, new Variants(p, Map.copyOf(targets)));
        });
    }

    /** The shipped glossary. */
    public static Glossary shipped() {
        try (InputStream in = Glossary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            JsonNode root = new ObjectMapper().readTree(in);
            return new Glossary(policies(root), entries(root), cognates(root));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shipped glossary extended by {@code dataDir/glossary.json} when that file exists. */
    public static Glossary load(Path dataDir) throws IOException {
        Glossary base = shipped();
        Path file = dataDir == null ? null : dataDir.resolve(FILE_NAME);
        if (file == null || !Files.isRegularFile(file)) return base;
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new IOException("cannot read the glossary " + file + ": " + e.getMessage(), e);
        }
        Map<String, String> policies = new LinkedHashMap<>(base.policies);
        policies.putAll(policies(root));
        List<Entry> extra = entries(root);
        List<Entry> merged = new ArrayList<>();
        for (Entry e : base.entries) {
            if (extra.stream().noneMatch(x -> x.target().equals(e.target()))) merged.add(e);
        }
        merged.addAll(extra);
        Map<String, Set<String>> cognates = new LinkedHashMap<>();
        base.cognates.forEach((pair, words) -> cognates.put(pair, new TreeSet<>(words)));
        cognates(root).forEach((pair, words) -> cognates.computeIfAbsent(pair, k -> new TreeSet<>()).addAll(words));
        return new Glossary(policies, merged, cognates);
    }

    private static Map<String, String> policies(JsonNode root) {
        Map<String, String> out = new LinkedHashMap<>();
        root.path("policies").properties().forEach(p -> out.put(LanguagePair.parse(p.getKey()).toString(), p.getValue().asText()));
        return out;
    }

    private static List<Entry> entries(JsonNode root) throws IOException {
        List<Entry> out = new ArrayList<>();
        for (JsonNode n : root.path("entries")) {
            String target = n.path("target").asText("").strip();
            if (target.isEmpty() || !n.path("pairs").isArray()) {
                throw new IOException("a glossary entry needs pairs and a target: " + n);
            }
            Set<String> pairs = new TreeSet<>();
            for (JsonNode p : n.path("pairs")) pairs.add(LanguagePair.parse(p.asText()).toString());
            out.add(new Entry(pairs, texts(n.path("source")), target, texts(n.path("never")), n.path("keep").asBoolean(false)));
        }
        return out;
    }

    private static Map<String, Set<String>> cognates(JsonNode root) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (JsonNode n : root.path("cognates")) {
            for (JsonNode p : n.path("pairs")) {
                Set<String> words = out.computeIfAbsent(LanguagePair.parse(p.asText()).toString(), k -> new TreeSet<>());
                for (String w : texts(n.path("words"))) words.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode t : array) if (!t.asText().isBlank()) out.add(t.asText().strip());
        return out;
    }

    /** The pair's transliteration policy in words, or null. */
    public String policy(LanguagePair pair) {
        return policies.get(pair.toString());
    }

    public List<Entry> entries(LanguagePair pair) {
        return entries.stream().filter(e -> e.pairs().contains(pair.toString())).toList();
    }

    /** Whether a word of the output is part of a glossary target of the pair (such words are never "foreign"). */
    public boolean isTargetWord(LanguagePair pair, String word) {
        Set<String> words = targetWords.get(pair.toString());
        return words != null && words.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether a source word starts with a source form of one of the pair's entries (Харкова: Харьков, Харків). */
    public boolean knowsSource(LanguagePair pair, String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (String form : sourceForms.getOrDefault(pair.toString(), List.of())) {
            if (w.startsWith(form)) return true;
        }
        return false;
    }

    /**
     * Why the output breaks the glossary, one reason per distinct problem: a variant the glossary never
     * uses (whatever the source says: the site never writes "Kiev"), or a kept name that was translated.
     */
    public List<String> violations(LanguagePair pair, String source, String output) {
        List<String> reasons = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        Variants v = variants.get(pair.toString());
        Matcher m = v == null ? null : v.any().matcher(output);
        while (m != null && m.find()) {
            if (seen.add(m.group().toLowerCase(Locale.ROOT))) {
                reasons.add("glossary: \"" + m.group() + "\" where the glossary says \"" + v.target(m.group()) + "\"");
            }
        }
        String lowerOutput = output.toLowerCase(Locale.ROOT);
        for (Entry e : entries(pair)) {
            if (!e.keep()) continue;
            String form = mentioned(source, keptForms.get(e));
            if (form != null && !lowerOutput.contains(e.target().toLowerCase(Locale.ROOT))) {
                reasons.add("glossary: \"" + form + "\" is a name kept as \"" + e.target() + "\", not translated");
            }
        }
        return reasons;
    }

    /** The output with every never-used variant replaced by the preferred target, keeping the variant's case. */
    public String apply(LanguagePair pair, String output) {
        Variants v = variants.get(pair.toString());
        if (v == null) return output;
        Matcher m = v.any().matcher(output);
        StringBuilder sb = new StringBuilder();
        while (m.find()) m.appendReplacement(sb, Matcher.quoteReplacement(sameCase(m.group(), v.target(m.group()))));
        m.appendTail(sb);
        return sb.toString();
    }

    /** Languages written in Cyrillic: a name in Cyrillic is already in their letters. */
    private static final Set<String> CYRILLIC_LANGUAGES = Set.of("ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "mn", "tg");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}'’ʼ-]+");

    /**
     * A name as the pair's target writes it. Each word in another script is the glossary's rendering when one
     * applies (a kept name by its stem: "Укрзалізниці" is Ukrzaliznytsia; any other entry only for the exact source
     * form, so a person called Николай is never the city of Mykolaiv), else transliterated.
     */
    @Override
    public String name(LanguagePair pair, String name) {
        if (name == null || !Romanization.hasCyrillic(name) || CYRILLIC_LANGUAGES.contains(pair.to())) return name;
        List<Entry> pairEntries = entries(pair);
        Matcher m = WORD.matcher(name);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String word = m.group(), rendered = null;
            for (Entry e : pairEntries) {
                for (String form : e.source()) {
                    if (e.keep() ? word.startsWith(form) : word.equalsIgnoreCase(form)) rendered = e.target();
                }
                if (rendered != null) break;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(rendered != null ? rendered : transliterated(pair, word)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A name transliterated when it is in Cyrillic and the target language is not (without a glossary). */
    public static String transliterated(LanguagePair pair, String name) {
        if (name == null || CYRILLIC_LANGUAGES.contains(pair.to())) return name;
        return Romanization.latin(name, pair.from());
    }

    /** KIEV → KYIV, kiev → kyiv, Kiev → Kyiv. */
    static String sameCase(String found, String target) {
        boolean hasLower = found.chars().anyMatch(Character::isLowerCase);
        boolean hasUpper = found.chars().anyMatch(Character::isUpperCase);
        if (hasUpper && !hasLower && found.codePointCount(0, found.length()) > 1) return target.toUpperCase(Locale.ROOT);
        if (!hasUpper) return target.toLowerCase(Locale.ROOT);
        return target;
    }

    /**
     * The first of the source forms that starts a word of the text, or null. Kept names are capitalised, so
     * the match is case-sensitive: a common word that shares the letters does not count.
     */
    private static String mentioned(String text, List<Pattern> forms) {
        for (Pattern form : forms) {
            Matcher m = form.matcher(text);
            if (m.find()) return m.group();
        }
        return null;
    }
}
