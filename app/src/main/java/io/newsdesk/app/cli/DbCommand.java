package io.newsdesk.app.cli;

import io.newsdesk.app.store.copy.CopyEnd;
import io.newsdesk.app.store.copy.CopyRefused;
import io.newsdesk.app.store.copy.DatabaseCopy;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "db", mixinStandardHelpOptions = true, description = "The site's database.", subcommands = {DbCommand.Copy.class})
final class DbCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(name = "copy", mixinStandardHelpOptions = true, description = {
            "Copy the whole site (every table) into an empty database, SQLite or PostgreSQL either way, and check the row counts.",
            "The source is only read. Stop `serve` first: what it writes after the copy starts is not copied."})
    static final class Copy implements Callable<Integer> {
        @Mixin
        DataOption data = new DataOption();
        @Mixin
        DatabaseOption database = new DatabaseOption();

        @Option(names = "--to", required = true, paramLabel = "TARGET",
                description = "The empty database to fill: postgresql://user@host:port/db (password from $NEWSDESK_TARGET_DATABASE_PASSWORD(_FILE),"
                        + " else $NEWSDESK_DATABASE_PASSWORD(_FILE)), or a new data directory, DIR or sqlite:DIR (the database becomes DIR/newsdesk.db)")
        String to;

        @Option(names = "--from", paramLabel = "SOURCE",
                description = "The database to copy, in the same forms. Default: the configured one ($NEWSDESK_DATABASE_URL or --database, else SQLite in the data directory)")
        String from;

        @Override
        public Integer call() {
            Map<String, String> env = System.getenv();
            try {
                CopyEnd source = from != null ? CopyEnd.parse(from, env)
                        : database.resolve().<CopyEnd>map(CopyEnd.Postgres::new).orElseGet(() -> new CopyEnd.Sqlite(data.resolve()));
                CopyEnd target = CopyEnd.parse(to, CopyEnd.targetEnvironment(env));
                System.out.println("Copying " + source + " into " + target);
                DatabaseCopy.Report report = DatabaseCopy.copy(source, target, System.out::println);
                System.out.printf(Locale.ROOT, "Copied %d tables, %,d rows, in %.1f s; every table has as many rows as in the source.%n",
                        report.tables().size(), report.rows(), report.took().toMillis() / 1000.0);
                report.sequences().forEach(s -> System.out.println("  sequence " + s));
                return 0;
            } catch (CopyRefused | IllegalArgumentException e) {
                System.err.println("db copy: " + e.getMessage());
                return 1;
            }
        }
    }
}
