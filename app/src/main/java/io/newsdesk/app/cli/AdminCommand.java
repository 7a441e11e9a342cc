package io.newsdesk.app.cli;

import io.newsdesk.app.admin.AdminAuth;
import io.newsdesk.app.store.Database;
import io.newsdesk.app.store.Stores;
import java.io.BufferedReader;
import java.io.Console;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "admin", mixinStandardHelpOptions = true, description = "Administration tasks.", subcommands = AdminCommand.SetPassword.class)
final class AdminCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(name = "set-password", mixinStandardHelpOptions = true, description = "Set the password of the admin pages (/admin). "
            + "Asks on the terminal, or reads one line from standard input when there is no terminal.")
    static final class SetPassword implements Callable<Integer> {
        @Mixin
        DataOption data = new DataOption();

        @Override
        public Integer call() throws Exception {
            char[] password = read();
            if (password == null) return 1;
            try (Database db = Database.sqlite(data.resolve())) {
                AdminAuth.setPassword(Stores.over(db.jdbi()).settings(), password);
            } catch (IllegalArgumentException e) {
                System.err.println("Password not set: " + e.getMessage() + ".");
                return 1;
            } finally {
                Arrays.fill(password, ' ');
            }
            System.out.println("Admin password set. Log in at /admin/login.");
            return 0;
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

        private static char[] read() throws java.io.IOException {
            Console console = System.console();
            if (isTerminal(console)) {
                char[] first = console.readPassword("New admin password: ");
                char[] second = console.readPassword("Repeat it: ");
                if (first == null || !Arrays.equals(first, second)) {
                    System.err.println("The two passwords differ; nothing changed.");
                    return null;
                }
                return first;
            }
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            return line == null ? new char[0] : line.toCharArray();
        }
    }
}
