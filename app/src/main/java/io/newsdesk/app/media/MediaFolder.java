package io.newsdesk.app.media;

import io.newsdesk.app.news.StoredImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The stored images' files under the data directory's {@code media} folder ({@link StoredImage#folder()}),
 * served as they are by the site. Content-addressed: a key's files are always the same, so writing them twice
 * (two workers, a retried job, a crash before the article's transaction) is harmless. Each file is written
 * to a temporary name and moved into place, so a reader never sees half a file.
 */
public final class MediaFolder {
    private final Path root;

    /** @param root the data directory's {@code media} folder */
    public MediaFolder(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** The image already stored under this key, when all its renditions are on disk. */
    public Optional<StoredImage> find(String key) {
        Path dir = root.resolve(StoredImage.folderOf(key));
        if (!Files.isDirectory(dir)) return Optional.empty();
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> StoredImage.parse("/media/" + root.relativize(f).toString().replace('\\', '/')))
                    .filter(java.util.Objects::nonNull)
                    .max((a, b) -> Integer.compare(a.width(), b.width()))
                    .filter(this::complete);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public boolean complete(StoredImage image) {
        return image.renditions().stream().allMatch(r -> Files.isRegularFile(file(r)));
    }

    /** Writes the renditions, the largest (the one an article names) last. */
    public void write(Map<StoredImage, byte[]> renditions) {
        try {
            for (var e : renditions.entrySet()) {
                Path target = file(e.getKey());
                if (Files.isRegularFile(target)) continue;
                Files.createDirectories(target.getParent());
                Path tmp = Files.createTempFile(target.getParent(), ".part-", ".tmp");
                try {
                    Files.write(tmp, e.getValue());
                    try {
                        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
                    } catch (AtomicMoveNotSupportedException x) {
                        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                } finally {
                    Files.deleteIfExists(tmp);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write images under " + root, e);
        }
    }

    Path file(StoredImage image) {
        return root.resolve(image.folder()).resolve(image.fileName());
    }
}
