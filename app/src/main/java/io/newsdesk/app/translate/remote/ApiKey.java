package io.newsdesk.app.translate.remote;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A service key, read from an environment variable or from a file named by another. The key itself is only
 * reachable inside this package: {@link #toString()} names where it came from, never its value, so that it
 * cannot end up in a log line, an exception or a stored failure reason.
 */
public final class ApiKey {
    private final String secret;
    private final String origin;

    ApiKey(String secret, String origin) {
        this.secret = Objects.requireNonNull(secret, "secret").strip();
        this.origin = Objects.requireNonNull(origin, "origin");
        if (this.secret.isEmpty()) throw new IllegalArgumentException(origin + " is empty");
    }

    /** A key given in code (tests, admin); {@code origin} says where an operator should look to fix it. */
    public static ApiKey of(String secret, String origin) {
        return new ApiKey(secret, origin);
    }

    /**
     * The key from {@code variable}, or from the file named by {@code fileVariable}; empty when neither is set.
     *
     * @throws IllegalArgumentException when both are set, or the file cannot be read or is empty
     */
    public static Optional<ApiKey> fromEnvironment(Map<String, String> env, String variable, String fileVariable) {
        String direct = blankToNull(env.get(variable));
        String file = blankToNull(env.get(fileVariable));
        if (direct != null && file != null) {
            throw new IllegalArgumentException("set " + variable + " or " + fileVariable + ", not both");
        }
        if (direct != null) return Optional.of(new ApiKey(direct, variable));
        if (file == null) return Optional.empty();
        Path path = Path.of(file);
        String content;
        try {
            content = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            // the exception names the file, which is not secret; its content never appears
            throw new IllegalArgumentException(fileVariable + ": cannot read the key file " + path + " (" + e.getClass().getSimpleName() + ")");
        }
        if (content.isBlank()) throw new IllegalArgumentException(fileVariable + ": the key file " + path + " is empty");
        return Optional.of(new ApiKey(content, fileVariable));
    }

    /** The key; package-private so that only the adapters that send it can read it. */
    String secret() {
        return secret;
    }

    /** The environment variable (or other place) the key came from, for "check ..." advice in reasons. */
    public String origin() {
        return origin;
    }

    /** DeepL marks keys of its free plan with a {@code :fx} suffix; they only work on the free host. */
    public boolean isDeepLFreeKey() {
        return secret.endsWith(":fx");
    }

    /** Replaces the key wherever a service echoed it back, before text goes into a reason or a log. */
    String redact(String text) {
        return text == null ? null : text.replace(secret, "[key]");
    }

    @Override
    public String toString() {
        return "ApiKey[from " + origin + "]";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
