package io.newsdesk.bench;

import io.newsdesk.app.translate.Glossary;
import io.newsdesk.app.translate.guard.EnglishWords;
import io.newsdesk.app.translate.guard.LabelledTranslations;
import io.newsdesk.app.translate.guard.TranslationGuard;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "guard", mixinStandardHelpOptions = true,
        description = {"Scores the translation guard on labelled sets of translations (recall on bad, false holds on good),",
                "measures checks per second on one warm thread, and the heap taken by the loaded English word list."})
final class GuardCommand implements Callable<Integer> {
    /** The labelled sets in the order they were written; each is scored on its own (docs/benchmarks.md). */
    static final List<Path> DEFAULT_SETS = List.of("guard-set.json", "guard-holdout.json", "guard-unseen.json", "guard-heldout-i13.json")
            .stream().map(f -> Path.of("app/src/test/resources/translate", f)).toList();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Labelled sets (JSON). Default: the four sets in app/src/test/resources/translate, each scored on its own")
    List<Path> files;

    @Option(names = "--seconds", defaultValue = "10", paramLabel = "S", description = "Minimum timed duration. Default: ${DEFAULT-VALUE}")
    double seconds;

    @Option(names = "--show", description = "List the misses and false holds.")
    boolean show;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        List<Path> sets = files == null || files.isEmpty() ? DEFAULT_SETS : files;
        long heapBefore = usedHeap();
        EnglishWords words = EnglishWords.load();
        long wordListBytes = usedHeap() - heapBefore;
        TranslationGuard guard = new TranslationGuard(words, Glossary.shipped());
        o.printf("Translation guard: %s, JDK %s, %d processors%n", ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                Runtime.version(), Runtime.getRuntime().availableProcessors());
        o.printf(Locale.ROOT, "English word list: %d words, %.1f MB of heap once loaded%n", words.size(), wordListBytes / 1e6);
        for (Path set : sets) {
            List<LabelledTranslations.Item> items;
            try (InputStream in = Files.newInputStream(set)) {
                items = LabelledTranslations.read(in);
            } catch (IOException e) {
                spec.commandLine().getErr().println("bench guard: cannot read " + set + ": " + e.getMessage());
                return 1;
            }
            LabelledTranslations.Score s = LabelledTranslations.score(guard, items);
            o.printf(Locale.ROOT, "%n%s: %d good, %d bad%n", set, s.good(), s.bad());
            o.printf(Locale.ROOT, "  recall on bad      %d/%d = %.3f%n", s.held(), s.bad(), s.recall());
            o.printf(Locale.ROOT, "  false holds (good) %d/%d = %.3f%n", s.falselyHeld(), s.good(), s.falseHoldRate());
            // recall per kind of defect, so a class of garbling that slips through shows on its own line
            items.stream().filter(LabelledTranslations.Item::bad).map(LabelledTranslations.Item::defect).distinct().sorted().forEach(defect -> {
                LabelledTranslations.Score d = LabelledTranslations.score(guard, items.stream().filter(i -> i.bad() && defect.equals(i.defect())).toList());
                o.printf(Locale.ROOT, "    %-22s %d/%d%n", defect, d.held(), d.bad());
            });
            if (show) {
                s.misses().forEach(m -> o.println("  missed: " + m));
                s.falseHolds().forEach(f -> o.println("  false hold: " + f));
            }
            Rate r = speed(guard, items, seconds);
            o.printf(Locale.ROOT, "  speed: %.0f checks/s on one thread (%d checks in %.1f s, after 3 warm-up passes)%n",
                    r.checks() / r.seconds(), r.checks(), r.seconds());
        }
        o.flush();
        // keep the list reachable until the end, so the heap figure stays meaningful
        return words.size() > 0 ? 0 : 1;
    }

    record Rate(long checks, double seconds) {}

    static volatile int sink;

    static Rate speed(TranslationGuard guard, List<LabelledTranslations.Item> items, double minSeconds) {
        int blackhole = 0;
        for (int pass = 0; pass < 3; pass++) {
            for (LabelledTranslations.Item i : items) blackhole += guard.check(i.pair(), i.source(), i.output()).reasons().size();
        }
        long count = 0, start = System.nanoTime(), limit = (long) (minSeconds * 1e9), elapsed;
        do {
            for (LabelledTranslations.Item i : items) blackhole += guard.check(i.pair(), i.source(), i.output()).reasons().size();
            count += items.size();
            elapsed = System.nanoTime() - start;
        } while (elapsed < limit);
        sink = blackhole;
        return new Rate(count, elapsed / 1e9);
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
