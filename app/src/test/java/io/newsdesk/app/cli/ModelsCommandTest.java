package io.newsdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ModelsCommandTest {
    @TempDir
    Path data;

    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private static Path tinyModel() throws URISyntaxException {
        return Path.of(ModelsCommandTest.class.getResource("/translate/tiny-model/config.json").toURI()).getParent();
    }

    @Test
    void installsAndListsAModel() throws Exception {
        Run empty = run("models", "list", "--data", data.toString());
        assertThat(empty.code()).isZero();
        assertThat(empty.out()).contains("no models");

        Run install = run("models", "install", tinyModel().toString(), "--pair", "ru-en", "--data", data.toString());
        assertThat(install.code()).as(install.err()).isZero();
        assertThat(install.out()).startsWith("installed tiny-model for ru-en").contains("fingerprint ");
        assertThat(Files.exists(data.resolve("models/ru-en/checksums.json"))).isTrue();

        Run list = run("models", "list", "--data", data.toString());
        assertThat(list.out()).startsWith("ru-en\ttiny-model\t").contains("fingerprint ").contains("from " + tinyModel());
    }

    @Test
    void failuresAreOneLine() {
        Run bad = run("models", "install", data.resolve("nowhere").toString(), "--pair", "ru-en", "--data", data.toString());
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).startsWith("models install: no such directory, archive or http(s) URL");
        Run pair = run("models", "install", "x", "--pair", "russian", "--data", data.toString());
        assertThat(pair.err()).contains("a language pair looks like ru-en");
    }
}
