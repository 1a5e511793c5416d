package dev.loyalty.store.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.stream.IntStream;

/** In-memory H2 databases for the tests, each behind a small pool, shared by the test JVM. */
final class H2Databases {

    private static final StorePool POOL = new StorePool(IntStream.range(0, 4).mapToObj(i -> pooled("jdbc:h2:mem:loyalty-" + i
            + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000;QUERY_CACHE_SIZE=64", "h2-" + i)).toList());

    private H2Databases() {}

    /** The shared pool of in-memory databases. */
    static StorePool pool() {
        return POOL;
    }

    /** A pool of up to 32 connections to {@code url}. */
    static HikariDataSource pooled(String url, String name) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername("sa");
        config.setPassword("");
        config.setMaximumPoolSize(32);
        config.setMinimumIdle(1);
        config.setPoolName(name);
        return new HikariDataSource(config);
    }

}
