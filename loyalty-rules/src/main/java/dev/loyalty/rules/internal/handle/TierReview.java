package dev.loyalty.rules.internal.handle;

import dev.loyalty.core.ledger.Ledger;
import dev.loyalty.rules.CompiledProgram;
import dev.loyalty.spi.MemberChange;
import dev.loyalty.spi.MemberState;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The periodic re-evaluation of a member's tier: at the member's re-evaluation instant (or when a grace
 * period ends), the tier ladder decides with the metrics as they are then, and may start a grace
 * period, clear it, or move the member down.
 */
public final class TierReview {

    private TierReview() {}

    /**
     * The change that records what reviewing {@code state}'s tier at {@code at} decides, or empty when
     * it decides nothing new (or the program has no tiers).
     */
    public static Optional<MemberChange> review(CompiledProgram program, MemberState state, Instant at) {
        if (program.tiers().isEmpty() || state.tier().isEmpty() || at.isBefore(state.tier().get().since())) {
            return Optional.empty();
        }
        Ledger ledger = Handling.ledgerOf(program, state);
        MemberChange unchanged = MemberChange.entries(state.member().id(), state.version(), List.of(), List.of());
        MemberChange change = new Tiers(program, Optional.of(state), state.member())
                .update(unchanged, ledger, state.counters(), Map.of(), at);
        return change.tier().isPresent() ? Optional.of(ReviewNotices.add(program, state, ledger, change, at)) : Optional.empty();
    }
}
