package io.newsdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShingleScorerTest {
    /** The benchmark's tiny synthetic scorer cases, copied into the test resources. */
    private static final Path SCORER_CHECK = resourceDir("/scorer-check/expected.json");

    private static Path resourceDir(String file) {
        try {
            return Path.of(ShingleScorerTest.class.getResource(file).toURI()).getParent();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ShingleScorer.Totals score(Path truthFile, Path predictionsFile) {
        Map<String, JsonNode> truth = BenchFolder.groundTruth(truthFile.getParent());
        JsonNode predictions = BenchFolder.predictions(predictionsFile);
        List<String> t = new ArrayList<>(), p = new ArrayList<>();
        truth.forEach((id, node) -> {
            t.add(text(node));
            p.add(text(predictions.get(id)));
        });
        return ShingleScorer.totals(ShingleScorer.pages(t, p));
    }

    private static String text(JsonNode node) {
        String s = BenchFolder.text(node, "articleBody");
        return s == null ? "" : s;
    }

    @Test
    void scorerCheckTotalsToTheLastDigit() {
        Path dir = SCORER_CHECK;
        ShingleScorer.Totals t = score(dir.resolve("ground-truth.json"), dir.resolve("predictions.json"));
        JsonNode expected = BenchFolder.readJson(dir.resolve("expected.json"));
        assertThat(t.precision()).isEqualTo(0.5555555555555556).isEqualTo(expected.get("precision").asDouble());
        assertThat(t.recall()).isEqualTo(0.38571428571428573).isEqualTo(expected.get("recall").asDouble());
        assertThat(t.f1()).isEqualTo(0.4553119730185498).isEqualTo(expected.get("f1").asDouble());
        assertThat(t.accuracy()).isEqualTo(0.25).isEqualTo(expected.get("accuracy").asDouble());
        assertThat(t.pagesInPrecision()).isEqualTo(expected.get("pages_in_precision").asInt()).isEqualTo(6);
        assertThat(t.pagesInRecall()).isEqualTo(expected.get("pages_in_recall").asInt()).isEqualTo(7);
    }

    @Test
    void scorerCheckPerPageCounts() {
        Path dir = SCORER_CHECK;
        Map<String, JsonNode> truth = BenchFolder.groundTruth(dir);
        JsonNode predictions = BenchFolder.readJson(dir.resolve("predictions.json"));
        JsonNode expected = BenchFolder.readJson(dir.resolve("expected.json")).get("per_page_tp_fp_fn");
        assertThat(expected.size()).isEqualTo(truth.size());
        truth.forEach((id, node) -> {
            ShingleScorer.PageCounts c = ShingleScorer.page(text(node), text(predictions.get(id)));
            JsonNode e = expected.get(id);
            assertThat(new double[] {c.tp(), c.fp(), c.fn()}).as(id)
                    .containsExactly(e.get(0).asDouble(), e.get(1).asDouble(), e.get(2).asDouble());
        });
    }

    @Test
    void referenceOutputsAgainstDevGroundTruth() {
        Path extraction = SharedBench.folder("extraction");
        Path truth = extraction.resolve("dev").resolve("ground-truth.json");
        ShingleScorer.Totals readability = score(truth, extraction.resolve("reference-outputs/readability_js.json"));
        assertThat(readability.precision()).isEqualTo(0.9015934239718767);
        assertThat(readability.recall()).isEqualTo(0.9844204221623007);
        assertThat(readability.f1()).isEqualTo(0.9411881899641217);
        ShingleScorer.Totals htmlText = score(truth, extraction.resolve("reference-outputs/html-text.json"));
        assertThat(htmlText.precision()).isEqualTo(0.485556269996539);
        assertThat(htmlText.recall()).isEqualTo(0.9938877770388614);
        assertThat(htmlText.f1()).isEqualTo(0.6523916099174975);
    }

    @Test
    void tokensArePythonUnicodeWordRuns() {
        // Letters and all numbers (incl. No: ² ½) and '_' are word characters; combining marks and
        // connector punctuation other than '_' are not, as in Python's re.
        assertThat(ShingleScorer.tokens("Hello, World! It's 2019."))
                .containsExactly("Hello", "World", "It", "s", "2019");
        assertThat(ShingleScorer.tokens("x² ½ snake_case e\u0301t\u00e9 a\u203Fb Привет 東京"))
                .containsExactly("x²", "½", "snake_case", "e", "té", "a", "b", "Привет", "東京");
    }

    @Test
    void shortTextsGiveOneShorterShingleAndEmptyGivesNone() {
        assertThat(ShingleScorer.shingles(ShingleScorer.tokens("a b"))).containsOnlyKeys(List.of(List.of("a", "b")));
        assertThat(ShingleScorer.shingles(ShingleScorer.tokens(" ,. "))).isEmpty();
        assertThat(ShingleScorer.shingles(ShingleScorer.tokens("a b c d a b c d"))).containsEntry(List.of("a", "b", "c", "d"), 2);
    }

    @Test
    void meanIsCorrectlyRoundedLikePythonStatisticsMean() {
        // A naive left-to-right double sum gives 0.30000000000000004 / 3 * 3 style drift; the exact mean does not.
        assertThat(ShingleScorer.exactMean(List.of(0.1, 0.2, 0.3))).isEqualTo(0.2);
        assertThat(ShingleScorer.exactMean(List.of(1.0, 1e-16, 1e-16))).isEqualTo((1.0 + 2e-16) / 3);
    }

    @Test
    void bootstrapIsReproducible() {
        List<ShingleScorer.PageCounts> pages = ShingleScorer.pages(
                List.of("a b c d e", "one two three four", "x y z w v", "p q"),
                List.of("a b c d", "one two three four", "x y", ""));
        ShingleScorer.Scored first = ShingleScorer.score(pages, 200, 7), second = ShingleScorer.score(pages, 200, 7);
        assertThat(first).isEqualTo(second);
        assertThat(first.f1Std()).isPositive();
    }
}
