package io.newsdesk.app.store;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Where a PostgreSQL database is and how to pool connections to it, from {@code NEWSDESK_DATABASE_URL} (or
 * {@code --database}) and its companions. The password comes from {@code NEWSDESK_DATABASE_PASSWORD} or the file
 * named by {@code NEWSDESK_DATABASE_PASSWORD_FILE}, never from the URL (it would show in process listings and
 * shell histories), and {@link #toString} leaves it out so it is never printed or logged.
 */
public record DatabaseUrl(String host, int port, String database, String user, String password,
        int poolSize, Duration connectTimeout, Duration statementTimeout) {
    static final int DEFAULT_PORT = 5432;
    static final int DEFAULT_POOL_SIZE = 10;
    static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration DEFAULT_STATEMENT_TIMEOUT = Duration.ofSeconds(60);

    public DatabaseUrl {
        if (poolSize < 1 || poolSize > 500) throw new IllegalArgumentException("NEWSDESK_DATABASE_POOL_SIZE must be between 1 and 500, not " + poolSize);
    }

    /**
     * The PostgreSQL database the environment names, or empty for the embedded default (SQLite in the data
     * directory). {@code url} is the {@code --database} option when given; it wins over the environment.
     */
    public static Optional<DatabaseUrl> from(String url, Map<String, String> env) {
        String text = url != null && !url.isBlank() ? url.strip() : blankToNull(env.get("NEWSDESK_DATABASE_URL"));
        if (text == null) return Optional.empty();
        return Optional.of(parse(text, password(env),
                intSetting(env, "NEWSDESK_DATABASE_POOL_SIZE", DEFAULT_POOL_SIZE),
                Duration.ofSeconds(intSetting(env, "NEWSDESK_DATABASE_CONNECT_TIMEOUT_SECONDS", (int) DEFAULT_CONNECT_TIMEOUT.toSeconds())),
                Duration.ofSeconds(intSetting(env, "NEWSDESK_DATABASE_STATEMENT_TIMEOUT_SECONDS", (int) DEFAULT_STATEMENT_TIMEOUT.toSeconds()))));
    }

    /** Reads {@code postgresql://user@host:port/db} (also {@code postgres://} and {@code jdbc:postgresql://}). */
    static DatabaseUrl parse(String text, String password, int poolSize, Duration connectTimeout, Duration statementTimeout) {
        String s = text.startsWith("jdbc:") ? text.substring(5) : text;
        URI uri;
        try {
            uri = new URI(s);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("database URL is not a URL (expected postgresql://user@host:port/db)");
        }
        String scheme = uri.getScheme();
        if (!"postgresql".equalsIgnoreCase(scheme) && !"postgres".equalsIgnoreCase(scheme)) {
            throw new IllegalArgumentException("database URL must start with postgresql:// (leave NEWSDESK_DATABASE_URL unset for SQLite in the data directory)");
        }
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null && userInfo.contains(":")) {
            // the URL is printed in error messages and visible to other users of the machine: keep the password out
            throw new IllegalArgumentException("database URL must not contain a password: use NEWSDESK_DATABASE_PASSWORD or NEWSDESK_DATABASE_PASSWORD_FILE");
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) throw new IllegalArgumentException("database URL has no host (expected postgresql://user@host:port/db)");
        String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        if (path.isBlank() || path.contains("/")) throw new IllegalArgumentException("database URL must name one database (postgresql://user@host:port/db)");
        String user = uri.getUserInfo();
        if (user == null || user.isBlank()) throw new IllegalArgumentException("database URL must name a user (postgresql://user@host:port/db)");
        int port = uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort();
        return new DatabaseUrl(host, port, path, user, password, poolSize, connectTimeout, statementTimeout);
    }

    /** The JDBC URL: no user or password in it (they go to the driver separately). */
    public String jdbcUrl() {
        String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return "jdbc:postgresql://" + h + ":" + port + "/" + database;
    }

    /** The URL as the operator wrote it, without the password: safe to print. */
    @Override
    public String toString() {
        return "postgresql://" + user + "@" + host + ":" + port + "/" + database;
    }

    private static String password(Map<String, String> env) {
        String direct = env.get("NEWSDESK_DATABASE_PASSWORD");
        if (direct != null && !direct.isEmpty()) return direct;
        String file = blankToNull(env.get("NEWSDESK_DATABASE_PASSWORD_FILE"));
        if (file == null) return null;
        try {
            return Files.readString(Path.of(file), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read NEWSDESK_DATABASE_PASSWORD_FILE " + file + ": " + e.getMessage(), e);
        }
    }

    private static int intSetting(Map<String, String> env, String name, int fallback) {
        String v = blankToNull(env.get(name));
        if (v == null) return fallback;
        try {
            int n = Integer.parseInt(v);
            if (n < 1) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a positive whole number, not \"" + v + "\"");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
