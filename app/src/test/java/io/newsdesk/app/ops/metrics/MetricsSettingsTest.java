package io.newsdesk.app.ops.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricsSettingsTest {
    @Test
    void badMetricsSettingsAreRefusedWithTheReason() {
        assertThatThrownBy(() -> MetricsSettings.fromEnvironment(Map.of("NEWSDESK_METRICS_PORT", "nine"), null))
                .hasMessageContaining("NEWSDESK_METRICS_PORT");
        assertThatThrownBy(() -> MetricsSettings.fromEnvironment(Map.of("NEWSDESK_METRICS_TOKEN", "short"), null))
                .hasMessageContaining("at least 16");
        assertThatThrownBy(() -> MetricsSettings.fromEnvironment(Map.of("NEWSDESK_METRICS_TOKEN", "has spaces in it, sixteen+"), null))
                .hasMessageContaining("without spaces");
        assertThatThrownBy(() -> new MetricsSettings(70_000, null, null)).hasMessageContaining("70000");
    }

    @Test
    void offUnlessAskedForAndOnLoopbackByDefault() {
        assertThat(MetricsSettings.fromEnvironment(Map.of(), null).enabled()).isFalse();
        MetricsSettings port = MetricsSettings.fromEnvironment(Map.of("NEWSDESK_METRICS_PORT", "9464"), null);
        assertThat(port.enabled()).isTrue();
        assertThat(port.host()).isEqualTo("127.0.0.1");
        assertThat(MetricsSettings.fromEnvironment(Map.of("NEWSDESK_METRICS_PORT", "9464"), 9500).port()).as("the option wins").isEqualTo(9500);
        assertThat(MetricsSettings.fromEnvironment(Map.of("NEWSDESK_METRICS_TOKEN", "0123456789abcdef0123"), null).port()).isNull();
    }
}
