package dev.loyalty.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loyalty.core.MemberId;
import dev.loyalty.core.ledger.Entry;
import dev.loyalty.core.member.Member;
import dev.loyalty.rules.CompiledProgram;
import dev.loyalty.rules.Draw;
import dev.loyalty.rules.LoyaltyEngine;
import dev.loyalty.rules.Outcome;
import dev.loyalty.rules.SpinResult;
import dev.loyalty.rules.facts.Activity;
import dev.loyalty.rules.facts.Enrollment;
import dev.loyalty.rules.facts.Purchase;
import dev.loyalty.rules.facts.Spin;
import dev.loyalty.rules.program.WheelConfig;
import dev.loyalty.spi.RandomSource;
import dev.loyalty.spi.memory.InMemoryStore;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The lucky club (examples/src/main/resources/programs/lucky-club): wheels and a lottery, with the
 * engine's random source seeded with 2026, so every prize and winner is pinned and re-run by hand.
 */
class LuckyClubTest {

    private static final CompiledProgram PROGRAM =
            CompiledProgram.loadClasspath("programs/lucky-club", LuckyClubTest.class.getClassLoader());
    private static final MemberId LENA = MemberId.of("lena");
    private static final List<MemberId> MEMBERS = List.of(LENA, MemberId.of("max"), MemberId.of("nora"), MemberId.of("omar"),
            MemberId.of("paul"));

    private final InMemoryStore store = InMemoryStore.create();
    private final LoyaltyEngine engine = LoyaltyEngine.builder().program(PROGRAM).store(store).random(RandomSource.seeded(2026)).build();

    private void enrollAll() {
        for (MemberId member : MEMBERS) {
            engine.handle(Enrollment.of(Member.builder(member, member.value(), Instant.parse("2026-01-05T09:00:00Z"),
                    ZoneId.of("Europe/Vienna")).build()));
        }
    }

    private long points(MemberId member) {
        return store.load(member).entries().stream().mapToLong(Entry::amount).sum();
    }

    private static List<MemberId> reversed(List<MemberId> members) {
        List<MemberId> copy = new java.util.ArrayList<>(members);
        java.util.Collections.reverse(copy);
        return copy;
    }

    /** The wheel's slot for a seed, worked out here from the weights, not by the library. */
    private static int slotByHand(long seed, int... weights) {
        int point = new SplittableRandom(seed).nextInt(java.util.Arrays.stream(weights).sum());
        int slot = 0;
        while (point >= weights[slot]) {
            point -= weights[slot++];
        }
        return slot;
    }

    @Test
    void spinsAreEarnedByAReviewBoughtWithPointsOrRefusedAndEachRecordsItsSeed() {
        enrollAll();
        Outcome review = engine.handle(Activity.of("review-1", LENA, Instant.parse("2026-02-01T10:00:00Z"), "review"));
        Outcome earned = engine.handle(Spin.of("spin-1", LENA, Instant.parse("2026-02-01T10:01:00Z"), "lucky-wheel"));
        Outcome purchase = engine.handle(Purchase.of("order-1", LENA, Instant.parse("2026-02-02T10:00:00Z"), "EUR", "80.00", "cakes"));
        Outcome bought = engine.handle(Spin.of("spin-2", LENA, Instant.parse("2026-02-02T10:05:00Z"), "lucky-wheel"));
        Outcome broke = engine.handle(Spin.of("spin-3", MemberId.of("max"), Instant.parse("2026-02-02T11:00:00Z"), "lucky-wheel"));
        Outcome notForSale = engine.handle(Spin.of("spin-4", LENA, Instant.parse("2026-02-02T12:00:00Z"), "surprise-box"));

        assertThat(review.entries()).isEmpty();
        assertThat(earned.spins()).singleElement().satisfies(spin -> {
            assertThat(spin.seed()).isEqualTo(1953702103847245726L);
            assertThat(spin.slot()).isEqualTo(slotByHand(spin.seed(), 50, 30, 15, 5)).isEqualTo(2);
        });
        assertThat(earned.points("points")).isEqualTo(100);
        assertThat(earned.entries().get(0).reason().details()).containsEntry("wheel", "lucky-wheel")
                .containsEntry("seed", "1953702103847245726").containsEntry("slot", "2");
        assertThat(purchase.spins()).extracting(SpinResult::wheel, SpinResult::seed, SpinResult::slot)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("surprise-box", -6707012011512799555L, 0));
        assertThat(slotByHand(-6707012011512799555L, 3, 1)).isZero();
        assertThat(purchase.points("points")).isEqualTo(80);
        assertThat(bought.spins()).extracting(SpinResult::seed, SpinResult::slot)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(8808342011163834330L, 0));
        assertThat(slotByHand(8808342011163834330L, 50, 30, 15, 5)).isZero();
        assertThat(bought.points("points")).isEqualTo(-50);
        assertThat(broke.refusal()).map(Outcome.Refusal::code).hasValue("INSUFFICIENT_POINTS");
        assertThat(notForSale.refusal()).map(Outcome.Refusal::code).hasValue("NO_SPIN");
        assertThat(points(LENA)).isEqualTo(100 + 80 - 50);
        assertThat(store.load(LENA).counter("spins.lucky-wheel")).isZero();
        WheelConfig wheel = PROGRAM.games().wheel("lucky-wheel");
        assertThat(wheel.slot(bought.spins().get(0).seed())).isEqualTo(bought.spins().get(0).slot());
    }

    @Test
    void theMonthlyDrawPicksTwoInactiveMembersVerifiablyAndPaysThemOnce() {
        enrollAll();
        engine.handle(Purchase.of("order-1", MemberId.of("paul"), Instant.parse("2026-05-10T10:00:00Z"), "EUR", "10.00", "cakes"));

        Draw draw = engine.lottery("comeback-draw", Instant.parse("2026-06-01T00:00:00Z"));
        List<Outcome> paid = engine.settle(draw);
        List<Outcome> again = engine.settle(draw);

        assertThat(draw.candidates()).extracting(MemberId::value).containsExactly("lena", "max", "nora", "omar");
        assertThat(draw.seed()).isEqualTo(-866814163448022610L);
        assertThat(draw.winners()).extracting(MemberId::value).containsExactly("nora", "max");
        assertThat(draw.verify()).isTrue();
        SplittableRandom byHand = new SplittableRandom(draw.seed());
        List<String> shuffled = new java.util.ArrayList<>(List.of("lena", "max", "nora", "omar"));
        java.util.Collections.swap(shuffled, 0, byHand.nextInt(4));
        java.util.Collections.swap(shuffled, 1, 1 + byHand.nextInt(3));
        assertThat(shuffled.subList(0, 2)).containsExactly("nora", "max");
        assertThat(Draw.of("comeback-draw", draw.at(), draw.seed(), reversed(draw.candidates()), 2)).isEqualTo(draw);
        assertThat(paid).extracting(outcome -> outcome.points("points")).containsExactly(500L, 500L);
        assertThat(paid.get(0).entries().get(0).reason().details())
                .containsEntry("seed", Long.toString(draw.seed())).containsEntry("candidatesDigest", draw.candidatesDigest())
                .containsEntry("rank", "1").containsEntry("candidates", "4");
        assertThat(again).extracting(Outcome::status).containsOnly(Outcome.Status.REPEATED);
        assertThat(points(draw.winners().get(0))).isEqualTo(500);
        Draw forged = new Draw(draw.lottery(), draw.at(), draw.seed(), draw.candidates(), 2, List.of(LENA, MemberId.of("max")));
        assertThat(forged.verify()).isFalse();
        assertThatThrownBy(() -> engine.settle(forged)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not verify");
        assertThat(points(LENA)).isZero();
    }
}
