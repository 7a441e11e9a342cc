package io.newsdesk.app.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --data DIR}, shared by every command that opens the site's data. */
final class DataOption {
    @Option(names = "--data", paramLabel = "DIR",
            description = "Data directory (database, index, media). Default: $NEWSDESK_DATA or ./data")
    Path dir;

    Path resolve() {
        if (dir != null) return dir;
        String env = System.getenv("NEWSDESK_DATA");
        return Path.of(env != null && !env.isBlank() ? env : "data");
    }
}
