package io.newsdesk.bench;

import java.util.Arrays;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code newsdesk bench}: scores the extractor on public benchmark folders, beside a baseline; serves the
 * ingestion benchmark's outlets ({@code bench/ingest.sh}).
 * {@code java -jar bench/target/newsdesk-bench.jar jmh [JMH options]} runs the JMH benchmarks.
 */
@Command(name = "newsdesk bench", mixinStandardHelpOptions = true, version = "Newsdesk bench 0.1.0",
        description = {"Benchmarks of the extractor on benchmark folders (see ../shared/bench/*/README.md), of language identification",
                "(bench language) and of the translation guard (bench guard); the ingestion benchmark's generated outlets and",
                "checks (ingest-outlets, ingest-db; run by bench/ingest.sh).",
                "JMH micro-benchmarks: java -jar bench/target/newsdesk-bench.jar jmh [JMH options] (e.g. -h, -l, ExtractionBenchmark)."},
        subcommands = {ExtractionCommand.class, MetadataCommand.class, LanguageCommand.class, GuardCommand.class,
                MarianCommand.class, StoriesCommand.class, IngestOutletsCommand.class, IngestDbCommand.class, MediaCommand.class, RelatedCommand.class,
                CommandLine.HelpCommand.class})
public final class BenchMain implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) throws Exception {
        quietBaselineLogs();
        if (args.length > 0 && args[0].equals("jmh")) {
            org.openjdk.jmh.Main.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        System.exit(commandLine().execute(args));
    }

    /** Readability4J logs a stack trace for every URL it cannot parse; the scores say enough. */
    static void quietBaselineLogs() {
        if (LoggerFactory.getLogger("net.dankito") instanceof ch.qos.logback.classic.Logger logger) {
            logger.setLevel(ch.qos.logback.classic.Level.OFF);
        }
    }

    static CommandLine commandLine() {
        return new CommandLine(new BenchMain());
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
