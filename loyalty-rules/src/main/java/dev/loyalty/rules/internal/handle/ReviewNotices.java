package dev.loyalty.rules.internal.handle;

import dev.loyalty.core.ledger.Ledger;
import dev.loyalty.core.tier.TierChange;
import dev.loyalty.rules.CompiledProgram;
import dev.loyalty.spi.MemberChange;
import dev.loyalty.spi.MemberState;
import dev.loyalty.spi.OutboxMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The messages a tier re-evaluation triggers: the tier change when a member moves down, and the
 * re-qualification offer ("one purchase brings you back to silver") when the program makes one.
 */
final class ReviewNotices {

    private ReviewNotices() {}

    /** {@code change}, the review of {@code state} at {@code at}, with the messages it triggers. */
    static MemberChange add(CompiledProgram program, MemberState state, Ledger ledger, MemberChange change, Instant at) {
        List<OutboxMessage> messages = new ArrayList<>();
        for (TierChange tier : change.tierChanges()) {
            if (tier.reason() == TierChange.Reason.DOWNGRADED || tier.reason() == TierChange.Reason.QUALIFIED) {
                EventNotices.tierChange(program, state.member(), ledger, tier, "tier-review@" + at).ifPresent(messages::add);
            }
            if (tier.reason() == TierChange.Reason.DOWNGRADED) {
                offer(program, state, ledger, tier, at).ifPresent(messages::add);
            }
        }
        return change.withMessages(messages);
    }

    private static Optional<OutboxMessage> offer(CompiledProgram program, MemberState state, Ledger ledger, TierChange tier, Instant at) {
        return program.engagement().requalification().flatMap(offer -> {
            Instant until = ZonedDateTime.ofInstant(at, program.zone()).plusDays(offer.offerDays()).toInstant();
            String name = program.tiers().flatMap(ladder -> ladder.find(tier.from())).map(t -> t.name()).orElse(tier.from());
            return Notices.of(program, state.member(), ledger, program.engagement().notifications().triggers().requalification(),
                    "requalify:tier-review@" + at, Map.of("tier", tier.from(), "tierName", name, "deadline",
                            Notices.date(state.member(), until)), at);
        });
    }
}
