package io.newsdesk.app.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.newsdesk.app.ingest.sources.OutletName;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * Issue 18 (3): the credit, excerpt and outlet-name patterns run over imported text of any length. Before, a
 * group repeated under "+" ("Photo: " × 20,000 in a credit, "news " × 20,000 in a feed title) recursed once per
 * repetition and overflowed a default 1 MB thread stack (a StackOverflowError, which failed the item's import job).
 * Each function runs here on the preemptive-timeout thread, which has the default stack. The bound is generous:
 * a guard against recursion and quadratic time, not a speed test.
 */
class HostileTextRegexTest {
    private static final Duration GENEROUS = Duration.ofSeconds(10);
    private static final int UNITS = 20_000;
    private static final String PARAGRAPH = "Officials confirmed on Monday that the harbour bridge will reopen next week after repairs.";

    private static String repeated(String unit) {
        return unit.repeat(UNITS);
    }

    private static Map<String, String> hostileTexts() {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String unit : new String[] {" ", "a ", "©", "© ", "(c) ", "Photo: ", "Foto: © ", "Photo by ", ".", "\"", "« »",
                "([{", ")]}", "- ", ": ", "news ", "rss feed ", "rssfeed", "Latest News - "}) {
            texts.put("'" + unit + "' × " + UNITS, repeated(unit));
        }
        texts.put("combining marks", "Z" + repeated("\u0301"));
        texts.put("'Photo: ' × 20,000 then combining marks", repeated("Photo: ") + "Z" + repeated("\u0301"));
        return texts;
    }

    private static Map<String, Function<String, Object>> functions() {
        Map<String, Function<String, Object>> f = new LinkedHashMap<>();
        f.put("Credits.strip", Credits::strip);
        f.put("Credits.labelled", Credits::labelled);
        f.put("Credits.line", t -> Credits.line("de", t));
        f.put("Excerpts.notOpening", Excerpts::notOpening);
        f.put("Excerpts.of", Excerpts::of);
        f.put("Excerpts.lead", t -> {
            Element body = Jsoup.parseBodyFragment("<p>" + PARAGRAPH + "</p>").body();
            body.prependElement("p").text(t);
            return Excerpts.lead(body);
        });
        f.put("OutletName.fromFeedTitle", OutletName::fromFeedTitle);
        f.put("OutletName.fromFeedTitle after a name", t -> OutletName.fromFeedTitle("Local Gazette - " + t));
        return f;
    }

    @Test
    void everyCreditExcerptAndOutletNameFunctionReturnsOnLongRuns() {
        List<String> failed = new ArrayList<>();
        for (var text : hostileTexts().entrySet()) {
            for (var function : functions().entrySet()) {
                try {
                    assertTimeoutPreemptively(GENEROUS, () -> function.getValue().apply(text.getValue()));
                } catch (StackOverflowError | AssertionFailedError e) {
                    // all of them are listed, not only the first
                    failed.add(function.getKey() + " on " + text.getKey() + ": " + e.getClass().getSimpleName());
                }
            }
        }
        assertThat(failed).isEmpty();
    }

    @Test
    void longRunsGiveTheSameAnswersAsShortOnes() {
        // a label repeated any number of times is still only a label
        assertThat(run(() -> Credits.strip(repeated("Foto: © ") + "Jan Roe / Fixture Agency"))).isEqualTo("Jan Roe / Fixture Agency");
        assertThat(run(() -> Credits.strip(repeated("Photo: ")))).isNull();
        // a title made only of feed words names no outlet, however long
        assertThat(run(() -> OutletName.fromFeedTitle(repeated("news ")))).isNull();
        assertThat(run(() -> OutletName.fromFeedTitle(repeated("rss feed ") + "rss 2.0"))).isNull();
        assertThat(run(() -> OutletName.fromFeedTitle("Local Gazette - " + repeated("latest news ")))).isEqualTo("Local Gazette");
        // feed words read in any split, as the regex did: "news feeds" is "news" + "feeds", not "news feed" + "s"
        assertThat(OutletName.fromFeedTitle("Local Gazette - News Feeds")).isEqualTo("Local Gazette");
        assertThat(OutletName.fromFeedTitle("Local Gazette - Feedsyndication")).isEqualTo("Local Gazette");
    }

    private static Object run(org.junit.jupiter.api.function.ThrowingSupplier<Object> call) {
        return assertTimeoutPreemptively(GENEROUS, call);
    }
}
