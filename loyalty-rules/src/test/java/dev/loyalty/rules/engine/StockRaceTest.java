package dev.loyalty.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.loyalty.core.MemberId;
import dev.loyalty.rules.CompiledProgram;
import dev.loyalty.rules.LoyaltyEngine;
import dev.loyalty.rules.Outcome;
import dev.loyalty.rules.facts.Enrollment;
import dev.loyalty.rules.facts.Purchase;
import dev.loyalty.rules.facts.RedemptionRequest;
import dev.loyalty.spi.LoyaltyStore;
import dev.loyalty.spi.memory.InMemoryStore;
import dev.loyalty.store.jdbc.JdbcStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** Stock is never oversold: 16 threads redeem the last 10 units at once. */
class StockRaceTest {

    private static final int THREADS = 16;

    private static final CompiledProgram PROGRAM = CompiledProgram.compile("""
            program: drop
            version: "1"
            timeZone: Europe/Berlin
            currency: EUR
            pointTypes:
              - { id: points, kind: spendable }
            rewards:
              - { id: sneaker, name: The sneaker, cost: { pointType: points, amount: 100 }, kind: product, stock: 10 }
            """, Map.of("rules/earn.drl", """
            package drop;
            import dev.loyalty.rules.facts.*;
            global dev.loyalty.rules.facts.Decisions decisions;
            rule "earn" when Purchase() then decisions.earnPerUnit("points", 1); end
            """));

    static List<Outcome> race(LoyaltyStore store) throws Exception {
        LoyaltyEngine engine = LoyaltyEngine.builder().program(PROGRAM).store(store).build();
        List<MemberId> members = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            MemberId member = MemberId.of("m" + i);
            engine.handle(Enrollment.of(Shop.member(member.value())));
            engine.handle(Purchase.of("order", member, Shop.JAN_1, "EUR", "100.00", "shoes"));
            members.add(member);
        }
        List<Callable<Outcome>> redemptions = new ArrayList<>();
        for (MemberId member : members) {
            redemptions.add(() -> engine.handle(RedemptionRequest.reward("drop", member, Shop.JAN_1.plusSeconds(60), "sneaker")));
        }
        return Race.all(THREADS, redemptions);
    }

    static void assertExactlyTenRedeemed(List<Outcome> outcomes, LoyaltyStore store) {
        assertThat(outcomes).filteredOn(Outcome::isApplied).hasSize(10)
                .allSatisfy(outcome -> assertThat(outcome.points("points")).isEqualTo(-100));
        assertThat(outcomes).filteredOn(outcome -> !outcome.isApplied()).hasSize(THREADS - 10)
                .allSatisfy(outcome -> assertThat(outcome.refusal().orElseThrow().code()).isEqualTo("OUT_OF_STOCK"));
        assertThat(store.budgetUsed("stock:drop/sneaker")).isEqualTo(10);
        long redeemed = 0;
        for (int i = 0; i < THREADS; i++) {
            redeemed += store.load(MemberId.of("m" + i)).counter("reward.sneaker");
        }
        assertThat(redeemed).isEqualTo(10);
    }

    @Test
    void sixteenThreadsRedeemTheLastTenUnitsInMemory() throws Exception {
        InMemoryStore store = InMemoryStore.create();

        assertExactlyTenRedeemed(race(store), store);
    }

    @Test
    void sixteenThreadsRedeemTheLastTenUnitsOnH2() throws Exception {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:mem:stock-race;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000;QUERY_CACHE_SIZE=64");
        config.setUsername("sa");
        config.setPassword("");
        config.setMaximumPoolSize(THREADS);
        try (HikariDataSource pool = new HikariDataSource(config)) {
            JdbcStore store = JdbcStore.create(pool);

            assertExactlyTenRedeemed(race(store), store);
        }
    }
}
