package io.newsdesk.app.cli;

import io.newsdesk.app.ops.backup.DataBackup;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Restore a backup into a new or empty data directory (never over an existing site).")
final class RestoreCommand implements Callable<Integer> {
    @Option(names = "--from", required = true, paramLabel = "DIR", description = "A directory written by `newsdesk backup`.")
    Path from;

    @Mixin
    DataOption data = new DataOption();

    @Override
    public Integer call() throws Exception {
        Path target = data.resolve();
        DataBackup.Summary s;
        try {
            s = DataBackup.restore(from, target);
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println("restore: " + e.getMessage());
            return 1;
        }
        System.out.println("Restored " + from.toAbsolutePath() + " into " + s.dir() + ": " + s.files() + " files"
                + (s.database() ? ", the database (" + s.articles() + " articles, schema " + s.schemaVersion() + ")"
                : "; no database in this backup (PostgreSQL: restore it with pg_restore)")
                + ". The search index is rebuilt when the site starts: ./newsdesk serve --data " + target);
        return 0;
    }
}
