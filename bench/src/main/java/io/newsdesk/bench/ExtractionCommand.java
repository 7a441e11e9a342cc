package io.newsdesk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdesk.extract.Extractor;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = {"Scores Newsdesk's extractor and the Readability4J baseline on an article-extraction benchmark folder",
                "(<id>.html pages and ground-truth.json, as ../shared/bench/extraction/dev): precision, recall, F1 and accuracy",
                "exactly as the benchmark's evaluate.py computes them, +- the standard deviation over bootstrap resamples,",
                "and pages per second on one thread after a warm-up."})
final class ExtractionCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FOLDER", description = "The benchmark folder.")
    Path folder;

    @Option(names = "--out", paramLabel = "FILE", description = "Write Newsdesk's predictions ({id: {articleBody}}) there.")
    Path out;

    @Option(names = "--baseline-out", paramLabel = "FILE", description = "Write Readability4J's predictions there.")
    Path baselineOut;

    @Option(names = "--bootstrap", defaultValue = "1000", description = "Bootstrap resamples for the std. Default: ${DEFAULT-VALUE}")
    int bootstrap;

    @Option(names = "--seed", defaultValue = "20191201", description = "Seed of the bootstrap. Default: ${DEFAULT-VALUE}")
    long seed;

    @Option(names = "--warmup", defaultValue = "3", description = "Warm-up passes over all pages before timing. Default: ${DEFAULT-VALUE}")
    int warmup;

    @Option(names = "--seconds", defaultValue = "10", description = "Least time of the timed passes, per system. Default: ${DEFAULT-VALUE}")
    double seconds;

    @Option(names = "--no-speed", description = "Skip the speed measurement (scores only).")
    boolean noSpeed;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        try {
            Map<String, JsonNode> truth = BenchFolder.groundTruth(folder);
            List<Systems.Page> pages = BenchFolder.pages(folder, truth);
            List<String> truths = new ArrayList<>();
            for (JsonNode t : truth.values()) truths.add(nullToEmpty(BenchFolder.text(t, "articleBody")));

            Extractor extractor = new Extractor();
            Function<Systems.Page, String> newsdesk = page -> Systems.newsdesk(extractor, page).text();
            Function<Systems.Page, String> readability = page -> Systems.readabilityText(Systems.readability(page));

            o.printf("Extraction benchmark: %s (%d pages), %s, JDK %s, %d processors%n", folder, pages.size(),
                    ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), Runtime.version(),
                    Runtime.getRuntime().availableProcessors());
            Run ours = run("Newsdesk", pages, truths, newsdesk);
            Run theirs = run("Readability4J 1.0.8", pages, truths, readability);
            if (out != null) BenchFolder.write(out, predictions(pages, ours.texts()));
            if (baselineOut != null) BenchFolder.write(baselineOut, predictions(pages, theirs.texts()));

            o.printf("%n%-20s %-17s %-17s %-17s %-8s %s%n", "system", "precision", "recall", "F1", "accuracy", "pages/s (1 thread)");
            for (Run r : List.of(ours, theirs)) {
                Speed.Result speed = noSpeed ? null : Speed.measure(pages, r.system(), warmup, seconds);
                ShingleScorer.Totals t = r.scored().totals();
                o.printf("%-20s %.4f ± %.4f  %.4f ± %.4f  %.4f ± %.4f  %.4f   %s%s%n", r.name(),
                        t.precision(), r.scored().precisionStd(), t.recall(), r.scored().recallStd(),
                        t.f1(), r.scored().f1Std(), t.accuracy(),
                        speed == null ? "-" : String.format("%.1f (%d pages in %.1f s)", speed.pagesPerSecond(), speed.pages(), speed.seconds()),
                        r.failures() > 0 ? "  [" + r.failures() + " pages threw]" : "");
                o.flush();
            }
            o.printf("%nExact: %n");
            for (Run r : List.of(ours, theirs)) {
                ShingleScorer.Totals t = r.scored().totals();
                o.printf("  %-20s P=%s R=%s F1=%s accuracy=%s (pages in P %d, in R %d)%n", r.name(), t.precision(), t.recall(),
                        t.f1(), t.accuracy(), t.pagesInPrecision(), t.pagesInRecall());
            }
            o.printf("± = standard deviation over %d bootstrap resamples of the pages (seed %d); evaluate.py prints 1.96 x that.%n",
                    bootstrap, seed);
            if (!noSpeed) o.printf("Speed: page bytes (Readability4J: decoded String) to plain text, %d warm-up passes, then passes for >= %.0f s.%n", warmup, seconds);
            if (out != null) o.printf("Predictions written to %s%n", out);
            o.flush();
            return 0;
        } catch (BenchFolder.BenchException e) {
            spec.commandLine().getErr().println("bench extraction: " + e.getMessage());
            return 1;
        }
    }

    private record Run(String name, Function<Systems.Page, String> system, List<String> texts, ShingleScorer.Scored scored, int failures) {}

    private Run run(String name, List<Systems.Page> pages, List<String> truths, Function<Systems.Page, String> system) {
        List<String> texts = new ArrayList<>(pages.size());
        int failures = 0;
        for (Systems.Page page : pages) {
            String text;
            try {
                text = system.apply(page);
            } catch (RuntimeException | StackOverflowError e) {
                text = "";
                failures++;
            }
            texts.add(nullToEmpty(text));
        }
        return new Run(name, system, texts, ShingleScorer.score(ShingleScorer.pages(truths, texts), bootstrap, seed), failures);
    }

    static Map<String, Map<String, String>> predictions(List<Systems.Page> pages, List<String> texts) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (int i = 0; i < pages.size(); i++) out.put(pages.get(i).id(), Map.of("articleBody", texts.get(i)));
        return out;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
