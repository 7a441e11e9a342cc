package io.newsdesk.app.cli;

import io.newsdesk.app.accounts.Accounts;
import io.newsdesk.app.accounts.Role;
import io.newsdesk.app.accounts.User;
import io.newsdesk.app.audit.AuditLog.Actor;
import io.newsdesk.app.store.Database;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "admin", mixinStandardHelpOptions = true, description = "Accounts of the admin pages (/admin).",
        subcommands = {AdminCommand.CreateUser.class, AdminCommand.SetPassword.class})
final class AdminCommand implements Runnable {
    /** How the command line appears in the audit log. */
    static final Actor COMMAND_LINE = new Actor(null, null, "command line");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** The password: from a file (its first line), else asked twice on a terminal, else one line of standard input. */
    abstract static class PasswordInput implements Callable<Integer> {
        @Mixin
        DataOption data = new DataOption();
        @Mixin
        DatabaseOption database = new DatabaseOption();
        @Option(names = "--password-file", paramLabel = "FILE", description = "Read the password from the first line of FILE (for scripts).")
        Path passwordFile;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        abstract String run(Accounts accounts, char[] password);

        @Override
        public Integer call() throws IOException {
            char[] password = read();
            if (password == null) return 1;
            try (Database db = database.open(data.resolve())) {
                spec.commandLine().getOut().println(run(new Accounts(db.jdbi(), Clock.systemUTC()), password));
                return 0;
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println("admin: " + e.getMessage());
                return 1;
            } finally {
                Arrays.fill(password, ' ');
                spec.commandLine().getOut().flush();
            }
        }

        private char[] read() throws IOException {
            if (passwordFile != null) {
                String line = Files.readAllLines(passwordFile, StandardCharsets.UTF_8).stream().findFirst().orElse("");
                return line.toCharArray();
            }
            Console console = System.console();
            if (isTerminal(console)) {
                char[] first = console.readPassword("Password (at least 12 characters): ");
                char[] second = console.readPassword("Repeat it: ");
                if (first == null || !Arrays.equals(first, second)) {
                    spec.commandLine().getErr().println("admin: the two passwords differ; nothing changed.");
                    return null;
                }
                return first;
            }
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            return line == null ? new char[0] : line.toCharArray();
        }

        /** Console.isTerminal() exists from Java 22; on 21 a non-null console is a terminal. */
        private static boolean isTerminal(Console console) {
            if (console == null) return false;
            try {
                return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
            } catch (ReflectiveOperationException e) {
                return true;
            }
        }
    }

    @Command(name = "create-user", mixinStandardHelpOptions = true, description = "Create an account of the admin pages "
            + "(the first admin of a new site, or anyone later). The password is asked on the terminal, or read from "
            + "--password-file or one line of standard input.")
    static final class CreateUser extends PasswordInput {
        @Parameters(paramLabel = "NAME", description = "The user's name (2 to 60 letters, digits, spaces, dots, hyphens, underscores).")
        String name;
        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "admin, editor, author or moderator.")
        String role;

        @Override
        String run(Accounts accounts, char[] password) {
            Role r = Role.parse(role).orElseThrow(() -> new IllegalArgumentException("no role '" + role + "': admin, editor, author or moderator"));
            User u = accounts.create(name, r, password, COMMAND_LINE);
            return "Created " + u.name() + " (" + r.label() + "). Log in at /admin/login.";
        }
    }

    @Command(name = "set-password", mixinStandardHelpOptions = true, description = "Set a user's password (ends their sessions). "
            + "The password is asked on the terminal, or read from --password-file or one line of standard input.")
    static final class SetPassword extends PasswordInput {
        @Parameters(paramLabel = "NAME", defaultValue = "admin", description = "The user. Default: admin.")
        String name;

        @Override
        String run(Accounts accounts, char[] password) {
            User u = accounts.users().byName(name).orElseThrow(() -> new IllegalArgumentException(
                    "no user '" + name + "'; create one with: ./newsdesk admin create-user NAME --role admin"));
            accounts.setPassword(u, password, null, COMMAND_LINE);
            return "Password of " + u.name() + " set; their sessions are ended. Log in at /admin/login.";
        }
    }
}
