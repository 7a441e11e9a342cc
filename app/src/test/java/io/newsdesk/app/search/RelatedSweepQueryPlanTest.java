package io.newsdesk.app.search;

import static io.newsdesk.app.search.RelatedArticlesTest.newsSection;
import static io.newsdesk.app.search.RelatedArticlesTest.steadyArchive;
import static io.newsdesk.app.search.RelatedArticlesTest.writer;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.app.TestSite;
import io.newsdesk.app.site.PageQueries;
import io.newsdesk.app.store.TestDatabase;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlLogger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 17: the Related sweep's queries are bounded like the pages' ({@code PageQueryPlanTest}'s judge). Its look-up
 * of a batch's articles once filtered the published-status index for their ids: every published row read for each
 * batch of 100, so a whole sweep of a 1,000,000-article site took hours.
 */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class RelatedSweepQueryPlanTest {
    @TempDir
    Path dir;

    @Parameter
    TestDatabase database;

    @Test
    void everyQueryOfASweepIsBounded() throws Exception {
        try (TestSite site = TestSite.withDemo(dir, database)) {
            steadyArchive(writer(site), newsSection(site), new Random(3), Instant.now());
            Jdbi jdbi = site.stores.jdbi();
            boolean postgres = database == TestDatabase.POSTGRESQL;
            // statistics as each database keeps them (PageQueryPlanTest): PostgreSQL's autovacuum's, none on SQLite
            if (postgres) jdbi.useHandle(h -> h.execute("ANALYZE"));
            site.site.searchIndexer().runOnce();
            RelatedLists lists = new RelatedLists(jdbi);
            RelatedSweep sweep = new RelatedSweep(jdbi, new RelatedArticles(site.site.searchIndex(), lists, 20), lists, 12);

            Thread self = Thread.currentThread();
            PageQueries queries = new PageQueries(postgres, t -> t == self);
            jdbi.setSqlLogger(queries);
            int written;
            try {
                written = RelatedListsTest.toTheEnd(sweep);
            } finally {
                jdbi.setSqlLogger(SqlLogger.NOP_SQL_LOGGER);
            }
            assertThat(written).as("the archive's lists").isGreaterThan(100);
            List<String> problems = queries.take().stream()
                    .flatMap(q -> q.problems(postgres).stream().map(p -> p + "\n    in " + q.sql().replaceAll("\\s+", " ")))
                    .toList();
            assertThat(problems).as("unbounded queries of the sweep").isEmpty();
        }
    }
}
