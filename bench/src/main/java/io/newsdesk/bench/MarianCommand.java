package io.newsdesk.bench;

import io.newsdesk.app.translate.LanguagePair;
import io.newsdesk.app.translate.TranslationException;
import io.newsdesk.app.translate.marian.MarianEngine;
import io.newsdesk.app.translate.marian.MarianSettings;
import io.newsdesk.app.translate.marian.ModelFiles;
import io.newsdesk.app.translate.marian.SentenceSplitter;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsdesk bench marian}: throughput of the local engine (segments per second, N threads sharing one
 * model, each call one article as the translator sends it) and the memory a loaded model takes, on the heap and
 * in the process (ONNX Runtime and SentencePiece allocate outside the heap, so the resident set is what counts).
 * With the tiny copy model this measures the engine's own overhead, not a real model's cost.
 */
@Command(name = "marian", mixinStandardHelpOptions = true,
        description = "Throughput and memory of the local Marian engine (default: the tiny test model).")
final class MarianCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;
    @Option(names = "--model", paramLabel = "DIR", description = "Model directory. Default: ${DEFAULT-VALUE}")
    Path model = Path.of("app/src/test/resources/translate/tiny-model");
    @Option(names = "--threads", defaultValue = "2", description = "Threads translating at once. Default: ${DEFAULT-VALUE}")
    int threads;
    @Option(names = "--seconds", defaultValue = "10", description = "Least time of the timed run. Default: ${DEFAULT-VALUE}")
    double seconds;
    @Option(names = "--warmup", defaultValue = "3", description = "Seconds of warm-up before timing. Default: ${DEFAULT-VALUE}")
    double warmup;
    @Option(names = "--batch-size", defaultValue = "16", description = "Sentences per batch. Default: ${DEFAULT-VALUE}")
    int batchSize;

    /** One article's segments (title, standfirst, paragraphs), Russian, Ukrainian and English news prose. */
    static final List<String> ARTICLE = List.of(
            "Президент подписал закон о бюджете на следующий год.",
            "В Москве прошла встреча министров иностранных дел. Всё хорошо, спасибо.",
            "Верховна Рада ухвалила закон у Києві, Харкові та Одесі. Як справи?",
            "The government said on Monday that prices rose by 3.5 percent. All is well, thank you.",
            "Привет мир. Как дела? Всё хорошо, спасибо.",
            "Привіт світ. Як справи? Усе добре, дякую.",
            "Hello world. How are you?",
            "Президент подписал закон. В Москве прошла встреча. Верховна Рада ухвалила закон.");

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<String> missing = ModelFiles.missing(model);
        if (!missing.isEmpty()) {
            spec.commandLine().getErr().println("bench marian: " + model + " is not a model directory (missing " + String.join(", ", missing) + ")");
            return 1;
        }
        Path data = Files.createTempDirectory("newsdesk-bench-marian");
        try {
            for (String pair : List.of("ru-en", "uk-en")) copy(model, MarianEngine.modelsDir(data).resolve(pair));
            LanguagePair ruEn = LanguagePair.parse("ru-en");
            MarianSettings settings = MarianSettings.DEFAULTS.withBatchSize(batchSize);
            try (MarianEngine engine = new MarianEngine(MarianEngine.modelsDir(data), settings)) {
                Memory before = Memory.now();
                engine.translate(List.of("Привет мир."), ruEn);
                Memory first = Memory.now();
                engine.translate(List.of("Привет мир."), LanguagePair.parse("uk-en"));
                Memory second = Memory.now();
                out.printf(Locale.ROOT, "model %s (%s), %d files, %.1f KB on disk%n", model, engine.model(ruEn), ModelFiles.REQUIRED.size(), size(model) / 1024.0);
                out.printf(Locale.ROOT, "memory, first model (with ONNX Runtime and SentencePiece native libraries): heap +%.1f MB, RSS +%.1f MB%n",
                        (first.heap - before.heap) / 1e6, (first.rssKb - before.rssKb) / 1e3);
                out.printf(Locale.ROOT, "memory, one more loaded model (the same files as a second pair): heap +%.1f MB, RSS +%.1f MB%n",
                        (second.heap - first.heap) / 1e6, (second.rssKb - first.rssKb) / 1e3);

                boolean copyModel = model.toAbsolutePath().normalize().endsWith("tiny-model");
                run(engine, ruEn, threads, warmup, copyModel);
                Result r = run(engine, ruEn, threads, seconds, copyModel);
                out.printf(Locale.ROOT, "throughput: %.0f segments/s (%.0f sentences/s) on %d threads, %d segments in %.1f s, batch size %d%n",
                        r.segments / r.seconds, r.sentences / r.seconds, threads, r.segments, r.seconds, batchSize);
                Memory after = Memory.now();
                out.printf(Locale.ROOT, "after the run: RSS %.1f MB, heap used %.1f MB, heap committed %.1f MB (the rest of the RSS is the JVM and native libraries)%n",
                        after.rssKb / 1e3, after.heap / 1e6, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted() / 1e6);
            }
            return 0;
        } finally {
            deleteTree(data);
            out.flush();
        }
    }

    private record Result(long segments, long sentences, double seconds) {}

    /** Each thread translates the article again and again until the time is up. */
    /** {@code copyModel}: the output must equal the input (the tiny test model), checked on every call. */
    private static Result run(MarianEngine engine, LanguagePair pair, int threads, double seconds, boolean copyModel) throws Exception {
        long sentencesPerArticle = ARTICLE.stream().mapToLong(s -> SentenceSplitter.split(s).size()).sum();
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        long start = System.nanoTime();
        List<Future<Long>> runs = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (int t = 0; t < threads; t++) {
                runs.add(pool.submit(() -> {
                    long articles = 0;
                    do {
                        List<String> out = engine.translate(ARTICLE, pair);
                        if (copyModel && !out.equals(ARTICLE)) {
                            throw new TranslationException("the copy model changed the text: " + out, false);
                        }
                        articles++;
                    } while (System.nanoTime() < deadline);
                    return articles;
                }));
            }
            long articles = 0;
            for (Future<Long> f : runs) articles += f.get();
            double elapsed = (System.nanoTime() - start) / 1e9;
            return new Result(articles * ARTICLE.size(), articles * sentencesPerArticle, elapsed);
        }
    }

    /** Heap in use after a full collection, and the resident set of the process (kB, from /proc/self/status). */
    private record Memory(long heap, long rssKb) {
        static Memory now() throws IOException {
            for (int i = 0; i < 3; i++) System.gc();
            try {
                Thread.sleep(300); // native memory of unreachable buffers is freed by cleaners after the collection
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            long rss = -1;
            Path status = Path.of("/proc/self/status");
            if (Files.isReadable(status)) {
                for (String line : Files.readAllLines(status)) {
                    if (line.startsWith("VmRSS:")) rss = Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
            return new Memory(heap, rss);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        for (String f : ModelFiles.REQUIRED) Files.copy(from.resolve(f), to.resolve(f));
    }

    private static long size(Path dir) throws IOException {
        long total = 0;
        for (String f : ModelFiles.REQUIRED) total += Files.size(dir.resolve(f));
        return total;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
