package io.newsdesk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdesk.extract.Extractor;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Extraction throughput on one page set, one thread: one operation = one page (the pages are
 * taken in turn), so the score is pages per second. Run from the repository root:
 * <pre>
 * ./newsdesk bench --help   # builds bench/target/newsdesk-bench.jar on first use
 * java -jar bench/target/newsdesk-bench.jar jmh ExtractionBenchmark
 * java -jar bench/target/newsdesk-bench.jar jmh ExtractionBenchmark -p folder=/path/to/dev -f 1 -wi 3 -i 5
 * </pre>
 * Not run by {@code ./mvnw verify}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class ExtractionBenchmark {
    /** The benchmark folder ({@code <id>.html} and {@code ground-truth.json}), relative to the working directory. */
    @Param("../shared/bench/extraction/dev")
    public String folder;

    private List<Systems.Page> pages;
    private Extractor extractor;
    private int next;

    @Setup(Level.Trial)
    public void load() {
        BenchMain.quietBaselineLogs();
        Path dir = Path.of(folder);
        Map<String, JsonNode> truth = BenchFolder.groundTruth(dir);
        pages = BenchFolder.pages(dir, truth);
        extractor = new Extractor();
    }

    private Systems.Page nextPage() {
        Systems.Page page = pages.get(next);
        next = next + 1 == pages.size() ? 0 : next + 1;
        return page;
    }

    @Benchmark
    public String newsdesk() {
        return Systems.newsdesk(extractor, nextPage()).text();
    }

    @Benchmark
    public String readability4j() {
        return Systems.readabilityText(Systems.readability(nextPage()));
    }
}
