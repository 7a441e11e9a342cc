package io.newsdesk.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToCreateStatementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SQLite's read statements kept prepared between uses, on a real database file in WAL mode. */
class KeptStatementsTest {
    private static final String BY_NAME = "SELECT value FROM settings WHERE name = :name";
    private static final String ALL = "SELECT name FROM settings ORDER BY name";

    @TempDir
    Path dir;

    Database db;
    Jdbi jdbi;
    KeptStatements keep;

    @BeforeEach
    void open() {
        db = Database.sqlite(dir);
        jdbi = db.jdbi();
        keep = (KeptStatements) jdbi.getStatementBuilderFactory();
        jdbi.useHandle(h -> {
            for (int i = 0; i < 5; i++) {
                h.execute("INSERT INTO settings (name, value) VALUES (?, ?)", "test." + i, "value " + i);
            }
        });
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aReadIsPreparedOnceAndAnswersEachUseWithItsOwnValues() {
        long before = keep.prepared();
        for (int i = 0; i < 5; i++) {
            String name = "test." + i;
            assertThat(valueOf(name)).contains("value " + i);
        }
        // one statement for five uses (the pool may have handed out more than one connection)
        assertThat(keep.prepared() - before).isBetween(1L, 2L);
        assertThat(valueOf("absent")).isEmpty();
    }

    private Optional<String> valueOf(String name) {
        return jdbi.withHandle(h -> h.createQuery(BY_NAME).bind("name", name).mapTo(String.class).findOne());
    }

    private List<String> names() {
        return jdbi.withHandle(h -> h.createQuery(ALL).mapTo(String.class).list());
    }

    /**
     * A kept statement keeps its last parameters (clearing them makes SQLite compile it again): a use that forgets one
     * must fail, not be answered with the value of the use before.
     */
    @Test
    void aUseMissingAParameterFailsInsteadOfReusingTheLastValue() {
        assertThat(valueOf("test.3")).contains("value 3");
        assertThatThrownBy(() -> jdbi.withHandle(h -> h.createQuery(BY_NAME).mapTo(String.class).findOne()))
                .isInstanceOf(UnableToCreateStatementException.class).hasMessageContaining("name");
        String positional = "SELECT value FROM settings WHERE name = ?";
        Optional<String> first = jdbi.withHandle(h -> h.createQuery(positional).bind(0, "test.1").mapTo(String.class).findOne());
        assertThat(first).contains("value 1");
        assertThatThrownBy(() -> jdbi.withHandle(h -> h.createQuery(positional).mapTo(String.class).findOne()))
                .isInstanceOf(UnableToCreateStatementException.class);
        assertThat(valueOf("test.4")).contains("value 4");
    }

    @Test
    void writesAreNotKept() {
        int before = keep.kept();
        jdbi.useHandle(h -> h.execute("UPDATE settings SET value = 'changed' WHERE name = 'test.1'"));
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM settings WHERE name = :n").bind("n", "test.2").execute());
        assertThat(keep.kept()).isEqualTo(before);
    }

    @Test
    void aKeptStatementSeesWritesMadeAfterItsLastUse() {
        assertThat(names()).hasSize(5);
        jdbi.useHandle(h -> h.execute("INSERT INTO settings (name, value) VALUES ('test.9', 'late')"));
        assertThat(names()).hasSize(6).contains("test.9");
    }

    @Test
    void aStatementReadOnlyInPartHoldsNoReadSnapshotOnceBack() {
        // the first of five rows, then the result set is closed early: the kept statement must be reset, or its read
        // transaction stays open and WAL cannot be checkpointed past it
        Optional<String> first = jdbi.withHandle(h -> h.createQuery(ALL).mapTo(String.class).findFirst());
        assertThat(first).contains("test.0");
        assertThat(keep.kept()).isPositive();
        jdbi.useHandle(h -> h.execute("INSERT INTO settings (name, value) VALUES ('test.8', 'after')"));
        List<Integer> checkpoint = jdbi.withHandle(h -> h.createQuery("PRAGMA wal_checkpoint(TRUNCATE)")
                .map((rs, ctx) -> rs.getInt(1)).list());
        assertThat(checkpoint).as("busy flag of the checkpoint").containsExactly(0);
    }

    @Test
    void theSameQueryRunInsideItsOwnLoopGetsAStatementOfItsOwn() {
        List<String> pairs = jdbi.withHandle(h -> {
            List<String> out = new ArrayList<>();
            h.createQuery(ALL).mapTo(String.class).useStream(names -> names.forEach(outer ->
                    out.add(outer + "/" + h.createQuery(ALL).mapTo(String.class).list().size())));
            return out;
        });
        assertThat(pairs).containsExactly("test.0/5", "test.1/5", "test.2/5", "test.3/5", "test.4/5");
    }

    @Test
    void atMostAFixedNumberAreKeptPerConnection() {
        jdbi.useHandle(h -> {
            for (int i = 0; i < KeptStatements.PER_CONNECTION + 40; i++) {
                h.createQuery("SELECT " + i + " AS n, name FROM settings LIMIT 1").mapTo(Integer.class).one();
            }
        });
        assertThat(keep.kept()).isEqualTo(KeptStatements.PER_CONNECTION);
        jdbi.useHandle(h -> assertThat(h.createQuery("SELECT COUNT(*) FROM settings").mapTo(Integer.class).one()).isEqualTo(5));
    }
}
