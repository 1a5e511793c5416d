package dev.loyalty.rules.internal.handle;

import dev.loyalty.core.ledger.Ledger;
import dev.loyalty.core.tier.TierChange;
import dev.loyalty.rules.CompiledProgram;
import dev.loyalty.spi.MemberChange;
import dev.loyalty.spi.MemberState;
import dev.loyalty.spi.OutboxMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The messages a tier re-evaluation triggers: the tier change, when a member moves down. */
final class ReviewNotices {

    private ReviewNotices() {}

    /** {@code change}, the review of {@code state} at {@code at}, with the messages it triggers. */
    static MemberChange add(CompiledProgram program, MemberState state, Ledger ledger, MemberChange change, Instant at) {
        List<OutboxMessage> messages = new ArrayList<>();
        for (TierChange tier : change.tierChanges()) {
            if (tier.reason() == TierChange.Reason.DOWNGRADED || tier.reason() == TierChange.Reason.QUALIFIED) {
                EventNotices.tierChange(program, state.member(), ledger, tier, "tier-review@" + at).ifPresent(messages::add);
            }
        }
        return change.withMessages(messages);
    }
}
