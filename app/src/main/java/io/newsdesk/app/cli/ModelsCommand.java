package io.newsdesk.app.cli;

import io.newsdesk.app.fetch.FetchLimits;
import io.newsdesk.app.fetch.Fetcher;
import io.newsdesk.app.fetch.FetcherConfig;
import io.newsdesk.app.translate.LanguagePair;
import io.newsdesk.app.translate.marian.InstalledModel;
import io.newsdesk.app.translate.marian.MarianEngine;
import io.newsdesk.app.translate.marian.ModelInstallException;
import io.newsdesk.app.translate.marian.ModelInstaller;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsdesk models ...}: the local translation engine's Marian models, one per language pair. */
@Command(name = "models", mixinStandardHelpOptions = true, description = "Manage the local translation models (Marian / OPUS-MT in ONNX form).",
        subcommands = {ModelsCommand.Install.class, ModelsCommand.ListModels.class})
final class ModelsCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "install", mixinStandardHelpOptions = true,
            description = {"Install a model into <data>/models/<pair>/: checks that it loads and records its SHA-256 checksums.",
                    "SOURCE is a model directory, a .tar.gz or .zip archive of one, or an http(s) URL of such an archive.",
                    "A model has encoder_model.onnx, decoder_model.onnx (Optimum's export without past key values), "
                            + "source.spm, target.spm, vocab.json and config.json, at the archive's top or in one folder."})
    static final class Install implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;
        @Mixin
        DataOption data = new DataOption();
        @Parameters(paramLabel = "SOURCE", description = "Model directory, archive file, or http(s) URL of a .tar.gz or .zip archive.")
        String source;
        @Option(names = "--pair", required = true, paramLabel = "FROM-TO", description = "Language pair, e.g. ru-en.")
        String pair;
        @Option(names = "--allow-private-networks", description = "Allow downloading from loopback and private addresses.")
        boolean allowPrivateNetworks;
        @Option(names = "--max-size-mb", paramLabel = "MB", description = "Largest download accepted (default ${DEFAULT-VALUE}, at most 2047).")
        int maxSizeMb = 1024;
        @Option(names = "--timeout", paramLabel = "SECONDS", description = "Time allowed for the whole download (default ${DEFAULT-VALUE}).")
        int timeoutSeconds = 600;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            try {
                LanguagePair p = LanguagePair.parse(pair);
                if (maxSizeMb < 1 || maxSizeMb > 2047) throw new IllegalArgumentException("--max-size-mb must be between 1 and 2047");
                if (timeoutSeconds < 1) throw new IllegalArgumentException("--timeout must be positive");
                FetcherConfig base = FetcherConfig.fromEnvironment(System.getenv(), allowPrivateNetworks);
                FetcherConfig config = base.withLimits(FetchLimits.DEFAULTS
                        .withMaxBodyBytes(maxSizeMb * 1024L * 1024L)
                        .withTotalTimeout(Duration.ofSeconds(timeoutSeconds)));
                try (Fetcher fetcher = new Fetcher(config)) {
                    ModelInstaller installer = new ModelInstaller(MarianEngine.modelsDir(data.resolve()), fetcher, Clock.systemUTC());
                    InstalledModel m = installer.install(source, p);
                    out.println("installed " + m.name() + " for " + m.pair() + " (" + megabytes(m.sizeBytes()) + ", fingerprint " + m.fingerprint()
                            + ") in " + MarianEngine.modelsDir(data.resolve()).resolve(m.pair()));
                    return 0;
                }
            } catch (IllegalArgumentException | ModelInstallException e) {
                err.println("models install: " + e.getMessage());
                return 1;
            } finally {
                out.flush();
                err.flush();
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the installed models.")
    static final class ListModels implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;
        @Mixin
        DataOption data = new DataOption();

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try {
                List<InstalledModel> models = new ModelInstaller(MarianEngine.modelsDir(data.resolve()), null, Clock.systemUTC()).list();
                if (models.isEmpty()) {
                    out.println("no models in " + MarianEngine.modelsDir(data.resolve()) + " (newsdesk models install <dir-or-URL> --pair ru-en)");
                }
                for (InstalledModel m : models) {
                    String state = m.missing().isEmpty() ? "fingerprint " + m.fingerprint() : "INCOMPLETE, missing " + String.join(", ", m.missing());
                    out.println(m.pair() + "\t" + m.name() + "\t" + megabytes(m.sizeBytes()) + "\t" + state
                            + (m.installedAt() != null ? "\tinstalled " + m.installedAt() : "") + (m.source() != null ? "\tfrom " + m.source() : ""));
                }
                return 0;
            } catch (IOException e) {
                spec.commandLine().getErr().println("models list: " + e.getMessage());
                return 1;
            } finally {
                out.flush();
            }
        }
    }

    private static String megabytes(long bytes) {
        return bytes < 1024 * 1024 ? (bytes / 1024 + 1) + " KB" : String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
