package io.newsdesk.app.ops.logs;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/** The shipped logback.xml: human lines by default, JSON lines for NEWSDESK_LOG_FORMAT=json, both with the request id. */
class LogFormatTest {
    @Test
    void humanLinesCarryTheRequestIdAndOnlyWhenThereIsOne() throws Exception {
        String out = logTwoLines(null);
        String[] lines = out.split("\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO  newsdesk\\.test - page rendered \\[a1b2c3d4e5f60718]");
        assertThat(lines[1]).endsWith(" - no request here");
    }

    @Test
    void jsonLinesAreOneObjectEachWithTheRequestId() throws Exception {
        String out = logTwoLines("json");
        String[] lines = out.split("\n");
        assertThat(lines).hasSize(2);
        ObjectMapper json = new ObjectMapper();
        JsonNode first = json.readTree(lines[0]);
        assertThat(first.path("level").asText()).isEqualTo("INFO");
        assertThat(first.path("loggerName").asText()).isEqualTo("newsdesk.test");
        assertThat(first.path("formattedMessage").asText()).isEqualTo("page rendered");
        assertThat(first.path("mdc").path(RequestIds.MDC_KEY).asText()).isEqualTo("a1b2c3d4e5f60718");
        assertThat(first.path("timestamp").asLong()).isPositive();
        assertThat(json.readTree(lines[1]).path("mdc").has(RequestIds.MDC_KEY)).isFalse();
    }

    @Test
    void onlyShortSafeIncomingIdsAreKept() {
        assertThat(RequestIds.accept("lb-7f3a9c21")).isEqualTo("lb-7f3a9c21");
        assertThat(RequestIds.accept("0af7651916cd43dd8448eb211c80319c")).isEqualTo("0af7651916cd43dd8448eb211c80319c");
        for (String bad : new String[] {null, "", "abc", "x".repeat(65), "a b c d e f", "id\"}\n{\"level\":\"ERROR\"", "ид-запроса"}) {
            assertThat(RequestIds.accept(bad)).as(String.valueOf(bad)).matches("[0-9a-f]{16}");
        }
        assertThat(RequestIds.next()).isNotEqualTo(RequestIds.next());
    }

    /** Configures a fresh logback from the shipped file and logs a line inside a request and one outside. */
    private static String logTwoLines(String format) throws Exception {
        PrintStream saved = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(MDC.getMDCAdapter()); // the one slf4j's MDC writes to
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            if (format != null) context.putProperty("NEWSDESK_LOG_FORMAT", format);
            JoranConfigurator config = new JoranConfigurator();
            config.setContext(context);
            config.doConfigure(LogFormatTest.class.getResource("/logback.xml"));
            var log = context.getLogger("newsdesk.test");
            MDC.put(RequestIds.MDC_KEY, "a1b2c3d4e5f60718");
            log.info("page rendered");
            MDC.remove(RequestIds.MDC_KEY);
            log.info("no request here");
        } finally {
            context.stop();
            System.setOut(saved);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
