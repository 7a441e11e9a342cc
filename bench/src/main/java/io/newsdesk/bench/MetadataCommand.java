package io.newsdesk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdesk.extract.ExtractedArticle;
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
import net.dankito.readability4j.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "metadata", mixinStandardHelpOptions = true,
        description = {"Scores Newsdesk's extractor on a metadata benchmark folder (<id>.html pages and ground-truth.json,",
                "as ../shared/bench/metadata/dev): title, author and date accuracy and the must-include / must-exclude",
                "snippet scores of the body text, with Readability4J and the README's trivial baseline for comparison."})
final class MetadataCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FOLDER", description = "The benchmark folder.")
    Path folder;

    @Option(names = "--out", paramLabel = "FILE", description = "Write Newsdesk's predictions ({id: {title, author, date, text}}) there.")
    Path out;

    @Option(names = "--split", paramLabel = "N", description = {"Also score Newsdesk on the first N pages in ascending id order and on",
            "the rest (the folder held the first 116 before it grew: --split 116)."})
    Integer split;

    @Option(names = "--half-seed", paramLabel = "SEED", description = {"With --split: also score two halves of the other pages, shuffled by",
            "java.util.Random(SEED) (a half to look at while developing, a half held out), and write their ids",
            "to --halves FILE."})
    Long halfSeed;

    @Option(names = "--halves", paramLabel = "FILE", description = "With --half-seed: write {\"looked-at\": [ids], \"held-out\": [ids]} there.")
    Path halves;

    @Option(names = "--speed", paramLabel = "SECONDS", description = {"Also time Newsdesk (page bytes to article: metadata and body) on one",
            "thread: 2 warm-up passes, then whole passes for at least SECONDS."})
    Double speedSeconds;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        try {
            Map<String, JsonNode> raw = BenchFolder.groundTruth(folder);
            Map<String, MetadataScorer.Truth> truths = new LinkedHashMap<>();
            raw.forEach((id, t) -> truths.put(id, truth(t)));
            List<Systems.Page> pages = BenchFolder.pages(folder, raw);
            Extractor extractor = new Extractor();

            o.printf("Metadata benchmark: %s (%d pages), %s, JDK %s%n", folder, pages.size(),
                    ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), Runtime.version());
            long start = System.nanoTime();
            Map<String, MetadataScorer.Prediction> ours = predict(pages, page -> newsdesk(extractor, page));
            double oursSeconds = (System.nanoTime() - start) / 1e9;
            Map<String, MetadataScorer.Prediction> readability = predict(pages, MetadataCommand::readability);
            Map<String, MetadataScorer.Prediction> trivial = predict(pages, MetadataCommand::trivial);
            if (out != null) BenchFolder.write(out, ours);

            o.printf("%n%-26s %-15s %-11s %-15s %-15s %-6s %-6s %-6s %-6s  %s%n", "system", "title", "title_exact", "author", "date",
                    "body P", "body R", "acc", "F1", "body tp/fp/fn/tn, with_found, without_absent");
            print(o, "Newsdesk", MetadataScorer.score(truths, ours));
            if (split != null) {
                List<String> ids = new ArrayList<>(truths.keySet());
                ids.sort(null);
                int n = Math.max(0, Math.min(split, ids.size()));
                print(o, "Newsdesk, first " + n, MetadataScorer.score(subset(truths, ids.subList(0, n)), ours));
                List<String> others = ids.subList(n, ids.size());
                print(o, "Newsdesk, other " + others.size(), MetadataScorer.score(subset(truths, others), ours));
                if (halfSeed != null) {
                    List<String> shuffled = new ArrayList<>(others);
                    java.util.Collections.shuffle(shuffled, new java.util.Random(halfSeed));
                    List<String> lookedAt = shuffled.subList(0, shuffled.size() / 2), heldOut = shuffled.subList(shuffled.size() / 2, shuffled.size());
                    print(o, "  looked-at half " + lookedAt.size(), MetadataScorer.score(subset(truths, lookedAt), ours));
                    print(o, "  held-out half " + heldOut.size(), MetadataScorer.score(subset(truths, heldOut), ours));
                    if (halves != null) BenchFolder.write(halves, Map.of("looked-at", sorted(lookedAt), "held-out", sorted(heldOut)));
                }
            }
            print(o, "Readability4J 1.0.8", MetadataScorer.score(truths, readability));
            print(o, "trivial baseline (jsoup)", MetadataScorer.score(truths, trivial));
            o.printf("README's trivial baseline on dev (Python html.parser): title 0.681 (79/116), title_exact 0.129, author 0.000, "
                    + "date 0.000, body P 0.532 R 1.000 acc 0.563 F1 0.695 (tp 347, fp 305, fn 0, tn 46).%n");
            o.printf("Accuracy = correct / pages with a truth; [answered, precision = correct / answered]. "
                    + "Newsdesk: one cold pass in %.1f s. Date = published date (YYYY-MM-DD in the page's offset); "
                    + "author = authors joined with \"; \".%n", oursSeconds);
            if (split != null) o.printf("first N = the first N page ids in ascending order (id = sha1 of the page's key, as the README's split)"
                    + (halfSeed != null ? "; halves: the other pages shuffled by java.util.Random(%d)" : "%s") + ".%n", halfSeed != null ? halfSeed : "");
            if (speedSeconds != null) {
                Speed.Result speed = Speed.measure(pages, page -> newsdesk(extractor, page).text(), 2, speedSeconds);
                o.printf("Newsdesk speed, one warm thread: %.0f pages/s (%d pages in %.1f s)%n", speed.pagesPerSecond(), speed.pages(),
                        speed.seconds());
            }
            if (out != null) o.printf("Predictions written to %s%n", out);
            o.flush();
            return 0;
        } catch (BenchFolder.BenchException e) {
            spec.commandLine().getErr().println("bench metadata: " + e.getMessage());
            return 1;
        }
    }

    private static List<String> sorted(List<String> ids) {
        List<String> out = new ArrayList<>(ids);
        out.sort(null);
        return out;
    }

    private static Map<String, MetadataScorer.Truth> subset(Map<String, MetadataScorer.Truth> truths, List<String> ids) {
        Map<String, MetadataScorer.Truth> out = new LinkedHashMap<>();
        for (String id : ids) out.put(id, truths.get(id));
        return out;
    }

    private static void print(PrintWriter o, String name, MetadataScorer.Result r) {
        MetadataScorer.Body b = r.body();
        o.printf("%-26s %-15s %-11s %-15s %-15s %.3f  %.3f  %.3f  %.3f   %d/%d/%d/%d, %.3f, %.3f%n", name,
                field(r.title()), String.format("%.3f", r.titleExact().accuracy()), field(r.author()), field(r.date()),
                b.precision(), b.recall(), b.accuracy(), b.f1(), b.tp(), b.fp(), b.fn(), b.tn(), b.withFound(), b.withoutAbsent());
        o.printf("%-26s title answered %d (precision %.3f), author answered %d (precision %.3f), date answered %d (precision %.3f)%n", "",
                r.title().answered(), r.title().precision(), r.author().answered(), r.author().precision(),
                r.date().answered(), r.date().precision());
    }

    private static String field(MetadataScorer.Field f) {
        return String.format("%.3f (%d/%d)", f.accuracy(), f.correct(), f.pages());
    }

    static MetadataScorer.Truth truth(JsonNode t) {
        return new MetadataScorer.Truth(BenchFolder.text(t, "title"), BenchFolder.text(t, "author"), BenchFolder.text(t, "date"),
                strings(t.get("with")), strings(t.get("without")), BenchFolder.text(t, "url"));
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static Map<String, MetadataScorer.Prediction> predict(List<Systems.Page> pages,
                                                                  Function<Systems.Page, MetadataScorer.Prediction> system) {
        Map<String, MetadataScorer.Prediction> out = new LinkedHashMap<>();
        for (Systems.Page page : pages) {
            try {
                out.put(page.id(), system.apply(page));
            } catch (RuntimeException | StackOverflowError e) {
                out.put(page.id(), new MetadataScorer.Prediction(null, null, null, null));
            }
        }
        return out;
    }

    static MetadataScorer.Prediction newsdesk(Extractor extractor, Systems.Page page) {
        ExtractedArticle a = Systems.newsdesk(extractor, page);
        String author = a.authors() == null || a.authors().isEmpty() ? null : String.join("; ", a.authors());
        String date = a.published() == null ? null : a.published().toLocalDate().toString();
        return new MetadataScorer.Prediction(a.title(), author, date, a.text());
    }

    static MetadataScorer.Prediction readability(Systems.Page page) {
        Article a = Systems.readability(page);
        return new MetadataScorer.Prediction(a.getTitle(), a.getByline(), null, Systems.readabilityText(a));
    }

    /**
     * The README's trivial baseline, re-done with jsoup: the first {@code <title>} element's text,
     * no author or date, and all text of {@code <body>} outside script, style, noscript, template
     * and svg, its pieces joined as they come (no separator), as an HTML parser's data events.
     * The README does not pin the decoding or the joining: this gives the README's tp and fn but
     * fp 302 rather than 305 on dev.
     */
    static MetadataScorer.Prediction trivial(Systems.Page page) {
        Document doc = Jsoup.parse(page.html(), page.url() == null ? "" : page.url());
        Element title = doc.getElementsByTag("title").first();
        StringBuilder text = new StringBuilder();
        appendText(doc.body(), text);
        return new MetadataScorer.Prediction(title == null ? null : title.wholeText(), null, null, text.toString());
    }

    private static void appendText(Node node, StringBuilder out) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                out.append(t.getWholeText());
            } else if (child instanceof Element e) {
                switch (e.normalName()) {
                    case "script", "style", "noscript", "template", "svg" -> { }
                    default -> appendText(e, out);
                }
            }
        }
    }
}
