package dev.loyalty.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.loyalty.rules.LoyaltyEngine;
import dev.loyalty.rules.Outcome;
import dev.loyalty.rules.facts.Enrollment;
import dev.loyalty.spi.LoyaltyStore;
import dev.loyalty.spi.memory.InMemoryStore;
import dev.loyalty.store.jdbc.JdbcStore;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * "Only the first 100 members get 500 bonus points": 300 eligible members buy at once on 16 threads, and
 * exactly 100 of them get the bonus; the other 200 still earn their base points.
 */
class EngineBudgetRaceTest {

    private static final int MEMBERS = 300;
    private static final int CAP = 100;
    private static final int THREADS = 16;

    @Test
    void theInMemoryStoreGivesExactlyOneHundredBonuses() throws Exception {
        race(InMemoryStore.create());
    }

    @Test
    void theJdbcStoreOnH2GivesExactlyOneHundredBonuses() throws Exception {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:mem:budget-race;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000;QUERY_CACHE_SIZE=64");
        config.setUsername("sa");
        config.setPassword("");
        config.setMaximumPoolSize(THREADS);
        try (HikariDataSource pool = new HikariDataSource(config)) {
            race(JdbcStore.create(pool));
        }
    }

    private static void race(LoyaltyStore store) throws Exception {
        LoyaltyEngine engine = LoyaltyEngine.builder().program(Launch.program(CAP)).store(store).build();
        Race.all(THREADS, IntStream.range(0, MEMBERS)
                .<Callable<Outcome>>mapToObj(i -> () -> engine.handle(Enrollment.of(Shop.member("m" + i)))).toList());
        List<Callable<Outcome>> purchases = IntStream.range(0, MEMBERS)
                .<Callable<Outcome>>mapToObj(i -> () -> engine.handle(Launch.purchase("order-" + i, "m" + i))).toList();

        List<Outcome> outcomes = Race.all(THREADS, purchases);

        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.status()).isEqualTo(Outcome.Status.APPLIED));
        assertThat(outcomes.stream().filter(outcome -> outcome.points("points") == 510)).hasSize(CAP);
        assertThat(outcomes.stream().filter(outcome -> outcome.points("points") == 10)).hasSize(MEMBERS - CAP);
        assertThat(outcomes.stream().filter(outcome -> !outcome.withheld().isEmpty())).hasSize(MEMBERS - CAP)
                .allSatisfy(outcome -> assertThat(outcome.withheld()).extracting(Outcome.Withheld::code)
                        .containsExactly(Outcome.Withheld.BUDGET_EXHAUSTED));
        assertThat(outcomes.stream().mapToLong(outcome -> outcome.points("points")).sum()).isEqualTo(MEMBERS * 10L + CAP * 500L);
        assertThat(engine.budgetUsed("launch")).isEqualTo(CAP);
        assertThat(IntStream.range(0, MEMBERS).mapToLong(i -> store.load(Shop.member("m" + i).id()).counter("budget.launch")).sum())
                .isEqualTo(CAP);
    }
}
