package dev.loyalty.spi.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loyalty.spi.memory.InMemoryStore;
import dev.loyalty.spi.tck.model.ModelRun;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The generator reaches every kind of outcome and entry the model run is meant to check, often. */
class ModelCoverageTest {

    @Test
    void theFirstTwoHundredSeedsCoverEveryOutcomeAndEntryKind() {
        Map<String, Long> total = new TreeMap<>();
        for (int i = 0; i < 200; i++) {
            ModelRun.run(ModelRun.BASE_SEED + i, InMemoryStore::create).forEach((key, count) -> total.merge(key, count, Long::sum));
        }

        assertThat(total).as("outcomes and entries over 200 seeds").containsOnlyKeys(
                "posted", "repeated", "refused INSUFFICIENT_POINTS", "refused ALREADY_REVERSED",
                "failed InvalidRequestException", "failed IdempotencyConflictException", "swept", "waited",
                "entry EARNED", "entry ACTIVATED", "entry CANCELLED", "entry REDEEMED", "entry EXPIRED", "entry REVERSED",
                "entry ADJUSTED", "entry TRANSFERRED_IN", "entry TRANSFERRED_OUT", "debt recorded", "debt repaid");
        assertThat(total.values()).as("each occurs at least 20 times: %s", total).allMatch(count -> count >= 20);
    }
}
