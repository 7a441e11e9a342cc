package io.newsdesk.app.cli;

import io.newsdesk.app.cluster.NodeSettings;
import io.newsdesk.app.ops.backup.DataBackup;
import io.newsdesk.app.store.DatabaseUrl;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Copy the data directory (SQLite database, media, configuration) while the site runs. The search index is not"
                + " copied: a site rebuilds it.")
final class BackupCommand implements Callable<Integer> {
    @Option(names = "--to", required = true, paramLabel = "DIR", description = "A new or empty directory for the backup.")
    Path to;

    @Mixin
    DataOption data = new DataOption();
    @Mixin
    DatabaseOption database = new DatabaseOption();

    @Override
    public Integer call() throws Exception {
        Optional<DatabaseUrl> postgres = database.resolve();
        DataBackup.Summary s;
        try {
            Path media = NodeSettings.fromEnvironment(System.getenv(), data.resolve()).mediaDir();
            s = DataBackup.backup(data.resolve(), media, to, postgres.isEmpty());
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println("backup: " + e.getMessage());
            return 1;
        }
        System.out.println("Backed up " + data.resolve().toAbsolutePath() + " to " + s.dir() + ": " + s.files() + " files"
                + (s.database() ? ", the database (" + s.articles() + " articles, schema " + s.schemaVersion() + ")" : "") + ".");
        if (s.mediaFrom() != null) {
            System.out.println("The media were in " + s.mediaFrom() + " (NEWSDESK_MEDIA_DIR), outside the data directory: copied into "
                    + s.dir().resolve("media") + ". A restore puts them in the new data directory's media/; a site that keeps its"
                    + " media elsewhere needs them copied there.");
        }
        postgres.ifPresent(url -> System.out.println("""
                The database is on PostgreSQL: this backup holds the media and configuration only. Copy the database,
                consistent while the site runs, with pg_dump:
                  pg_dump -Fc -h %s -p %d -U %s -f %s %s
                and restore it into an empty database with:
                  pg_restore --no-owner -h HOST -U USER -d NEW_DATABASE %s"""
                .formatted(url.host(), url.port(), url.user(), s.dir().resolve("newsdesk.pgdump"), url.database(),
                        s.dir().resolve("newsdesk.pgdump"))));
        return 0;
    }
}
