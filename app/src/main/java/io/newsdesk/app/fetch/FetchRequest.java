package io.newsdesk.app.fetch;

import java.util.Objects;

/**
 * One fetch. {@code etag} and {@code lastModified} are the validators remembered from the previous
 * successful fetch (null when unknown); they turn the request into a conditional GET.
 */
public record FetchRequest(String url, String etag, String lastModified, FetchKind kind) {
    public FetchRequest {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(kind, "kind");
    }

    public static FetchRequest feed(String url) {
        return new FetchRequest(url, null, null, FetchKind.FEED);
    }

    public static FetchRequest page(String url) {
        return new FetchRequest(url, null, null, FetchKind.PAGE);
    }

    public static FetchRequest image(String url) {
        return new FetchRequest(url, null, null, FetchKind.IMAGE);
    }

    public FetchRequest conditional(String etag, String lastModified) {
        return new FetchRequest(url, etag, lastModified, kind);
    }
}
