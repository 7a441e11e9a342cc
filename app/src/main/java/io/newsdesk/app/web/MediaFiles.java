package io.newsdesk.app.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Images stored in the data directory's {@code media} folder (lead images, demo illustrations). */
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
        ctx.header("Cache-Control", "public, max-age=86400");
        ctx.contentType(type).result(Files.readAllBytes(file));
    }
}
