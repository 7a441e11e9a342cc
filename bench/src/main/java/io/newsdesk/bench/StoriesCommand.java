package io.newsdesk.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.app.ingest.stories.MinHashSignature;
import io.newsdesk.app.ingest.stories.StoryMatcher;
import io.newsdesk.app.ingest.stories.TextNormalizer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The measurements behind the constants of {@link MinHashSignature} and {@link StoryMatcher} (written down in
 * docs/decisions.md): similarity of same-story pairs, hard negatives and unrelated pairs of the written story
 * pairs, and, with {@code --pool}, of every pair of a benchmark folder's real article bodies.
 */
@Command(name = "stories", mixinStandardHelpOptions = true,
        description = {"Story clustering: the similarity distributions behind its thresholds, on the written story pairs",
                "(app/src/test/resources/stories/pairs.json) and optionally a pool of real articles (--pool, e.g.",
                "../shared/bench/extraction/dev)."})
final class StoriesCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--pairs", paramLabel = "FILE", description = "The story pairs (default: ${DEFAULT-VALUE}).")
    Path pairsFile = Path.of("app/src/test/resources/stories/pairs.json");

    @Option(names = "--pool", paramLabel = "DIR", description = "A folder with a ground-truth.json of article bodies.")
    Path pool;

    /** The written test data: each story told by two outlets, and hard negatives between stories. */
    record Pairs(List<Story> stories, List<HardNegative> hardNegatives) {
        record Version(String outlet, String title, String text) {
            String titleAndText() {
                return title + "\n" + text;
            }
        }

        record Story(String id, List<Version> versions) {}

        record HardNegative(List<String> stories, String why) {}
    }

    private Pairs data;
    private Map<String, Pairs.Story> byId;
    private PrintWriter out;

    @Override
    public Integer call() throws IOException {
        out = spec.commandLine().getOut();
        data = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(pairsFile.toFile(), Pairs.class);
        byId = data.stories().stream().collect(Collectors.toMap(Pairs.Story::id, Function.identity()));
        out.println("== " + pairsFile + ": " + data.stories().size() + " stories, "
                + data.hardNegatives().size() + " hard negatives (4 version pairs each)");
        for (int k = 1; k <= 3; k++) {
            int size = k;
            Function<Pairs.Version, Set<String>> shingles =
                    v -> MinHashSignature.shingles(TextNormalizer.contentWords(v.titleAndText()), size);
            print("exact Jaccard, k=" + k, (a, b) -> exactJaccard(shingles.apply(a), shingles.apply(b)));
        }
        print("MinHash Jaccard", (a, b) -> sig(a).jaccard(sig(b)));
        print("MinHash containment", (a, b) -> sig(a).containment(sig(b)));
        print("same story (1 = yes)", (a, b) -> StoryMatcher.sameStory(sig(a), sig(b)) ? 1.0 : 0.0);
        print("shared band keys", (a, b) -> (double) sharedKeys(sig(a), sig(b)));
        excerpts();
        devPool();
        out.flush();
        return 0;
    }

    /**
     * What a feed excerpt would give: the title and the first n content words of one version, against the other
     * outlet's full text and against every version of every other story, with the thresholds but no length rule.
     */
    private void excerpts() {
        out.println("== excerpts (title + first n content words) without the length rule");
        for (int n : new int[] {10, 20, 30, 40, 60}) {
            Map<Pairs.Version, MinHashSignature> excerpts = new java.util.HashMap<>();
            for (Pairs.Story s : data.stories()) {
                for (Pairs.Version version : s.versions()) {
                    List<String> words = new ArrayList<>(TextNormalizer.contentWords(version.title()));
                    List<String> body = TextNormalizer.contentWords(version.text());
                    words.addAll(body.subList(0, Math.min(n, body.size())));
                    excerpts.put(version, MinHashSignature.of(words, MinHashSignature.SHINGLE_WORDS));
                }
            }
            int found = 0;
            int wrongFull = 0;
            int wrongExcerpt = 0;
            int tries = 0;
            List<Integer> sizes = new ArrayList<>();
            for (Pairs.Story s : data.stories()) {
                for (int v = 0; v < 2; v++) {
                    MinHashSignature excerpt = excerpts.get(s.versions().get(v));
                    sizes.add(excerpt.shingleCount());
                    tries++;
                    if (thresholdsMet(excerpt, sig(s.versions().get(1 - v)))) {
                        found++;
                    }
                    for (Pairs.Story other : data.stories()) {
                        if (other == s) {
                            continue;
                        }
                        for (Pairs.Version o : other.versions()) {
                            wrongFull += thresholdsMet(excerpt, sig(o)) ? 1 : 0;
                            wrongExcerpt += thresholdsMet(excerpt, excerpts.get(o)) ? 1 : 0;
                        }
                    }
                }
            }
            Collections.sort(sizes);
            out.printf(Locale.ROOT, "  n=%2d (median %d distinct words): found its other outlet %d of %d;"
                            + " matched another story's text %d, another story's excerpt %d (of %d each)%n",
                    n, sizes.get(sizes.size() / 2), found, tries, wrongFull, wrongExcerpt,
                    tries * 2 * (data.stories().size() - 1));
        }
    }

    private static boolean thresholdsMet(MinHashSignature a, MinHashSignature b) {
        return a.jaccard(b) >= StoryMatcher.MIN_JACCARD && a.containment(b) >= StoryMatcher.SAME_STORY_CONTAINMENT;
    }

    private void devPool() throws IOException {
        if (pool == null) return;
        Path truth = pool.resolve("ground-truth.json").toAbsolutePath().normalize();
        if (!Files.isRegularFile(truth)) {
            out.println("== no ground-truth.json in " + pool + ": real-article pool skipped");
            return;
        }
        record Body(String url, MinHashSignature sig, List<String> words) {
        }
        record Pair(Body a, Body b, double j, double c) {
        }
        List<Body> bodies = new ArrayList<>();
        new ObjectMapper().readTree(truth.toFile()).forEach(
                (JsonNode n) -> bodies.add(new Body(n.get("url").asText(), MinHashSignature.of(n.get("articleBody").asText()),
                        TextNormalizer.contentWords(n.get("articleBody").asText()))));
        List<Pair> pairs = new ArrayList<>();
        int candidates = 0;
        for (int i = 0; i < bodies.size(); i++) {
            for (int j = i + 1; j < bodies.size(); j++) {
                Body a = bodies.get(i);
                Body b = bodies.get(j);
                if (sharedKeys(a.sig(), b.sig()) > 0) {
                    candidates++;
                }
                pairs.add(new Pair(a, b, a.sig().jaccard(b.sig()), a.sig().containment(b.sig())));
            }
        }
        long clusterable = bodies.stream().filter(b -> StoryMatcher.clusterable(b.sig())).count();
        List<Pair> same = pairs.stream().filter(p -> StoryMatcher.sameStory(p.a().sig(), p.b().sig())).toList();
        out.printf(Locale.ROOT, "== extraction dev set: %d bodies (%d clusterable), %d pairs%n",
                bodies.size(), clusterable, pairs.size());
        out.printf(Locale.ROOT, "  Jaccard      %s%n", dist(pairs.stream().map(Pair::j).toList()));
        out.printf(Locale.ROOT, "  containment  %s%n", dist(pairs.stream().map(Pair::c).toList()));
        out.printf(Locale.ROOT, "  LSH candidates %d (%.1f%%), judged same story %d, of which LSH candidates %d%n",
                candidates, 100.0 * candidates / pairs.size(), same.size(),
                same.stream().filter(p -> sharedKeys(p.a().sig(), p.b().sig()) > 0).count());
        out.println("  judged same story (judge by eye: real cross-outlet pairs exist in this set):");
        same.forEach(p -> out.printf(Locale.ROOT, "    C %.3f J %.3f %s | %s%n", p.c(), p.j(), p.a().url(), p.b().url()));
        for (int n : new int[] {20, 30, 40}) {
            List<MinHashSignature> excerpts = bodies.stream()
                    .map(b -> MinHashSignature.of(b.words().subList(0, Math.min(n, b.words().size())), MinHashSignature.SHINGLE_WORDS))
                    .toList();
            List<String> vsText = new ArrayList<>();
            List<String> vsExcerpt = new ArrayList<>();
            for (int i = 0; i < bodies.size(); i++) {
                for (int j = 0; j < bodies.size(); j++) {
                    String pair = "      " + bodies.get(i).url() + " | " + bodies.get(j).url();
                    if (i != j && thresholdsMet(excerpts.get(i), bodies.get(j).sig())) {
                        vsText.add(pair);
                    }
                    if (j > i && thresholdsMet(excerpts.get(i), excerpts.get(j))) {
                        vsExcerpt.add(pair);
                    }
                }
            }
            out.printf(Locale.ROOT, "  excerpts of the first %d content words, no length rule: thresholds met against"
                    + " another body %d times, against another excerpt %d times%n", n, vsText.size(), vsExcerpt.size());
            vsText.forEach(out::println);
            vsExcerpt.forEach(out::println);
        }
        out.println("  highest containment not judged same story:");
        pairs.stream().filter(p -> !same.contains(p)).sorted(Comparator.comparingDouble(Pair::c).reversed()).limit(6)
                .forEach(p -> out.printf(Locale.ROOT, "    C %.3f J %.3f %s | %s%n", p.c(), p.j(), p.a().url(), p.b().url()));
    }

    private static MinHashSignature sig(Pairs.Version v) {
        return MinHashSignature.of(v.titleAndText());
    }

    private static int sharedKeys(MinHashSignature a, MinHashSignature b) {
        List<String> keys = b.bandKeys();
        return (int) a.bandKeys().stream().filter(keys::contains).count();
    }

    static double exactJaccard(Set<String> a, Set<String> b) {
        long inter = a.stream().filter(b::contains).count();
        return (double) inter / (a.size() + b.size() - inter);
    }

    /** Same-story pairs, hard negatives (every version of one against every version of the other), all cross pairs. */
    private void print(String label, BiFunction<Pairs.Version, Pairs.Version, Double> sim) {
        List<Double> positives = new ArrayList<>();
        List<Double> hard = new ArrayList<>();
        List<Double> cross = new ArrayList<>();
        for (Pairs.Story s : data.stories()) {
            positives.add(sim.apply(s.versions().get(0), s.versions().get(1)));
        }
        for (Pairs.HardNegative n : data.hardNegatives()) {
            for (Pairs.Version a : byId.get(n.stories().get(0)).versions()) {
                for (Pairs.Version b : byId.get(n.stories().get(1)).versions()) {
                    hard.add(sim.apply(a, b));
                }
            }
        }
        List<Pairs.Story> stories = data.stories();
        for (int i = 0; i < stories.size(); i++) {
            for (int j = i + 1; j < stories.size(); j++) {
                for (Pairs.Version a : stories.get(i).versions()) {
                    for (Pairs.Version b : stories.get(j).versions()) {
                        cross.add(sim.apply(a, b));
                    }
                }
            }
        }
        out.printf(Locale.ROOT, "  %-22s same story %s | hard negatives %s | all different-story pairs (%d) %s%n",
                label, dist(positives), dist(hard), cross.size(), dist(cross));
    }

    private static String dist(List<Double> values) {
        List<Double> s = new ArrayList<>(values);
        Collections.sort(s);
        return String.format(Locale.ROOT, "min %.3f med %.3f max %.3f", s.get(0), s.get(s.size() / 2), s.get(s.size() - 1));
    }
}
