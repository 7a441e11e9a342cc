package io.newsdesk.app.cli;

import io.newsdesk.app.distribute.telegram.TelegramStatus;
import io.newsdesk.app.store.Database;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "telegram", mixinStandardHelpOptions = true, description = "The Telegram channel's posting.",
        subcommands = {TelegramCommand.Resume.class, TelegramCommand.Resend.class})
final class TelegramCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(name = "resume", mixinStandardHelpOptions = true, description = "Resume posting after Telegram refused it "
            + "(fix the token or the bot's rights first). A running `serve` picks it up within seconds.")
    static final class Resume implements Callable<Integer> {
        @Mixin
        DataOption data = new DataOption();
        @Mixin
        DatabaseOption database = new DatabaseOption();

        @Option(names = "--channel", paramLabel = "NAME", description = "Only this channel (default: all).")
        String channel;

        @Override
        public Integer call() {
            try (Database db = database.open(data.resolve())) {
                int n = TelegramStatus.resume(db.jdbi(), channel);
                System.out.println(n == 0 ? "Posting was not paused." : "Posting resumed; the waiting articles go out in order.");
            }
            return 0;
        }
    }

    @Command(name = "resend", mixinStandardHelpOptions = true, description = "Send again an article marked uncertain "
            + "(its send was cut off; check the channel first: Telegram cannot tell whether it arrived).")
    static final class Resend implements Callable<Integer> {
        @Mixin
        DataOption data = new DataOption();
        @Mixin
        DatabaseOption database = new DatabaseOption();

        @Parameters(paramLabel = "ARTICLE_ID")
        String articleId;

        @Override
        public Integer call() {
            try (Database db = database.open(data.resolve())) {
                if (TelegramStatus.resend(db.jdbi(), articleId)) {
                    System.out.println("Queued again.");
                    return 0;
                }
                System.err.println("No uncertain post for article " + articleId + ".");
                return 1;
            }
        }
    }
}
