package io.newsdesk.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseUrlTest {
    @TempDir
    Path dir;

    @Test
    void unsetMeansSqliteInTheDataDirectory() {
        assertThat(DatabaseUrl.from(null, Map.of())).isEmpty();
        assertThat(DatabaseUrl.from(" ", Map.of("NEWSDESK_DATABASE_URL", ""))).isEmpty();
    }

    @Test
    void readsTheUrlThePasswordAndThePoolSettingsWithoutEverPrintingThePassword() {
        DatabaseUrl url = DatabaseUrl.from(null, Map.of("NEWSDESK_DATABASE_URL", "postgresql://news@db.internal/newsdesk",
                "NEWSDESK_DATABASE_PASSWORD", "s3cret-pw", "NEWSDESK_DATABASE_POOL_SIZE", "24",
                "NEWSDESK_DATABASE_CONNECT_TIMEOUT_SECONDS", "3")).orElseThrow();
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.internal:5432/newsdesk");
        assertThat(url.user()).isEqualTo("news");
        assertThat(url.password()).isEqualTo("s3cret-pw");
        assertThat(url.poolSize()).isEqualTo(24);
        assertThat(url.connectTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(url.statementTimeout()).isEqualTo(DatabaseUrl.DEFAULT_STATEMENT_TIMEOUT);
        assertThat(url.toString()).isEqualTo("postgresql://news@db.internal:5432/newsdesk").doesNotContain("s3cret");
    }

    @Test
    void theOptionWinsOverTheEnvironmentAndThePasswordMayComeFromAFile() throws Exception {
        Path file = Files.writeString(dir.resolve("pw"), "from-file\n");
        DatabaseUrl url = DatabaseUrl.from("postgres://ops@10.0.0.5:6432/site", Map.of("NEWSDESK_DATABASE_URL", "postgresql://x@y/z",
                "NEWSDESK_DATABASE_PASSWORD_FILE", file.toString())).orElseThrow();
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://10.0.0.5:6432/site");
        assertThat(url.password()).isEqualTo("from-file");
        assertThat(url.poolSize()).isEqualTo(DatabaseUrl.DEFAULT_POOL_SIZE);
    }

    @Test
    void badUrlsAndSettingsGetClearErrorsThatNeverRepeatAPassword() {
        assertThatThrownBy(() -> DatabaseUrl.from("postgresql://news:hunter2@db/newsdesk", Map.of()))
                .hasMessageContaining("NEWSDESK_DATABASE_PASSWORD").message().doesNotContain("hunter2");
        assertThatThrownBy(() -> DatabaseUrl.from("mysql://news@db/newsdesk", Map.of())).hasMessageContaining("postgresql://");
        assertThatThrownBy(() -> DatabaseUrl.from("postgresql://db/newsdesk", Map.of())).hasMessageContaining("user");
        assertThatThrownBy(() -> DatabaseUrl.from("postgresql://news@db/", Map.of())).hasMessageContaining("one database");
        assertThatThrownBy(() -> DatabaseUrl.from("postgresql://news@db/n", Map.of("NEWSDESK_DATABASE_POOL_SIZE", "many")))
                .hasMessageContaining("NEWSDESK_DATABASE_POOL_SIZE");
        assertThatThrownBy(() -> DatabaseUrl.from("postgresql://news@db/n", Map.of("NEWSDESK_DATABASE_PASSWORD_FILE", dir.resolve("none").toString())))
                .hasMessageContaining("NEWSDESK_DATABASE_PASSWORD_FILE");
    }

    @Test
    void anUnreachableServerIsAClearErrorNamingTheDatabaseButNotThePassword() throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        DatabaseUrl url = DatabaseUrl.parse("postgresql://news@127.0.0.1:" + port + "/n", "hunter2", 2, Duration.ofSeconds(2), Duration.ofSeconds(5));
        assertThatThrownBy(() -> Database.postgresql(url)).hasMessageContaining("postgresql://news@127.0.0.1:" + port + "/n")
                .message().doesNotContain("hunter2");
    }
}
