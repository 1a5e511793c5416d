package dev.loyalty.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A fresh, empty database for one benchmark trial, behind a connection pool: an H2 file database in a
 * new temporary directory, or a new schema on PostgreSQL ({@link PostgresServer}). Closing it closes the
 * pool and deletes the files or drops the schema.
 *
 * <p>H2 runs with {@code WRITE_DELAY=0}, the setting the store's documentation asks for so that a commit
 * is in the file when {@code append} returns; PostgreSQL with its default durability ({@code fsync} and
 * {@code synchronous_commit} on). The figures are of committed, durable appends.
 *
 * @param kind {@code h2} or {@code postgresql}
 * @param dataSource the pool
 * @param location the H2 directory or the PostgreSQL schema
 */
record Database(String kind, HikariDataSource dataSource, String location) implements AutoCloseable {

    /** Opens a fresh database of {@code kind} ({@code h2} or {@code postgresql}) with up to {@code connections}. */
    static Database open(String kind, String name, int connections) {
        return switch (kind.toLowerCase(Locale.ROOT)) {
            case "h2" -> h2(name, connections);
            case "postgresql" -> postgresql(name, connections);
            default -> throw new IllegalArgumentException("store must be h2 or postgresql, but was '" + kind + "'");
        };
    }

    private static Database h2(String name, int connections) {
        try {
            Path directory = Files.createTempDirectory("loyalty-bench-" + name);
            String url = "jdbc:h2:file:" + directory.resolve("loyalty") + ";WRITE_DELAY=0;LOCK_TIMEOUT=10000";
            return new Database("h2", pool(url, "sa", "", connections, null), directory.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Database postgresql(String name, int connections) {
        PostgresServer server = PostgresServer.get();
        String schema = "loyalty_bench_" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        server.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE", "CREATE SCHEMA " + schema);
        return new Database("postgresql", pool(server.url(), server.user(), server.password(), connections, schema), schema);
    }

    private static HikariDataSource pool(String url, String user, String password, int connections, @Nullable String schema) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(connections);
        config.setMinimumIdle(connections);
        config.setPoolName("bench");
        if (schema != null) {
            config.addDataSourceProperty("currentSchema", schema);
        }
        return new HikariDataSource(config);
    }

    /** Closes the pool, then deletes the H2 files or drops the PostgreSQL schema. */
    @Override
    public void close() {
        dataSource.close();
        if (kind.equals("h2")) {
            try (Stream<Path> files = Files.walk(Path.of(location))) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            PostgresServer.get().execute("DROP SCHEMA IF EXISTS " + location + " CASCADE");
        }
    }

    /** Runs {@code statements} on a connection of its own to {@code url}. */
    static void execute(String url, String user, String password, String... statements) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not run " + String.join("; ", statements) + " at " + url + ": " + e.getMessage(), e);
        }
    }
}
