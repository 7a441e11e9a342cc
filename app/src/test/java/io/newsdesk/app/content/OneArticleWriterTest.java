package io.newsdesk.app.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: {@link ArticleWriter} is the only code that writes articles, their revisions and their bylines, so
 * no write can forget a revision, the cleaning, a unique slug, {@code changed_at} or the change event.
 */
class OneArticleWriterTest {
    private static final Pattern WRITE = Pattern.compile(
            "(?i)\\b(insert\\s+(or\\s+\\w+\\s+)?into|update|delete\\s+from|replace\\s+into)\\s+(articles|article_revisions|article_authors)\\b");

    @Test
    void noOtherCodeWritesTheArticleTables() throws IOException {
        Path app = Path.of(System.getProperty("basedir", ".")).resolve("src/main/java");
        Path writer = app.resolve("io/newsdesk/app/content/ArticleWriter.java");
        List<String> found = new ArrayList<>();
        Path bench = Path.of(System.getProperty("basedir", ".")).resolve("../bench/src/main/java").normalize();
        for (Path root : List.of(app, bench)) {
            if (!Files.isDirectory(root)) continue;
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(f -> f.toString().endsWith(".java") && !f.equals(writer)).forEach(f -> {
                    Matcher m = WRITE.matcher(read(f));
                    while (m.find()) found.add(root.relativize(f) + ": " + m.group());
                });
            }
        }
        assertThat(found).as("SQL writing articles outside ArticleWriter").isEmpty();
        assertThat(WRITE.matcher(read(writer)).find()).as("the rule still sees the writer's own SQL").isTrue();
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
