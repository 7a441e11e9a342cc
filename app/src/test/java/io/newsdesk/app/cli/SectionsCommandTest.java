package io.newsdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.app.content.ArticleWriter;
import io.newsdesk.app.news.ArticleDraft;
import io.newsdesk.app.news.ArticleStatus;
import io.newsdesk.app.store.Database;
import io.newsdesk.app.store.Stores;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code ./newsdesk sections}: a site run from the command line manages its sections (issue 13, fresh sites). */
class SectionsCommandTest {
    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {}

    Run sections(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        String[] all = new String[args.length + 3];
        all[0] = "sections";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--data";
        all[args.length + 2] = dir.toString();
        int exit = cli.execute(all);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void addListRenameAndRemoveOnlyWhatIsEmpty() {
        assertThat(sections("list").out()).contains("no sections yet");
        assertThat(sections("add", "Local News").out()).contains("added local-news (Local News) at /section/local-news");
        assertThat(sections("add", "Harbour", "--slug", "port").exit()).isZero();
        assertThat(sections("add", "Local News").err()).contains("a section 'local-news' exists already");
        assertThat(sections("add", "Bad", "--slug", "Not A Slug").exit()).isEqualTo(1);

        assertThat(sections("rename", "port", "Port and Harbour").exit()).isZero();
        assertThat(sections("list").out()).contains("local-news\tLocal News").contains("port\tPort and Harbour");

        try (Database db = Database.sqlite(dir)) {
            Stores stores = Stores.over(db.jdbi());
            String id = stores.sections().bySlug("local-news").orElseThrow().id();
            new ArticleWriter(db.jdbi(), stores.articles()).save(new ArticleDraft("Quiet day", null, "<p>Nothing happened.</p>",
                    null, null, null, null, id, List.of(), "en", ArticleStatus.PUBLISHED, Instant.now(), null, null));
        }
        Run refused = sections("remove", "local-news");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("still has 1 articles");
        assertThat(sections("remove", "port").exit()).isZero();
        assertThat(sections("list").out()).doesNotContain("port").contains("local-news");
        assertThat(sections("remove", "nowhere").err()).contains("no section 'nowhere'");
    }
}
