package dev.loyalty.rules.internal.handle;

import dev.loyalty.core.member.Member;
import dev.loyalty.rules.CompiledProgram;
import dev.loyalty.rules.facts.Event;
import dev.loyalty.rules.facts.Purchase;
import dev.loyalty.spi.MemberChange;
import dev.loyalty.spi.MemberState;
import java.util.Optional;

/** What an event does besides the rules: comebacks (win-back, re-qualification), replenishment reminders, the month's counters, then the messages it triggers. */
final class Engagement {

    private Engagement() {}

    /** {@code change}, decided for {@code event}, with what keeping the member engaged adds to it. */
    static MemberChange onEvent(CompiledProgram program, Optional<MemberState> state, Member profile, Event event, Work work,
            MemberChange change) {
        MemberChange result = change;
        if (event instanceof Purchase purchase) {
            result = Comebacks.apply(program, state, profile, purchase, result);
            result = Replenishments.apply(program, state, profile, purchase, work.ledger(), result);
        }
        result = Months.count(program, event, result);
        return EventNotices.add(program, profile, event, work, result);
    }
}
