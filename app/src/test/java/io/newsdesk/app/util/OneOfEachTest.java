package io.newsdesk.app.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: app and bench hash with {@link Sha256}, escape hand-built HTML with {@link Html} and run their
 * periodic followers on {@link PeriodicTask}; pages and feeds become text only in {@code extract.BodyDecoder} and
 * their dates are read only by {@code extract.Dates}: so a fix to one of them reaches every caller.
 */
class OneOfEachTest {
    private static final Path BASE = Path.of(System.getProperty("basedir", "."));
    private static final List<Path> ROOTS = List.of(BASE.resolve("src/main/java"),
            BASE.resolve("../bench/src/main/java").normalize(), BASE.resolve("../extract/src/main/java").normalize());

    @Test
    void sha256OnlyInItsHelper() {
        assertThat(uses(Pattern.compile("MessageDigest\\.getInstance\\("), Set.of("Sha256.java"))).isEmpty();
    }

    @Test
    void htmlEntitiesWrittenOnlyByTheEscaper() {
        // Telegram's HTML parse mode knows fewer entities (no &#39;), so it keeps its own
        assertThat(uses(Pattern.compile("\"&lt;\""), Set.of("Html.java", "TelegramHtml.java"))).isEmpty();
    }

    @Test
    void timersOnlyInThePeriodicTask() {
        assertThat(uses(Pattern.compile("newSingleThreadScheduledExecutor|scheduleWithFixedDelay|scheduleAtFixedRate|new Timer\\("),
                Set.of("PeriodicTask.java"))).isEmpty();
    }

    @Test
    void fetchedBytesBecomeTextOnlyInTheDecoder() {
        // a fetched body decoded by hand, a charset looked up by name, jsoup's own charset sniffing
        Pattern decoding = Pattern.compile("new String\\([^;]*\\.body\\(\\)|Charset\\.forName\\(|Jsoup\\.parse\\(\\s*new ByteArrayInputStream");
        assertThat(uses(decoding, Set.of("BodyDecoder.java",
                "Fetcher.java", // robots.txt, which RFC 9309 defines as UTF-8
                "StoryCatalog.java", // the demo outlets' own charset, to encode the pages they serve
                "Systems.java"))) // the Readability4J baseline of the benchmarks, decoded as its users would
                .isEmpty();
    }

    @Test
    void datesReadOnlyByTheDateParser() {
        // java.time's parsers, the JDK's and Rome's date parsers, Rome's parsed dates
        Pattern parsing = Pattern.compile("(?:OffsetDateTime|ZonedDateTime|LocalDateTime|LocalDate|Instant)\\.parse\\("
                + "|SimpleDateFormat|DateParser|getPublishedDate\\(|getUpdatedDate\\(");
        assertThat(uses(parsing, Set.of("Dates.java",
                "HttpCaching.java", "RetryAfter.java", "ConditionalGet.java", // HTTP's one date format (RFC 9110), in headers
                "AuditRoutes.java", "ArticleRoutes.java", // the admin's date inputs, in HTML's fixed formats
                "SearchParams.java", // the reader's date range on /search, an HTML date field's yyyy-mm-dd
                "ItemStep.java", "Feeds.java", "InstalledModel.java"))) // times we wrote ourselves with toString
                .isEmpty();
    }

    private static List<String> uses(Pattern p, Set<String> allowed) {
        List<String> found = new ArrayList<>();
        for (Path root : ROOTS) {
            if (!Files.isDirectory(root)) continue;
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(f -> f.toString().endsWith(".java") && !allowed.contains(f.getFileName().toString()))
                        .forEach(f -> {
                            Matcher m = p.matcher(read(f));
                            while (m.find()) found.add(root.relativize(f) + ": " + m.group());
                        });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertThat(ROOTS.get(0)).as("the app's sources are where the check looks").isDirectory();
        return found;
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
