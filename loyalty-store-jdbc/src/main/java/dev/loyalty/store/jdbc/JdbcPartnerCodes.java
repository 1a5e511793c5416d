package dev.loyalty.store.jdbc;

import dev.loyalty.core.MemberId;
import dev.loyalty.spi.PartnerCodePool;
import dev.loyalty.store.jdbc.internal.SqlPartnerCodes;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Partner code pools in the same database as the {@link JdbcStore} (table {@code loyalty_partner_code},
 * created by the store's migrations: build the store first, or run the scripts yourself). Drawing is
 * safe under concurrency on H2 and PostgreSQL: each code is drawn once, and a draw retried under the same
 * request key gets the same code.
 *
 * <pre>{@code
 * PartnerCodePool partners = JdbcPartnerCodes.create(dataSource);
 * partners.add("cinema", List.of("CIN-7Q2K-001", "CIN-7Q2K-002"));
 * LoyaltyEngine engine = LoyaltyEngine.builder().program(program).store(store).partnerCodes(partners).build();
 * }</pre>
 */
public final class JdbcPartnerCodes implements PartnerCodePool {

    private final SqlPartnerCodes pools;

    private JdbcPartnerCodes(SqlPartnerCodes pools) {
        this.pools = pools;
    }

    /** Pools in {@code dataSource}, whose schema the store's migrations brought up to date. */
    public static JdbcPartnerCodes create(DataSource dataSource) {
        return new JdbcPartnerCodes(new SqlPartnerCodes(dataSource, 10));
    }

    @Override
    public void add(String pool, List<String> codes) {
        pools.add(pool, codes);
    }

    @Override
    public Optional<String> draw(String pool, MemberId member, String requestKey) {
        return pools.draw(pool, member, requestKey);
    }

    @Override
    public long remaining(String pool) {
        return pools.remaining(pool);
    }
}
