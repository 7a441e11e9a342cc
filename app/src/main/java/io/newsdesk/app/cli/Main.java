package io.newsdesk.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newsdesk} command line. */
@Command(name = "newsdesk", mixinStandardHelpOptions = true, version = "Newsdesk 0.1.0",
        description = "A self-hosted news aggregation and publishing engine.",
        subcommands = {ServeCommand.class, AdminCommand.class, DemoCommand.class, ExtractCommand.class, SourcesCommand.class, SectionsCommand.class, ImportCommand.class,
                TranslationCommand.class, ModelsCommand.class, TelegramCommand.class, DbCommand.class, BackupCommand.class, RestoreCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * Lucene warns on every start that the Vector API is not enabled; the index holds no vectors, so the advice
     * does not apply. Kept in a field: java.util.logging holds loggers weakly and would forget the level.
     */
    private static final java.util.logging.Logger LUCENE_VECTORS =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization.VectorizationProvider");

    public static void main(String[] args) {
        LUCENE_VECTORS.setLevel(java.util.logging.Level.SEVERE);
        String logFormat = System.getenv("NEWSDESK_LOG_FORMAT"); // read by logback.xml, which cannot refuse a wrong one
        if (logFormat != null && !logFormat.equals("human") && !logFormat.equals("json")) {
            System.err.println("newsdesk: NEWSDESK_LOG_FORMAT must be human or json, not \"" + logFormat + "\"");
            System.exit(2);
        }
        System.exit(new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(Main::databaseSettings).execute(args));
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** A wrong database URL or an unreachable server is a one-line error, not a stack trace; anything else is rethrown. */
    private static int databaseSettings(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) throws Exception {
        boolean settings = e instanceof io.newsdesk.app.store.DatabaseUnavailable
                || e instanceof IllegalArgumentException && e.getMessage() != null && e.getMessage().contains("NEWSDESK_DATABASE_")
                || e instanceof IllegalArgumentException && e.getMessage() != null && e.getMessage().startsWith("database URL")
                || e instanceof IllegalArgumentException && e.getMessage() != null
                        && e.getMessage().matches("NEWSDESK_(NODE_ID|LEASE_SECONDS|JOB_LEASE_SECONDS|MEDIA_DIR) .*"); // cluster.NodeSettings
        if (!settings) throw e;
        cmd.getErr().println(cmd.getCommandName() + ": " + e.getMessage());
        return 1;
    }
}
