package io.newsdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The commands end to end on a two-page folder written here (fast: no speed measurement). */
class BenchCommandsTest {
    @TempDir
    Path dir;

    private static final String PAGE = """
            <html><head><title>Rain falls on the city | Daily</title></head><body>
            <nav>Home News Sport</nav>
            <article><h1>Rain falls on the city</h1>
            <p>Heavy rain fell on the city on Monday, flooding several streets near the river bank.</p>
            <p>The council said the pumps worked through the night and the water went down by morning.</p>
            </article><footer>Subscribe to our newsletter</footer></body></html>""";

    private String[] run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = BenchMain.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void extractionScoresBothSystemsAndWritesPredictions() throws Exception {
        Files.writeString(dir.resolve("p1.html"), PAGE);
        Files.writeString(dir.resolve("p2.html"), PAGE.replace("Monday", "Tuesday"));
        Files.writeString(dir.resolve("ground-truth.json"), BenchFolder.JSON.writeValueAsString(Map.of(
                "p1", Map.of("url", "https://example.org/a", "articleBody", "Heavy rain fell on the city on Monday, flooding several streets near the river bank."),
                "p2", Map.of("url", "https://example.org/b", "articleBody", "The council said the pumps worked through the night and the water went down by morning."))));
        Path out = dir.resolve("pred.json");
        String[] r = run("extraction", dir.toString(), "--no-speed", "--bootstrap", "50", "--out", out.toString());
        assertThat(r[0]).as(r[2]).isEqualTo("0");
        assertThat(r[1]).contains("Newsdesk", "Readability4J", "F1");
        JsonNode predictions = BenchFolder.readJson(out);
        assertThat(predictions.get("p1").get("articleBody").asText()).contains("flooding several streets");
        assertThat(predictions.get("p2").get("articleBody").asText()).contains("Tuesday");
    }

    @Test
    void metadataWritesTitleAuthorDateText() throws Exception {
        Files.writeString(dir.resolve("m1.html"), PAGE);
        Files.writeString(dir.resolve("ground-truth.json"), BenchFolder.JSON.writeValueAsString(Map.of(
                "m1", Map.of("title", "Rain falls on the city", "date", "2020-01-01", "url", "https://example.org/m",
                        "with", java.util.List.of("pumps worked"), "without", java.util.List.of("Subscribe to our newsletter")))));
        Path out = dir.resolve("meta.json");
        String[] r = run("metadata", dir.toString(), "--out", out.toString());
        assertThat(r[0]).as(r[2]).isEqualTo("0");
        assertThat(r[1]).contains("Newsdesk", "Readability4J", "trivial baseline");
        JsonNode m1 = BenchFolder.readJson(out).get("m1");
        assertThat(m1.has("title") && m1.has("author") && m1.has("date") && m1.has("text")).isTrue();
        assertThat(m1.get("text").asText()).contains("pumps worked");
    }

    @Test
    void metadataScoresTheFirstPagesTheRestAndTheirHalvesApart() throws Exception {
        Map<String, Object> truth = new java.util.TreeMap<>();
        for (String id : new String[] {"a1", "b2", "c3", "d4", "e5"}) {
            Files.writeString(dir.resolve(id + ".html"), id.equals("a1") ? PAGE : PAGE.replace("Rain falls on the city", "Snow " + id));
            truth.put(id, Map.of("title", "Rain falls on the city", "date", "2020-01-01", "url", "https://example.org/" + id,
                    "with", java.util.List.of(), "without", java.util.List.of()));
        }
        Files.writeString(dir.resolve("ground-truth.json"), BenchFolder.JSON.writeValueAsString(truth));
        Path halves = dir.resolve("halves.json");
        String[] r = run("metadata", dir.toString(), "--split", "1", "--half-seed", "13", "--halves", halves.toString());
        assertThat(r[0]).as(r[2]).isEqualTo("0");
        // only a1's title is right: the first page scores 1/1, the other four 0/4
        assertThat(r[1]).contains("Newsdesk, first 1 ", "Newsdesk, other 4 ", "looked-at half 2", "held-out half 2");
        assertThat(r[1]).containsPattern("first 1 +1\\.000 \\(1/1\\)").containsPattern("other 4 +0\\.000 \\(0/4\\)");
        JsonNode h = BenchFolder.readJson(halves);
        assertThat(h.get("looked-at").size() + h.get("held-out").size()).isEqualTo(4);
        assertThat(h.toString()).doesNotContain("a1");
    }

    @Test
    void missingFolderIsAOneLineError() {
        String[] r = run("extraction", dir.resolve("nope").toString(), "--no-speed");
        assertThat(r[0]).isEqualTo("1");
        assertThat(r[2].strip()).startsWith("bench extraction: no ground-truth.json in").doesNotContain("\n");
    }
}
