package io.newsdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TranslationCommandTest {
    @TempDir
    Path data;

    private record Run(int exit, String out, String err) {}

    private Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cli = new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--data";
        all[args.length + 1] = data.toString();
        return new Run(cli.execute(all), out.toString(), err.toString());
    }

    @Test
    void printsPassAndExitsZero() {
        Run r = run("translation", "check", "--from", "uk", "--source", "Зеленський прибув до Києва", "--output", "Zelensky arrives in Kyiv");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo("pass" + System.lineSeparator());
    }

    @Test
    void printsHoldWithReasonsAndExitsOne() {
        Run r = run("translation", "check", "--from", "ru", "--source", "Сколько дронов сбили над Киевом",
                "--output", "Skolko Dronov shot down over Kiev");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).startsWith("hold: transliterated, not translated: \"Skolko\" (Сколько), \"Dronov\" (дронов); ")
                .contains("glossary: \"Kiev\" where the glossary says \"Kyiv\"");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run("translation", "check", "--from", "de", "--source", "a", "--output", "b").exit()).isEqualTo(2);
        assertThat(run("translation", "check", "--from", "ru", "--source", "a").exit()).isEqualTo(2);
        assertThat(run("translation", "check", "--help").out()).contains("0   pass").contains("1   hold").contains("2   usage error");
    }
}
