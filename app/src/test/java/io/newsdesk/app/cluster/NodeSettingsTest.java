package io.newsdesk.app.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NodeSettingsTest {
    private static final Path DATA = Path.of("/srv/data");

    @Test
    void oneNodeAloneNeedsNothingSet() {
        NodeSettings n = NodeSettings.fromEnvironment(Map.of(), DATA);
        assertThat(n.lease()).isEqualTo(Duration.ofSeconds(30));
        assertThat(n.jobLease()).isEqualTo(Duration.ofMinutes(5));
        assertThat(n.mediaDir()).isEqualTo(DATA.resolve("media"));
        assertThat(n.nodeId()).contains("/" + ProcessHandle.current().pid() + "/");
        assertThat(NodeSettings.fromEnvironment(Map.of(), DATA).nodeId()).as("a restart is a new holder").isNotEqualTo(n.nodeId());
    }

    @Test
    void theEnvironmentNamesTheNodeItsLeasesAndTheSharedMedia() {
        NodeSettings n = NodeSettings.fromEnvironment(Map.of("NEWSDESK_NODE_ID", "web-2", "NEWSDESK_LEASE_SECONDS", "12",
                "NEWSDESK_JOB_LEASE_SECONDS", " 60 ", "NEWSDESK_MEDIA_DIR", "/mnt/media"), DATA);
        assertThat(n).isEqualTo(new NodeSettings("web-2", Duration.ofSeconds(12), Duration.ofSeconds(60), Path.of("/mnt/media")));
    }

    @Test
    void aBadValueIsRefusedWithItsName() {
        assertThatThrownBy(() -> NodeSettings.fromEnvironment(Map.of("NEWSDESK_LEASE_SECONDS", "30s"), DATA))
                .hasMessage("NEWSDESK_LEASE_SECONDS must be a number of seconds from 1 to 86400, got '30s'");
        assertThatThrownBy(() -> NodeSettings.fromEnvironment(Map.of("NEWSDESK_JOB_LEASE_SECONDS", "0"), DATA))
                .hasMessageStartingWith("NEWSDESK_JOB_LEASE_SECONDS must be");
        assertThatThrownBy(() -> NodeSettings.fromEnvironment(Map.of("NEWSDESK_MEDIA_DIR", " "), DATA))
                .hasMessage("NEWSDESK_MEDIA_DIR is set but empty");
        assertThatThrownBy(() -> NodeSettings.fromEnvironment(Map.of("NEWSDESK_NODE_ID", ""), DATA))
                .hasMessageStartingWith("NEWSDESK_NODE_ID must be");
    }
}
