package io.newsdesk.bench;

import io.newsdesk.app.language.LanguageIdentifier;
import io.newsdesk.app.language.LanguageIdentifier.Accuracy;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "language", mixinStandardHelpOptions = true,
        description = {"Language identification: heap of the loaded Lingua models in low- and high-accuracy mode,",
                "detections per second on short titles and on ~2000-character texts (one thread), and how many of the",
                "labelled titles (resources/language/samples.tsv) each mode names right without a declared language."})
final class LanguageCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--languages", split = ",", paramLabel = "CODES", description = "Languages to load (default: ${DEFAULT-VALUE}).")
    List<String> languages = List.of("en", "ru", "uk", "de", "pl");

    @Option(names = "--seconds", description = "Minimum measuring time per speed figure (default: ${DEFAULT-VALUE}).")
    double seconds = 3;

    record Sample(String language, boolean title, String text) {}

    /** Guards against dead-code elimination of the results. */
    static volatile int sink;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        List<Sample> samples = samples();
        List<Sample> titles = samples.stream().filter(Sample::title).toList();
        List<Sample> longTexts = samples.stream().filter(s -> !s.title()).map(s -> new Sample(s.language(), false, toLength(s.text(), 2000))).toList();
        o.printf("Language identification: %s, %d titles, %d long texts, %s, JDK %s, %d processors, max heap %d MB%n",
                languages, titles.size(), longTexts.size(), ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                Runtime.version(), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);

        // Lingua keeps models in static maps shared by all detectors, and high accuracy adds to low's trigrams:
        // so load LOW first and measure, then HIGH and measure what it adds.
        long base = usedHeap();
        LanguageIdentifier low = timedLoad(o, new LanguageIdentifier(languages, Accuracy.LOW));
        long afterLow = usedHeap();
        LanguageIdentifier high = timedLoad(o, new LanguageIdentifier(languages, Accuracy.HIGH));
        long afterHigh = usedHeap();
        o.printf("heap of the loaded models: low accuracy %.1f MB, high accuracy %.1f MB%n",
                mb(afterLow - base), mb(afterHigh - base));

        o.printf("%n%-6s %-22s %-22s %-28s %-28s%n", "mode", "titles/s (1 thread)", "long texts/s (1 thread)",
                "titles right, no hint", "titles right, with hint");
        for (LanguageIdentifier id : List.of(low, high)) { // a first round warms both up, the second is reported
            rate(id, titles);
            rate(id, longTexts);
        }
        for (LanguageIdentifier id : List.of(low, high)) {
            double shortRate = rate(id, titles);
            double longRate = rate(id, longTexts);
            o.printf("%-6s %-22.0f %-22.0f %-28s %-28s%n", id.accuracy(), shortRate, longRate, score(id, titles, false),
                    score(id, titles, true));
        }
        for (LanguageIdentifier id : List.of(low, high)) {
            for (Sample s : titles) {
                String found = id.detect(s.text(), null);
                if (!found.equals(s.language())) o.printf("  %s, no hint: %s → %s%n", id.accuracy(), s.text(), found);
            }
        }
        return 0;
    }

    private static LanguageIdentifier timedLoad(PrintWriter o, LanguageIdentifier id) {
        long start = System.nanoTime();
        id.load();
        o.printf("loaded %s in %d ms%n", id, (System.nanoTime() - start) / 1_000_000);
        return id;
    }

    private double rate(LanguageIdentifier id, List<Sample> texts) {
        int blackhole = 0;
        for (int pass = 0; pass < 20; pass++) for (Sample s : texts) blackhole += id.detect(s.text(), null).length();
        long count = 0, start = System.nanoTime(), limit = (long) (seconds * 1e9), elapsed;
        do {
            for (Sample s : texts) blackhole += id.detect(s.text(), null).length();
            count += texts.size();
            elapsed = System.nanoTime() - start;
        } while (elapsed < limit);
        sink = blackhole;
        return count / (elapsed / 1e9);
    }

    private static String score(LanguageIdentifier id, List<Sample> titles, boolean withHint) {
        int right = 0, undetermined = 0;
        for (Sample s : titles) {
            String found = id.detect(s.text(), withHint ? s.language() : null);
            if (found.equals(s.language())) right++;
            else if (found.equals("und")) undetermined++;
        }
        return String.format("%d/%d (und %d, wrong %d)", right, titles.size(), undetermined, titles.size() - right - undetermined);
    }

    private static String toLength(String paragraph, int length) {
        StringBuilder b = new StringBuilder();
        while (b.length() < length) b.append(paragraph).append(' ');
        return b.toString();
    }

    private static long usedHeap() {
        for (int i = 0; i < 5; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static double mb(long bytes) {
        return bytes / 1048576.0;
    }

    static List<Sample> samples() {
        List<Sample> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                LanguageCommand.class.getResourceAsStream("/language/samples.tsv"), "samples.tsv"), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t", 3);
                out.add(new Sample(f[0], f[1].equals("title"), f[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
