package io.newsdesk.app.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.app.cli.Main;
import io.newsdesk.app.ingest.sources.NewSource;
import io.newsdesk.app.ingest.sources.SourceStore;
import io.newsdesk.app.store.Database;
import io.newsdesk.app.store.Stores;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import picocli.CommandLine;

/** The hostile-source tests' import: one English source in a "world" section, then `import --once` as an operator runs it. */
final class CommandLineImport {
    private CommandLineImport() {}

    /** Adds {@code source} to the site in {@code dir} and imports it; a bad entry or image costs itself, never the run. */
    static void once(Path dir, NewSource source) {
        try (Database db = Database.sqlite(dir)) {
            Stores.over(db.jdbi()).sections().create("world", "World", null, 1);
            new SourceStore(db.jdbi()).add(source.withLanguage("en"));
        }
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute("import", "--once", "--allow-private-networks", "--data", dir.toString());
        assertThat(code).as(err.toString()).isZero();
    }
}
