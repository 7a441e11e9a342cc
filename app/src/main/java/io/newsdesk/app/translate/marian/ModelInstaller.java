package io.newsdesk.app.translate.marian;

import io.newsdesk.app.fetch.FetchKind;
import io.newsdesk.app.fetch.FetchRequest;
import io.newsdesk.app.fetch.FetchResult;
import io.newsdesk.app.fetch.Fetcher;
import io.newsdesk.app.translate.LanguagePair;
import io.newsdesk.app.translate.TranslationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code newsdesk models install}: puts a Marian model into {@code <data>/models/<pair>/}.
 *
 * <p>The source is a model directory, a {@code .tar.gz} or {@code .zip} archive of one (a local file), or an
 * http(s) URL of such an archive, downloaded through the {@link Fetcher} (its address policy, size limit and
 * timeouts; no robots.txt, since an operator asked for this one file). Everything happens in a staging directory
 * beside the target: the files are checked (all present, both sessions open, both SentencePiece models load,
 * vocab and config parse), their SHA-256 recorded in {@code checksums.json} with a {@code model.json}, and only
 * then is the staging directory moved into place, replacing an older model of the pair. A failure removes the
 * staging directory, so a pair has either its previous model or the new one, never half of one.
 */
public final class ModelInstaller {
    /** Unpacked archives may be this many times the download limit (models compress little). */
    private static final int UNPACK_FACTOR = 4;

    private final Path modelsDir;
    private final Fetcher fetcher;
    private final Clock clock;

    /** {@code fetcher} may be null when only local sources are installed. */
    public ModelInstaller(Path modelsDir, Fetcher fetcher, Clock clock) {
        this.modelsDir = modelsDir;
        this.fetcher = fetcher;
        this.clock = clock;
    }

    public InstalledModel install(String source, LanguagePair pair) throws ModelInstallException {
        Path staging;
        try {
            Files.createDirectories(modelsDir);
            staging = Files.createTempDirectory(modelsDir, ".installing-" + pair + "-");
        } catch (IOException e) {
            throw new ModelInstallException("cannot create " + modelsDir + ": " + e.getMessage(), e);
        }
        try {
            String name = gather(source, staging);
            String origin = isUrl(source) ? source : Path.of(source).toAbsolutePath().normalize().toString();
            List<String> missing = ModelFiles.missing(staging);
            if (!missing.isEmpty()) {
                throw new ModelInstallException(source + " is not a complete Marian model: missing " + String.join(", ", missing)
                        + " (a model has " + String.join(", ", ModelFiles.REQUIRED) + ")");
            }
            Map<String, String> sums = ModelChecksums.compute(staging);
            ModelChecksums.write(staging, sums);
            try (MarianModel loaded = MarianModel.load(staging, MarianSettings.DEFAULTS)) {
                // loading opened both sessions and both SentencePiece models and parsed vocab and config
                loaded.fingerprint();
            } catch (TranslationException e) {
                throw new ModelInstallException(source + " cannot be used: " + e.getMessage().replace(staging.toString(), "the model"), e);
            }
            InstalledModel.write(staging, name, pair.toString(), origin, clock.instant(), ModelChecksums.fingerprint(sums));
            moveIntoPlace(staging, modelsDir.resolve(pair.toString()));
            return InstalledModel.read(modelsDir.resolve(pair.toString()));
        } catch (IOException e) {
            throw new ModelInstallException("installing " + source + " failed: " + e.getMessage(), e);
        } finally {
            deleteTree(staging);
        }
    }

    /** The models under the models directory, by pair. */
    public List<InstalledModel> list() throws IOException {
        List<InstalledModel> out = new ArrayList<>();
        if (!Files.isDirectory(modelsDir)) return out;
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(modelsDir, p -> Files.isDirectory(p) && !p.getFileName().toString().startsWith("."))) {
            for (Path d : dirs) out.add(InstalledModel.read(d));
        }
        out.sort(Comparator.comparing(InstalledModel::pair));
        return out;
    }

    /** Copies, unpacks or downloads the model's files into {@code staging}; returns the model's name. */
    private String gather(String source, Path staging) throws IOException, ModelInstallException {
        if (isUrl(source)) {
            byte[] body = download(source);
            try {
                ModelArchive.unpack(new ByteArrayInputStream(body), staging, unpackLimit());
            } catch (IOException e) {
                throw new ModelInstallException("the download from " + source + " is not a usable archive: " + e.getMessage(), e);
            }
            return archiveName(URI.create(source).getPath());
        }
        Path path = Path.of(source);
        if (Files.isDirectory(path)) {
            for (String file : ModelFiles.REQUIRED) {
                Path from = path.resolve(file);
                if (Files.isRegularFile(from)) Files.copy(from, staging.resolve(file));
            }
            Path name = path.toAbsolutePath().normalize().getFileName();
            return name == null ? "model" : name.toString();
        }
        if (Files.isRegularFile(path)) {
            try (InputStream in = Files.newInputStream(path)) {
                ModelArchive.unpack(in, staging, Long.MAX_VALUE);
            } catch (IOException e) {
                throw new ModelInstallException(source + " is not a usable archive: " + e.getMessage(), e);
            }
            return archiveName(path.getFileName().toString());
        }
        throw new ModelInstallException("no such directory, archive or http(s) URL: " + source);
    }

    private static boolean isUrl(String source) {
        String lower = source.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    private byte[] download(String url) throws ModelInstallException {
        if (fetcher == null) throw new ModelInstallException("downloading is not configured: " + url);
        FetchResult r = fetcher.fetch(new FetchRequest(url, null, null, FetchKind.FEED));
        if (!r.ok()) throw new ModelInstallException("download of " + url + " failed: " + r.message());
        return r.body();
    }

    private long unpackLimit() {
        long max = fetcher.config().limits().maxBodyBytes();
        return max > Long.MAX_VALUE / UNPACK_FACTOR ? Long.MAX_VALUE : max * UNPACK_FACTOR;
    }

    /** {@code opus-mt-ru-en} of {@code .../opus-mt-ru-en.tar.gz}. */
    static String archiveName(String path) {
        String base = path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
        for (String ext : List.of(".tar.gz", ".tgz", ".zip")) {
            if (base.toLowerCase(Locale.ROOT).endsWith(ext)) return base.substring(0, base.length() - ext.length());
        }
        return base.isEmpty() ? "model" : base;
    }

    /** Replaces {@code target} by {@code staging}: the old model is moved aside first and removed last. */
    private static void moveIntoPlace(Path staging, Path target) throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = Files.createTempDirectory(target.getParent(), ".replaced-" + target.getFileName() + "-");
            Files.delete(old);
            move(target, old);
        }
        try {
            move(staging, target);
        } catch (IOException e) {
            if (old != null) move(old, target); // put the previous model back
            throw e;
        }
        if (old != null) deleteTree(old);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            // a leftover staging directory starts with a dot and is ignored by list() and the engine
        }
    }
}
