package io.newsdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.app.TestSite;
import io.newsdesk.app.accounts.Role;
import io.newsdesk.app.accounts.UserStore;
import io.newsdesk.app.store.Database;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code ./newsdesk admin create-user} and {@code set-password}: the first admin from a terminal or a script (issue 14). */
class AdminCommandTest {
    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {}

    Run admin(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        List<String> all = new ArrayList<>(List.of("admin"));
        all.addAll(List.of(args));
        all.addAll(List.of("--data", dir.resolve("data").toString()));
        return new Run(cli.execute(all.toArray(String[]::new)), out.toString(), err.toString());
    }

    @Test
    void createUserFromAPasswordFileThenLogInOverHttp() throws Exception {
        Path file = dir.resolve("pw");
        Files.writeString(file, "river otter lantern 42\n");
        Path weak = dir.resolve("weak");
        Files.writeString(weak, "password1234\n");

        assertThat(admin("create-user", "Olena", "--role", "chief", "--password-file", file.toString()).err()).contains("no role 'chief'");
        Run refused = admin("create-user", "Olena", "--role", "admin", "--password-file", weak.toString());
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("too common");
        Run made = admin("create-user", "Olena", "--role", "admin", "--password-file", file.toString());
        assertThat(made.exit()).as(made.err()).isZero();
        assertThat(made.out()).contains("Created Olena (admin)");
        assertThat(admin("create-user", "olena", "--role", "editor", "--password-file", file.toString()).err()).contains("taken");

        Files.writeString(file, "harbour kestrel 1987 tea\n");
        assertThat(admin("set-password", "Olena", "--password-file", file.toString()).exit()).isZero();
        assertThat(admin("set-password", "nobody", "--password-file", file.toString()).err()).contains("no user 'nobody'");

        try (Database db = Database.sqlite(dir.resolve("data"))) {
            assertThat(new UserStore(db.jdbi()).byName("Olena").orElseThrow().role()).isEqualTo(Role.ADMIN);
        }
        try (TestSite site = TestSite.empty(dir.resolve("data"), "")) {
            assertThat(site.login("Olena", "river otter lantern 42").statusCode()).isEqualTo(401);
            assertThat(site.login("Olena", "harbour kestrel 1987 tea").statusCode()).isEqualTo(303);
        }
    }
}
