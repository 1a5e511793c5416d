package dev.loyalty.rules.internal.handle;

import dev.loyalty.core.Money;
import dev.loyalty.core.ledger.Ledger;
import dev.loyalty.core.tier.TierDecision;
import dev.loyalty.core.tier.TierLadder;
import dev.loyalty.core.tier.TierMetrics;
import dev.loyalty.core.tier.TierStatus;
import dev.loyalty.rules.CompiledProgram;
import dev.loyalty.spi.MemberChange;
import dev.loyalty.spi.MemberState;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

/**
 * A member's tier while an event is handled: the tier rules see, and the move the event causes. A member
 * moves up as soon as an event brings the metrics over a threshold; moving down happens only at a
 * re-evaluation (see {@link TierLadder#evaluate}). Status points count over the ladder's window; spend
 * and purchases are the member's totals so far.
 */
final class Tiers {

    private final CompiledProgram program;
    private final Optional<MemberState> state;
    private final dev.loyalty.core.member.Member profile;

    Tiers(CompiledProgram program, Optional<MemberState> state, dev.loyalty.core.member.Member profile) {
        this.program = program;
        this.state = state;
        this.profile = profile;
    }

    /** The id of the member's tier before the event; empty when the program has no tiers. */
    String currentId() {
        return program.tiers().map(ladder -> current(ladder).tierId()).orElse("");
    }

    private TierStatus current(TierLadder ladder) {
        return state.flatMap(MemberState::tier).orElseGet(() -> ladder.initialStatus(profile.enrolledAt()));
    }

    /**
     * {@code change} with the tier status the event leaves the member in (a new tier, a grace period, a
     * re-evaluation done), if it differs or was never recorded.
     */
    MemberChange update(MemberChange change, Ledger after, Map<String, Long> before, Map<String, Long> deltas, Instant at) {
        if (program.tiers().isEmpty()) {
            return change;
        }
        TierLadder ladder = program.tiers().get();
        TierStatus current = current(ladder);
        // An event dated before the last tier change (one that arrived late) is judged as of that change.
        Instant when = at.isBefore(current.since()) ? current.since() : at;
        TierDecision decision = ladder.evaluate(current, metrics(ladder, after, before, deltas, when), when);
        if (!decision.status().equals(current) || state.flatMap(MemberState::tier).isEmpty()) {
            return change.withTier(decision.status(), decision.changes());
        }
        return change;
    }

    private TierMetrics metrics(TierLadder ladder, Ledger after, Map<String, Long> before, Map<String, Long> deltas, Instant at) {
        Instant from = at.atZone(ZoneOffset.UTC).minus(ladder.window()).toInstant();
        long statusPoints = program.statusPointType()
                .map(type -> after.earnedBetween(type, from, at.plusNanos(1))).orElse(0L);
        long spend = counter("spend." + program.currency().getCurrencyCode(), before, deltas);
        long purchases = counter("purchases", before, deltas);
        return new TierMetrics(statusPoints, Money.ofMinor(spend, program.currency()), (int) Math.min(Integer.MAX_VALUE, purchases),
                Math.max(0, profile.tenureDays(at)), profile.profileCompleteness());
    }

    /** Counter {@code name} after the event: its value before plus the event's delta. */
    private static long counter(String name, Map<String, Long> before, Map<String, Long> deltas) {
        return Math.addExact(before.getOrDefault(name, 0L), deltas.getOrDefault(name, 0L));
    }
}
