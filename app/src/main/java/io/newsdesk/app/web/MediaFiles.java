package io.newsdesk.app.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Images stored in the data directory's {@code media} folder (imported images under {@code img/}, demo illustrations). */
public final class MediaFiles {
    private MediaFiles() {}

    public static void serve(Context ctx, Path root) throws IOException {
        Path base = root.toAbsolutePath().normalize();
        Path file = base.resolve(ctx.pathParam("path")).normalize();
        if (!file.startsWith(base) || !Files.isRegularFile(file)) throw new NotFoundResponse();
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String type = name.endsWith(".svg") ? "image/svg+xml" : name.endsWith(".png") ? "image/png"
                : name.endsWith(".webp") ? "image/webp" : name.endsWith(".jpg") || name.endsWith(".jpeg") ? "image/jpeg" : null;
        if (type == null) throw new NotFoundResponse();
        // stored images are named by their content's hash (news.StoredImage): their bytes never change
        boolean fingerprinted = base.relativize(file).toString().startsWith("img" + file.getFileSystem().getSeparator());
        ctx.header("Cache-Control", fingerprinted ? "public, max-age=31536000, immutable" : "public, max-age=86400");
        ctx.contentType(type).result(Files.readAllBytes(file));
    }
}
