package io.newsdesk.app.store.copy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsdesk.app.news.Article;
import io.newsdesk.app.store.Database;
import io.newsdesk.app.store.DatabaseUrl;
import io.newsdesk.app.store.Stores;
import io.newsdesk.app.store.TestPostgres;
import io.newsdesk.app.util.Sha256;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code db copy} on real databases: a site with rows in every table goes SQLite → PostgreSQL → SQLite and comes
 * back row for row, its file untouched; a target that holds anything is refused and left as it was.
 */
class DatabaseCopyTest {
    @TempDir
    static Path dir;
    static Path original;
    /** Every table's rows in key order, read with plain JDBC (not the copy's code). */
    static Map<String, List<List<Object>>> originalRows;

    @BeforeAll
    static void makeTheSite() throws Exception {
        original = dir.resolve("original");
        SiteWithEveryTable.make(original);
        originalRows = rows(original.resolve("newsdesk.db"));
    }

    @Test
    void aSiteGoesToPostgresqlAndBackRowForRowAndItsFileIsUntouched() throws Exception {
        List<String> empty = originalRows.entrySet().stream().filter(e -> e.getValue().isEmpty()).map(Map.Entry::getKey).toList();
        assertThat(empty).as("tables the test site leaves empty: give them a row in SiteWithEveryTable so their copy is tested").isEmpty();
        String hashBefore = Sha256.hex(original.resolve("newsdesk.db"));

        DatabaseUrl pg = TestPostgres.freshDatabase();
        List<String> lines = new ArrayList<>();
        DatabaseCopy.Report there = DatabaseCopy.copy(new CopyEnd.Sqlite(original), new CopyEnd.Postgres(pg), lines::add);
        assertThat(there.tables()).extracting(DatabaseCopy.TableCount::table).containsExactlyInAnyOrderElementsOf(originalRows.keySet());
        for (DatabaseCopy.TableCount t : there.tables()) {
            assertThat(t.copied()).as(t.table()).isEqualTo(originalRows.get(t.table()).size()).isEqualTo(t.source());
        }
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("articles"));
        DatabaseUrl migrated = TestPostgres.freshDatabase();
        Database.postgresql(migrated).close();
        assertThat(pgIndexes(pg)).as("indexes dropped for the copy are built again").isEqualTo(pgIndexes(migrated)).isNotEmpty();

        // the site reads the same articles on PostgreSQL
        try (Database onPg = Database.postgresql(pg); Database onSqlite = Database.sqlite(dir.resolve("reader"))) {
            Stores pgStores = Stores.over(onPg.jdbi());
            List<String> ids = originalRows.get("articles").stream().map(r -> (String) r.getFirst()).toList();
            for (String id : List.of(ids.getFirst(), ids.get(ids.size() / 2), ids.getLast())) {
                Article a = pgStores.articles().byId(id).orElseThrow();
                assertThat(a.id()).isEqualTo(id);
            }
            assertThat(pgStores.articles().countAll()).isEqualTo(ids.size());
        }

        Path back = dir.resolve("back");
        DatabaseCopy.copy(new CopyEnd.Postgres(pg), new CopyEnd.Sqlite(back), line -> { });
        Map<String, List<List<Object>>> returned = rows(back.resolve("newsdesk.db"));
        assertThat(returned.keySet()).isEqualTo(originalRows.keySet());
        for (String table : originalRows.keySet()) {
            assertThat(returned.get(table)).as(table).containsExactlyElementsOf(originalRows.get(table));
        }
        assertThat(sqliteIndexes(back)).isEqualTo(sqliteIndexes(original)).isNotEmpty();
        assertThat(Sha256.hex(original.resolve("newsdesk.db"))).as("the source's bytes").isEqualTo(hashBefore);
        assertThat(Files.exists(original.resolve("newsdesk.db-wal")) && Files.size(original.resolve("newsdesk.db-wal")) > 0).isFalse();
    }

    @Test
    void aTargetThatHoldsAnythingIsRefusedAndKeptAsItWas() throws Exception {
        DatabaseUrl pg = TestPostgres.freshDatabase();
        DatabaseCopy.copy(new CopyEnd.Sqlite(original), new CopyEnd.Postgres(pg), line -> { });
        int articles;
        try (Database onPg = Database.postgresql(pg)) {
            articles = Stores.over(onPg.jdbi()).articles().countAll();
        }
        Path other = dir.resolve("other-site");
        try (Database db = Database.sqlite(other)) {
            io.newsdesk.app.demo.DemoSite.load(Stores.over(db.jdbi()), other, java.time.Clock.systemUTC());
        }
        assertThatThrownBy(() -> DatabaseCopy.copy(new CopyEnd.Sqlite(other), new CopyEnd.Postgres(pg), line -> { }))
                .isInstanceOf(CopyRefused.class)
                .hasMessageContaining(pg.toString() + " is not empty").hasMessageContaining("ad_slots").hasMessageContaining("createdb");
        try (Database onPg = Database.postgresql(pg)) {
            assertThat(Stores.over(onPg.jdbi()).articles().countAll()).isEqualTo(articles);
        }
        String otherHash = Sha256.hex(original.resolve("newsdesk.db"));
        assertThatThrownBy(() -> DatabaseCopy.copy(new CopyEnd.Postgres(pg), new CopyEnd.Sqlite(original), line -> { }))
                .isInstanceOf(CopyRefused.class).hasMessageContaining("is not empty").hasMessageContaining("new data directory");
        assertThat(Sha256.hex(original.resolve("newsdesk.db"))).isEqualTo(otherHash);
        assertThatThrownBy(() -> DatabaseCopy.copy(new CopyEnd.Sqlite(original), new CopyEnd.Sqlite(original.resolve(".")), line -> { }))
                .isInstanceOf(CopyRefused.class).hasMessageContaining("same database");
        assertThatThrownBy(() -> DatabaseCopy.copy(new CopyEnd.Sqlite(dir.resolve("nothing-here")), new CopyEnd.Sqlite(dir.resolve("t")), line -> { }))
                .isInstanceOf(CopyRefused.class).hasMessageContaining("no database at");
    }

    @Test
    void aCopyThatFailsHalfwayLeavesTheTargetEmpty() throws Exception {
        // a hand-made row the PostgreSQL schema cannot hold (SQLite does not enforce VARCHAR lengths)
        Path broken = dir.resolve("broken");
        Files.createDirectories(broken);
        Files.copy(original.resolve("newsdesk.db"), broken.resolve("newsdesk.db"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + broken.resolve("newsdesk.db")); Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO settings (name, value) VALUES ('" + "x".repeat(300) + "', 'too long a name for VARCHAR(100)')");
        }
        DatabaseUrl pg = TestPostgres.freshDatabase();
        assertThatThrownBy(() -> DatabaseCopy.copy(new CopyEnd.Sqlite(broken), new CopyEnd.Postgres(pg), line -> { }))
                .isInstanceOf(CopyRefused.class).hasMessageContaining("settings").hasMessageContaining("is empty again");
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl(), pg.user(), "")) {
            assertThat(SchemaTables.allTableNames(c)).isEmpty();
        }
    }

    @Test
    void copyEndsAreReadAndNeverShowThePassword() {
        Map<String, String> env = Map.of("NEWSDESK_DATABASE_PASSWORD", "s3cret-source", "NEWSDESK_TARGET_DATABASE_PASSWORD", "s3cret-target");
        CopyEnd target = CopyEnd.parse("postgresql://news@db.example:5433/newsdesk", CopyEnd.targetEnvironment(env));
        assertThat(target).isInstanceOf(CopyEnd.Postgres.class);
        assertThat(((CopyEnd.Postgres) target).url().password()).isEqualTo("s3cret-target");
        assertThat(target.toString()).isEqualTo("postgresql://news@db.example:5433/newsdesk").doesNotContain("s3cret");
        assertThat(((CopyEnd.Postgres) CopyEnd.parse("postgres://news@db.example/newsdesk", env)).url().password()).isEqualTo("s3cret-source");
        assertThat(CopyEnd.parse("sqlite:/srv/news/data", env)).isEqualTo(new CopyEnd.Sqlite(Path.of("/srv/news/data")));
        assertThat(CopyEnd.parse("/srv/news/data/newsdesk.db", env)).isEqualTo(new CopyEnd.Sqlite(Path.of("/srv/news/data")));
        assertThat(CopyEnd.parse("./data2", env)).isEqualTo(new CopyEnd.Sqlite(Path.of("./data2")));
        assertThatThrownBy(() -> CopyEnd.parse("mysql://news@db/newsdesk", env)).hasMessageContaining("unknown kind of database");
        assertThatThrownBy(() -> CopyEnd.parse("postgresql://news:pw@db/newsdesk", env)).hasMessageContaining("must not contain a password");
        // an unreachable server: the error names it, without the password
        CopyEnd nowhere = CopyEnd.parse("postgresql://news@127.0.0.1:9/newsdesk", env);
        assertThatThrownBy(() -> DatabaseCopy.copy(new CopyEnd.Sqlite(original), nowhere, line -> { }))
                .hasMessageContaining("postgresql://news@127.0.0.1:9/newsdesk").satisfies(e -> assertThat(e.getMessage()).doesNotContain("s3cret"));
    }

    @Test
    void postgresqlSequencesArePutPastTheCopiedIds() throws Exception {
        // no table of today's schema has one; a later migration's serial or identity column must not collide after a copy
        DatabaseUrl pg = TestPostgres.freshDatabase();
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl(), pg.user(), ""); Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            st.execute("CREATE TABLE counted (id BIGSERIAL PRIMARY KEY, note TEXT)");
            st.execute("CREATE TABLE numbered (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, note TEXT)");
            st.execute("INSERT INTO counted (id, note) VALUES (5, 'a'), (41, 'b')");
            st.execute("INSERT INTO numbered (id, note) OVERRIDING SYSTEM VALUE VALUES (7, 'c')");
            c.commit();
            assertThat(Sequences.alwaysGenerated(c)).containsExactly("numbered");
            assertThat(Sequences.setPastLargest(c)).containsExactly("counted.id → 42", "numbered.id → 8");
            try (ResultSet rs = st.executeQuery("INSERT INTO counted (note) VALUES ('next') RETURNING id")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(42);
            }
        }
    }

    /** The indexes of a PostgreSQL database's schema, each as its definition. */
    static List<String> pgIndexes(DatabaseUrl url) throws Exception {
        return strings(DriverManager.getConnection(url.jdbcUrl(), url.user(), ""),
                "SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema() ORDER BY indexname");
    }

    /** The indexes of a SQLite site, each as its definition (null for the automatic ones of keys). */
    static List<String> sqliteIndexes(Path dataDir) throws Exception {
        return strings(DriverManager.getConnection("jdbc:sqlite:file:" + dataDir.resolve("newsdesk.db") + "?mode=ro"),
                "SELECT name || ': ' || COALESCE(sql, '') FROM sqlite_master WHERE type = 'index' ORDER BY name");
    }

    private static List<String> strings(Connection connection, String query) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection c = connection; Statement st = c.createStatement(); ResultSet rs = st.executeQuery(query)) {
            while (rs.next()) values.add(rs.getString(1));
        }
        return values;
    }

    /** Each table of a SQLite file (Flyway's history aside): its rows in primary-key order, every column. */
    static Map<String, List<List<Object>>> rows(Path file) throws Exception {
        Map<String, List<List<Object>>> tables = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + file + "?mode=ro"); Statement st = c.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                    + " AND name <> 'flyway_schema_history' ORDER BY name")) {
                while (rs.next()) names.add(rs.getString(1));
            }
            for (String table : names) {
                List<List<Object>> rows = new ArrayList<>();
                // every column, in declared order, sorted by all of them: the same order for the same rows
                try (ResultSet rs = st.executeQuery("SELECT * FROM " + table + " ORDER BY " + allColumns(c, table))) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        List<Object> row = new ArrayList<>();
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            Object v = rs.getObject(i);
                            row.add(v instanceof Integer n ? Long.valueOf(n) : v);
                        }
                        rows.add(row);
                    }
                }
                tables.put(table, rows);
            }
        }
        return tables;
    }

    private static String allColumns(Connection c, String table) throws Exception {
        List<String> columns = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA table_info(" + table + ")")) {
            while (rs.next()) columns.add(rs.getString("name"));
        }
        return String.join(", ", columns);
    }
}
