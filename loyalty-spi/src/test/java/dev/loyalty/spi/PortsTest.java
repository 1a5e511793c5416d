package dev.loyalty.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loyalty.core.MemberId;
import java.time.Instant;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PortsTest {

    @Test
    void aSeededSourceGivesTheSameNumbersForTheSameSeedOnEveryRun() {
        RandomSource random = RandomSource.seeded(42);

        assertThat(random.nextLong()).isEqualTo(-4767286540954276203L);
        assertThat(random.nextLong()).isEqualTo(2949826092126892291L);
        assertThat(random.nextInt(100)).isEqualTo(81);
        assertThat(random.nextInt(6)).isZero();
        assertThat(IntStream.range(0, 5).map(i -> RandomSource.seeded(7).nextInt(1000)).distinct().count()).isEqualTo(1);
        assertThat(random).hasToString("RandomSource.seeded(42)");
    }

    @Test
    void boundsMustBePositive() {
        assertThatThrownBy(() -> RandomSource.seeded(1).nextInt(0)).hasMessage("bound must be > 0, but was 0");
        assertThatThrownBy(() -> RandomSource.secure().nextInt(-3)).hasMessage("bound must be > 0, but was -3");
        assertThat(RandomSource.secure().nextInt(1)).isZero();
    }

    @Test
    void theDiscardingChannelAcceptsEveryMessage() throws Exception {
        OutboxMessage message = new OutboxMessage(MemberId.of("anna"), "welcome", "welcome",
                Map.of("name", "Anna"), Instant.parse("2026-01-01T00:00:00Z"));

        NotificationChannel.discarding().deliver(message);

        assertThat(message.data()).containsExactly(Map.entry("name", "Anna"));
        assertThatThrownBy(() -> new OutboxMessage(MemberId.of("anna"), " ", "welcome", Map.of(), Instant.EPOCH))
                .hasMessage("dedupeKey must be 1 to 200 characters and not blank, but was ' '");
    }

    @Test
    void appendsNeedAKeyAndOneChangePerMember() {
        MemberChange change = MemberChange.entries(MemberId.of("anna"), 1, java.util.List.of(), java.util.List.of());

        assertThatThrownBy(() -> Append.of("", "fp", change))
                .hasMessage("requestKey must be 1 to 200 characters and not blank, but was ''");
        assertThatThrownBy(() -> new Append("k", "fp", java.util.List.of(change, change)))
                .hasMessage("member 'anna' appears twice in one append");
        assertThatThrownBy(() -> new PageRequest(0, java.util.Optional.empty()))
                .hasMessage("limit must be 1 to 10000, but was 0");
    }
}
