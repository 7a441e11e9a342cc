package io.newsdesk.app.language;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.app.ingest.sources.NewSource;
import io.newsdesk.app.ingest.sources.SourceKind;
import io.newsdesk.app.ingest.sources.SourceStore;
import io.newsdesk.app.store.Database;
import io.newsdesk.app.store.OutletStore;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LanguageSetTest {
    @TempDir
    Path dir;

    @Test
    void siteSourcesAndOutletsLanguages() {
        try (Database db = Database.sqlite(dir)) {
            SourceStore sources = new SourceStore(db.jdbi());
            sources.add(NewSource.of("https://kyiv.example/feed", SourceKind.RSS, "Kyiv Daily").withLanguage("uk"));
            sources.add(NewSource.of("https://berlin.example/feed", SourceKind.RSS, "Berlin Blatt").withLanguage("de-DE"));
            sources.add(NewSource.of("https://any.example/feed", SourceKind.RSS, "Anything Goes")); // declared "auto"
            new OutletStore(db.jdbi()).create("gazeta", "Gazeta", "https://gazeta.example", "pl", null);
            new OutletStore(db.jdbi()).create("unknown", "Unknown", "https://unknown.example", "und", null);

            assertThat(LanguageSet.of(db.jdbi(), "en-GB")).containsExactly("de", "en", "pl", "uk");
        }
    }
}
