package io.newsdesk.app.ops.backup;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Properties;

/**
 * {@code newsdesk backup} and {@code restore}: a data directory copied while the site runs and writes. The SQLite
 * database is snapshotted with {@code VACUUM INTO} ({@link SqliteSnapshot}); the media (content-addressed files,
 * written atomically, never changed) and the configuration files ({@code ads.txt}, installed translation models) are
 * copied as they are. The search index is not copied: a site rebuilds it from the database when it is missing.
 * A restore goes only into a data directory that is empty or absent, so it can never overwrite a site.
 */
public final class DataBackup {
    public static final String DATABASE = "newsdesk.db";
    public static final String MANIFEST = "backup.properties";
    /** Not copied: the database (snapshotted instead) and its WAL files, and the search index (rebuilt). */
    private static final List<String> SKIPPED = List.of(DATABASE, DATABASE + "-wal", DATABASE + "-shm", DATABASE + "-journal", "index");

    /** What a backup holds; {@code mediaFrom} is the media directory copied into {@code media/} when it lay outside the data directory, else null. */
    public record Summary(Path dir, boolean database, long articles, String schemaVersion, int files, Path mediaFrom) {}

    private DataBackup() {
    }

    /**
     * Copies {@code dataDir} into {@code to} (absent or empty, not inside the data directory).
     * @param withDatabase false when the database is on PostgreSQL (pg_dump copies it): the files only
     */
    public static Summary backup(Path dataDir, Path to, boolean withDatabase) throws IOException, SQLException {
        return backup(dataDir, dataDir.resolve("media"), to, withDatabase);
    }

    /**
     * As {@link #backup(Path, Path, boolean)}, the stored images read from {@code mediaDir} (NEWSDESK_MEDIA_DIR): one
     * outside the data directory (a shared folder of several nodes) is copied into the backup's {@code media/}, where a
     * restore puts it in the new data directory's {@code media/}.
     */
    public static Summary backup(Path dataDir, Path mediaDir, Path to, boolean withDatabase) throws IOException, SQLException {
        Path data = dataDir.toAbsolutePath().normalize();
        Path media = mediaDir.toAbsolutePath().normalize();
        Path target = to.toAbsolutePath().normalize();
        boolean mediaOutside = !media.startsWith(data);
        if (mediaOutside && (target.startsWith(media) || media.startsWith(target))) {
            throw new IllegalArgumentException("the backup and the media directory " + mediaDir + " cannot hold one another");
        }
        if (!Files.isDirectory(data)) throw new IllegalArgumentException("no data directory at " + dataDir);
        if (target.startsWith(data)) throw new IllegalArgumentException("the backup cannot go inside the data directory " + dataDir);
        if (data.startsWith(target)) throw new IllegalArgumentException("the backup cannot hold the data directory " + dataDir);
        requireEmpty(target, "backup directory");
        if (withDatabase && !Files.isRegularFile(data.resolve(DATABASE))) {
            throw new IllegalArgumentException("no database at " + data.resolve(DATABASE));
        }
        Files.createDirectories(target);
        long articles = 0;
        String schema = "n/a";
        if (withDatabase) {
            // first, so that the files copied after it are at least as new as what the database refers to
            Path copy = target.resolve(DATABASE + ".partial");
            SqliteSnapshot.copy(data.resolve(DATABASE), copy);
            Files.move(copy, target.resolve(DATABASE), StandardCopyOption.ATOMIC_MOVE);
            articles = SqliteSnapshot.count(target.resolve(DATABASE), "articles");
            schema = SqliteSnapshot.schemaVersion(target.resolve(DATABASE));
        }
        int files = copyTree(data, target);
        if (mediaOutside && Files.isDirectory(media)) files += copyTree(media, target.resolve("media"));
        Properties manifest = new Properties();
        manifest.setProperty("created", Instant.now().toString());
        manifest.setProperty("from", data.toString());
        manifest.setProperty("database", withDatabase ? DATABASE : "not included (PostgreSQL: use pg_dump)");
        manifest.setProperty("articles", Long.toString(articles));
        manifest.setProperty("schema", schema);
        manifest.setProperty("files", Integer.toString(files));
        manifest.setProperty("media", mediaOutside ? media + " (copied into media/)" : "media/");
        try (var out = Files.newBufferedWriter(target.resolve(MANIFEST))) {
            manifest.store(out, "Newsdesk backup: restore with `newsdesk restore --from DIR --data NEW_DIR`");
        }
        return new Summary(target, withDatabase, articles, schema, files, mediaOutside && Files.isDirectory(media) ? media : null);
    }

    /** Copies a backup into {@code dataDir}, which must be empty or absent; the database's integrity is checked first. */
    public static Summary restore(Path from, Path dataDir) throws IOException, SQLException {
        Path source = from.toAbsolutePath().normalize();
        Path data = dataDir.toAbsolutePath().normalize();
        if (!Files.isRegularFile(source.resolve(MANIFEST))) {
            throw new IllegalArgumentException(from + " is not a Newsdesk backup (no " + MANIFEST + ")");
        }
        requireEmpty(data, "data directory");
        boolean withDatabase = Files.isRegularFile(source.resolve(DATABASE));
        if (withDatabase) {
            List<String> problems = SqliteSnapshot.integrityProblems(source.resolve(DATABASE));
            if (!problems.isEmpty()) throw new IllegalStateException("the backup's database is damaged: " + String.join("; ", problems));
        }
        Files.createDirectories(data);
        int files = copyTree(source, data);
        long articles = 0;
        String schema = "n/a";
        if (withDatabase) {
            Path partial = data.resolve(DATABASE + ".partial");
            Files.copy(source.resolve(DATABASE), partial);
            Files.move(partial, data.resolve(DATABASE), StandardCopyOption.ATOMIC_MOVE);
            articles = SqliteSnapshot.count(data.resolve(DATABASE), "articles");
            schema = SqliteSnapshot.schemaVersion(data.resolve(DATABASE));
        }
        return new Summary(data, withDatabase, articles, schema, files, null);
    }

    private static void requireEmpty(Path dir, String what) throws IOException {
        if (!Files.exists(dir)) return;
        if (!Files.isDirectory(dir)) throw new IllegalArgumentException("the " + what + " " + dir + " is a file");
        try (var entries = Files.list(dir)) {
            if (entries.findAny().isPresent()) {
                throw new IllegalArgumentException("the " + what + " " + dir + " is not empty: give a new or empty directory");
            }
        }
    }

    /** Copies every file under {@code from} into {@code to} but the database, the index and the manifest. */
    private static int copyTree(Path from, Path to) throws IOException {
        int[] files = {0};
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (!dir.equals(from) && dir.getParent().equals(from) && SKIPPED.contains(dir.getFileName().toString())) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                String name = file.getFileName().toString();
                boolean top = file.getParent().equals(from);
                if (top && (SKIPPED.contains(name) || name.equals(MANIFEST) || name.endsWith(".partial"))) return FileVisitResult.CONTINUE;
                if (!attrs.isRegularFile()) return FileVisitResult.CONTINUE; // sockets, links: not site data
                try {
                    Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
                    files[0]++;
                } catch (java.nio.file.FileAlreadyExistsException same) {
                    // an image in both the data directory's media/ and the media directory: named by its content, so the same
                } catch (java.nio.file.NoSuchFileException gone) {
                    // a temporary file renamed while we walked (an image being stored): copied under its new name
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                // a temporary file renamed away while we walked (an image being stored): it is copied under its new name
                if (e instanceof java.nio.file.NoSuchFileException) return FileVisitResult.CONTINUE;
                throw e;
            }
        });
        return files[0];
    }
}
