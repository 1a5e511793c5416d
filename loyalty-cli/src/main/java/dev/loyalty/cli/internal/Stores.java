package dev.loyalty.cli.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.loyalty.spi.LoyaltyStore;
import dev.loyalty.spi.memory.InMemoryStore;
import dev.loyalty.store.jdbc.JdbcStore;

/**
 * Opens the store a {@code --store} option names: {@code memory} (the default), {@code h2:PATH} (an H2
 * file database at PATH) or {@code jdbc:URL} (H2 or PostgreSQL; user and password in the URL).
 */
public final class Stores {

    private Stores() {}

    /** A store and what closes it. */
    public record Opened(LoyaltyStore store, Runnable closer) implements AutoCloseable {
        @Override
        public void close() {
            closer.run();
        }
    }

    /**
     * Opens {@code spec}.
     *
     * @throws BadInputException if {@code spec} is none of the three forms
     */
    public static Opened open(String spec) {
        if (spec.equals("memory")) {
            return new Opened(InMemoryStore.create(), () -> {});
        }
        if (spec.startsWith("h2:") && spec.length() > 3) {
            return jdbc("jdbc:h2:file:" + spec.substring(3));
        }
        if (spec.startsWith("jdbc:h2:") || spec.startsWith("jdbc:postgresql:")) {
            return jdbc(spec);
        }
        throw new BadInputException("--store must be memory, h2:PATH or jdbc:URL (H2 or PostgreSQL), but was '" + spec + "'");
    }

    private static Opened jdbc(String url) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(2);
        config.setPoolName("loyalty-cli");
        HikariDataSource pool = new HikariDataSource(config);
        try {
            return new Opened(JdbcStore.create(pool), pool::close);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }
}
