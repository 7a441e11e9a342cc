package io.newsdesk.bench;

import io.newsdesk.app.store.Database;
import io.newsdesk.app.store.DatabaseUrl;
import io.newsdesk.app.store.Stores;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jdbi.v3.core.Handle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsdesk bench ingest-db}: the ingestion benchmark's checks on its data directory. {@code --prepare}
 * creates the one section imported articles are filed in (the command line has no command for sections: the site
 * gets them from the demo or an editor); {@code --count} prints what the import left, as {@code key=value} lines
 * for bench/ingest.sh. {@code --database} points both at PostgreSQL instead (bench/cluster.sh compares the two).
 */
@Command(name = "ingest-db", mixinStandardHelpOptions = true,
        description = "The ingestion benchmark's data directory: --prepare creates a section, --count prints what was imported.")
final class IngestDbCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;
    @Option(names = "--data", required = true, paramLabel = "DIR")
    Path data;
    @Option(names = "--database", paramLabel = "URL",
            description = "PostgreSQL database, postgresql://user@host:port/db, instead of SQLite in --data (bench/cluster.sh)")
    String database;
    @Option(names = "--prepare", description = "Create the section 'News' when there is no section.")
    boolean prepare;
    @Option(names = "--count", description = "Print articles, imported items, duplicates, stories and jobs by state.")
    boolean count;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Database db = Database.open(DatabaseUrl.from(database, System.getenv()), data)) {
            if (prepare) {
                long sections = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM sections").mapTo(Long.class).one());
                if (sections == 0) Stores.over(db.jdbi()).sections().create("news", "News", null, 1);
            }
            if (count) {
                db.jdbi().useHandle(h -> {
                    out.println("articles=" + one(h, "SELECT COUNT(*) FROM articles"));
                    out.println("published=" + one(h, "SELECT COUNT(*) FROM articles WHERE status = 'published'"));
                    out.println("imported_items=" + one(h, "SELECT COUNT(*) FROM imported_items"));
                    out.println("duplicates=" + one(h, "SELECT COUNT(*) FROM imported_items WHERE duplicate"));
                    out.println("stories=" + one(h, "SELECT COUNT(DISTINCT story_id) FROM articles WHERE story_id IS NOT NULL"));
                    out.println("sources=" + one(h, "SELECT COUNT(*) FROM sources"));
                    for (String state : new String[] {"queued", "running", "done", "failed", "dead"}) {
                        out.println("jobs_" + state + "=" + h.createQuery("SELECT COUNT(*) FROM jobs WHERE state = :s").bind("s", state)
                                .mapTo(Long.class).one());
                    }
                });
            }
            return 0;
        } finally {
            out.flush();
        }
    }

    private static long one(Handle h, String sql) {
        return h.createQuery(sql).mapTo(Long.class).one();
    }
}
