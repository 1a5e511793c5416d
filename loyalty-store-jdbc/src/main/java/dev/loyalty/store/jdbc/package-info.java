/**
 * The {@link dev.loyalty.spi.LoyaltyStore} on JDBC: H2 (embedded, file or memory) and PostgreSQL, with
 * the schema managed by Flyway migrations shipped in this jar. Start from
 * {@link dev.loyalty.store.jdbc.JdbcStore#builder(javax.sql.DataSource)}.
 *
 * <p>The host supplies the {@link javax.sql.DataSource} (a connection pool such as HikariCP) and the JDBC
 * driver ({@code com.h2database:h2} or {@code org.postgresql:postgresql}); this module depends on
 * neither.
 */
@NullMarked
package dev.loyalty.store.jdbc;

import org.jspecify.annotations.NullMarked;
