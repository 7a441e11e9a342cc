package io.newsdesk.app.translate.marian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.newsdesk.app.fetch.Fetcher;
import io.newsdesk.app.fetch.FetcherConfig;
import io.newsdesk.app.translate.LanguagePair;
import io.newsdesk.app.util.Sha256;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code models install} from a directory and from a local HTTP server on 127.0.0.1. */
class ModelInstallerTest {
    private static final LanguagePair RU_EN = LanguagePair.parse("ru-en");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path data;
    private Path models;
    private HttpServer server;
    /** What the server serves, by path; other paths are 404. */
    private final Map<String, byte[]> bodies = new ConcurrentHashMap<>();
    private Fetcher fetcher;

    @BeforeEach
    void start() throws IOException {
        models = MarianEngine.modelsDir(data);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = bodies.get(exchange.getRequestURI().getPath());
            if (body == null) {
                exchange.sendResponseHeaders(404, -1);
            } else {
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
            exchange.close();
        });
        server.start();
        fetcher = new Fetcher(FetcherConfig.defaults("http://test.invalid").withAllowPrivateNetworks(true).withMinHostDelay(Duration.ZERO));
    }

    @AfterEach
    void stop() {
        server.stop(0);
        fetcher.close();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private ModelInstaller installer() {
        return new ModelInstaller(models, fetcher, CLOCK);
    }

    @Test
    void installsFromADirectoryAndRecordsChecksums() throws Exception {
        InstalledModel m = installer().install(TinyModel.resources().toString(), RU_EN);
        Path dir = models.resolve("ru-en");
        assertThat(m.pair()).isEqualTo("ru-en");
        assertThat(m.name()).isEqualTo("tiny-model");
        assertThat(m.installedAt()).isEqualTo(CLOCK.instant());
        assertThat(m.missing()).isEmpty();
        assertThat(m.fingerprint()).matches("[0-9a-f]{12}");
        Map<String, String> sums = ModelChecksums.read(dir);
        assertThat(sums).containsOnlyKeys(ModelFiles.REQUIRED);
        assertThat(sums.get("encoder_model.onnx")).isEqualTo(Sha256.hex(TinyModel.resources().resolve("encoder_model.onnx")));
        JsonNode info = new ObjectMapper().readTree(dir.resolve("model.json").toFile());
        assertThat(info.get("source").asText()).isEqualTo(TinyModel.resources().toString());
        assertThat(info.get("fingerprint").asText()).isEqualTo(m.fingerprint());
        assertThat(installer().list()).extracting(InstalledModel::pair).containsExactly("ru-en");
        try (MarianEngine engine = MarianEngine.forDataDir(data)) {
            assertThat(engine.translate(List.of("Привет мир. Как дела?"), RU_EN)).containsExactly("Привет мир. Как дела?");
            assertThat(engine.model(RU_EN)).isEqualTo("tiny-model@" + m.fingerprint());
        }
        assertNoLeftovers();
    }

    @Test
    void installsATarGzFromAnHttpServer() throws Exception {
        bodies.put("/models/opus-mt-tiny.tar.gz", tarGz("opus-mt-tiny/"));
        InstalledModel m = installer().install(url("/models/opus-mt-tiny.tar.gz"), RU_EN);
        assertThat(m.name()).isEqualTo("opus-mt-tiny");
        assertThat(m.source()).isEqualTo(url("/models/opus-mt-tiny.tar.gz"));
        assertThat(m.fingerprint()).isEqualTo(ModelChecksums.fingerprint(ModelChecksums.compute(TinyModel.resources())));
        assertThat(Files.exists(models.resolve("ru-en").resolve("checksums.json"))).isTrue();
        assertNoLeftovers();
    }

    @Test
    void installsAZipFromAnHttpServerAndReplacesTheOldModel() throws Exception {
        installer().install(TinyModel.resources().toString(), RU_EN);
        bodies.put("/m.zip", zip());
        InstalledModel m = installer().install(url("/m.zip"), RU_EN);
        assertThat(m.name()).isEqualTo("m");
        assertThat(m.source()).endsWith("/m.zip");
        assertNoLeftovers();
    }

    @Test
    void aMissingArchiveFailsAndLeavesThePreviousModel() throws Exception {
        installer().install(TinyModel.resources().toString(), RU_EN);
        Map<String, String> before = ModelChecksums.read(models.resolve("ru-en"));
        assertThatThrownBy(() -> installer().install(url("/nothing.tar.gz"), RU_EN))
                .isInstanceOf(ModelInstallException.class)
                .hasMessageContaining("HTTP 404");
        assertThat(ModelChecksums.read(models.resolve("ru-en"))).isEqualTo(before);
        assertThat(installer().list().getFirst().source()).isEqualTo(TinyModel.resources().toString());
        assertNoLeftovers();
    }

    @Test
    void aTruncatedArchiveFailsClearlyAndInstallsNothing() throws Exception {
        byte[] whole = tarGz("");
        bodies.put("/cut.tar.gz", Arrays.copyOf(whole, whole.length / 2));
        assertThatThrownBy(() -> installer().install(url("/cut.tar.gz"), RU_EN))
                .isInstanceOf(ModelInstallException.class)
                .hasMessageContaining("not a usable archive");
        assertThat(Files.exists(models.resolve("ru-en"))).isFalse();
        assertNoLeftovers();
    }

    @Test
    void aConnectionDroppedBeforeTheDeclaredLengthFails() throws Exception {
        byte[] whole = tarGz("");
        // a raw socket: the JDK's HttpServer keeps a short response's connection open instead of dropping it
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread serving = Thread.ofVirtual().start(() -> {
                try (Socket s = socket.accept()) {
                    s.getInputStream().read(new byte[8192]); // the request; its content does not matter
                    OutputStream out = s.getOutputStream();
                    out.write(("HTTP/1.1 200 OK\r\nContent-Length: " + whole.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(whole, 0, whole.length / 2);
                    out.flush();
                } catch (IOException e) {
                    // the test checks the client's side
                }
            });
            String url = "http://127.0.0.1:" + socket.getLocalPort() + "/short.tar.gz";
            assertThatThrownBy(() -> installer().install(url, RU_EN))
                    .isInstanceOf(ModelInstallException.class)
                    .hasMessageContaining("download of " + url + " failed");
            serving.join(5_000);
        }
        assertThat(Files.exists(models.resolve("ru-en"))).isFalse();
        assertNoLeftovers();
    }

    @Test
    void anArchiveWithoutAFileNamesIt() throws Exception {
        bodies.put("/partial.zip", zipWithout("vocab.json"));
        assertThatThrownBy(() -> installer().install(url("/partial.zip"), RU_EN))
                .isInstanceOf(ModelInstallException.class)
                .hasMessageContaining("missing vocab.json");
        assertNoLeftovers();
    }

    @Test
    void aCorruptModelIsNotInstalled() throws Exception {
        Path dir = TinyModel.copyTo(data.resolve("bad-model"));
        Files.writeString(dir.resolve("decoder_model.onnx"), "garbage");
        assertThatThrownBy(() -> installer().install(dir.toString(), RU_EN))
                .isInstanceOf(ModelInstallException.class)
                .hasMessageContaining("decoder_model.onnx");
        assertThat(Files.exists(models.resolve("ru-en"))).isFalse();
        assertNoLeftovers();
    }

    @Test
    void loopbackIsRefusedWithoutAllowPrivateNetworks() throws Exception {
        bodies.put("/m.zip", zip());
        try (Fetcher strict = new Fetcher(FetcherConfig.defaults("http://test.invalid"))) {
            assertThatThrownBy(() -> new ModelInstaller(models, strict, CLOCK).install(url("/m.zip"), RU_EN))
                    .isInstanceOf(ModelInstallException.class)
                    .hasMessageContaining("loopback");
        }
        assertNoLeftovers();
    }

    /** Nothing but finished model directories: no staging or replaced directories left behind. */
    private void assertNoLeftovers() throws IOException {
        if (!Files.isDirectory(models)) return;
        try (Stream<Path> s = Files.list(models)) {
            assertThat(s.map(p -> p.getFileName().toString())).allMatch(n -> !n.startsWith("."));
        }
    }

    private static byte[] zip() throws IOException {
        return zipWithout(null);
    }

    private static byte[] zipWithout(String skipped) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("model/"));
            for (String f : ModelFiles.REQUIRED) {
                if (f.equals(skipped)) continue;
                zip.putNextEntry(new ZipEntry("model/" + f));
                zip.write(Files.readAllBytes(TinyModel.resources().resolve(f)));
            }
            zip.putNextEntry(new ZipEntry("model/README.md"));
            zip.write("ignored".getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    /** A ustar archive of the tiny model (plus a file that install ignores), gzipped. */
    private static byte[] tarGz(String folder) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            tarEntry(gz, folder + "README.md", "ignored".getBytes(StandardCharsets.UTF_8));
            for (String f : ModelFiles.REQUIRED) tarEntry(gz, folder + f, Files.readAllBytes(TinyModel.resources().resolve(f)));
            gz.write(new byte[1024]);
        }
        return bytes.toByteArray();
    }

    private static void tarEntry(OutputStream out, String name, byte[] data) throws IOException {
        byte[] h = new byte[512];
        put(h, 0, name);
        put(h, 100, "0000644");
        put(h, 108, "0000000");
        put(h, 116, "0000000");
        put(h, 124, String.format("%011o", data.length));
        put(h, 136, String.format("%011o", 0));
        h[156] = '0';
        put(h, 257, "ustar");
        put(h, 263, "00");
        Arrays.fill(h, 148, 156, (byte) ' ');
        int sum = 0;
        for (byte b : h) sum += b & 0xff;
        put(h, 148, String.format("%06o", sum));
        h[154] = 0;
        out.write(h);
        out.write(data);
        out.write(new byte[(512 - data.length % 512) % 512]);
    }

    private static void put(byte[] h, int at, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(b, 0, h, at, b.length);
    }
}
