package io.newsdesk.app.cli;

import io.newsdesk.app.store.Database;
import io.newsdesk.app.store.DatabaseUrl;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --database URL}, shared by every command that opens the site's database. */
final class DatabaseOption {
    @Option(names = "--database", paramLabel = "URL",
            description = "PostgreSQL database, postgresql://user@host:port/db (password from $NEWSDESK_DATABASE_PASSWORD"
                    + " or $NEWSDESK_DATABASE_PASSWORD_FILE). Default: $NEWSDESK_DATABASE_URL, or SQLite in the data directory")
    String url;

    /** The configured PostgreSQL database, or empty for SQLite in the data directory. */
    Optional<DatabaseUrl> resolve() {
        return DatabaseUrl.from(url, System.getenv());
    }

    /** Opens (and migrates) the configured database; SQLite lives in {@code dataDir}. */
    Database open(Path dataDir) {
        return Database.open(resolve(), dataDir);
    }
}
