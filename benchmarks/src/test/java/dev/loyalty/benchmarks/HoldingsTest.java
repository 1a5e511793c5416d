package dev.loyalty.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loyalty.core.MemberId;
import dev.loyalty.core.ledger.Ledger;
import dev.loyalty.rules.Advance;
import dev.loyalty.rules.CompiledProgram;
import dev.loyalty.rules.LoyaltyEngine;
import dev.loyalty.spi.MemberState;
import dev.loyalty.spi.memory.InMemoryStore;
import org.junit.jupiter.api.Test;

/** What the expiry and heap measurements fill the store with, and that the sweep expires all of it. */
class HoldingsTest {

    private final CompiledProgram program = BenchProgram.shared();

    @Test
    void eachMemberHoldsTenLotsOf145PointsThatOneAdvanceExpiresEntirely() {
        InMemoryStore store = InMemoryStore.create();
        Holdings.fill(store, program, 100, 10);
        MemberState seventh = store.load(MemberId.of("member-7"));
        Ledger ledger = Ledger.replay(program.ledgerPolicy(), seventh.member().id(), seventh.entries());
        assertThat(ledger.lots()).hasSize(10);
        assertThat(ledger.balance("points", Holdings.EARNED.plusSeconds(86_400 * 10)).available()).isEqualTo(10 + 11 + 12 + 13 + 14 + 15 + 16 + 17 + 18 + 19);
        assertThat(ledger.lots().get(9).expiresAt()).isEqualTo(Holdings.EXPIRING.plusSeconds(7 * 10 + 9));

        Advance advance = LoyaltyEngine.builder().program(program).store(store).build().advanceTo(Holdings.ALL_EXPIRED);

        assertThat(advance.expired()).isEqualTo(1_000);
        MemberState after = store.load(MemberId.of("member-99"));
        assertThat(Ledger.replay(program.ledgerPolicy(), after.member().id(), after.entries())
                .balance("points", Holdings.ALL_EXPIRED).available()).isZero();
    }

    @Test
    void heapPerMemberMeasuresWhatTheStoreKeeps() {
        // Ten lots and ten entries cannot take less than a kilobyte; far more than 50 KB would mean the
        // measurement caught something else.
        assertThat(HeapPerMember.measure(program, 2_000, 10) / 2_000).isBetween(1_000L, 50_000L);
    }
}
