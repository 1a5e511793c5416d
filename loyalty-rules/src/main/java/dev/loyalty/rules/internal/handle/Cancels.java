package dev.loyalty.rules.internal.handle;

import dev.loyalty.core.ledger.Entry;
import dev.loyalty.core.ledger.EntryKind;
import dev.loyalty.core.ledger.Reason;
import dev.loyalty.core.ledger.Reversal;
import dev.loyalty.rules.CompiledProgram;
import dev.loyalty.rules.Outcome;
import dev.loyalty.rules.facts.RedemptionCancel;
import java.util.List;
import java.util.Optional;

/**
 * Cancels a redemption: reverses each entry the redemption request spent, which gives the points back to
 * the lots they came from with their original expiry (see {@code Ledger.reverse}), and counts the reward
 * as not redeemed, so that its per-member limit and its stock are free again.
 */
final class Cancels {

    /** The cancelled request spent nothing: there is no redemption of that id. */
    static final String NOT_REDEEMED = "NOT_REDEEMED";

    private Cancels() {}

    static void apply(Work work, CompiledProgram program, RedemptionCancel cancel) {
        List<Entry> spent = work.ledger().entries().stream()
                .filter(entry -> entry.kind() == EntryKind.REDEEMED && entry.requestKey().equals(cancel.getRedemptionId()))
                .toList();
        if (spent.isEmpty()) {
            work.refuse(new Outcome.Refusal(NOT_REDEEMED, "member '" + work.member + "' has no redemption '"
                    + cancel.getRedemptionId() + "' that spent points", Optional.empty()));
            return;
        }
        work.count("cancellations", 1);
        for (Entry entry : spent) {
            Reason reason = Reasons.of(Reason.Source.REQUEST, "redemption-cancel", program, cancel, List.of())
                    .with("reverses", Long.toString(entry.sequence()));
            if (!work.apply(work.ledger().reverse(Reversal.of(entry.sequence(), cancel.getAt(), reason, cancel.getId())))) {
                return;
            }
            if (entry.reason().source() == Reason.Source.REWARD) {
                work.count(Redemptions.counter(entry.reason().name()), -1);
                program.rewards().stream().filter(reward -> reward.id().equals(entry.reason().name())).findFirst()
                        .ifPresent(reward -> Handouts.returnStock(work, program, reward));
            }
        }
    }
}
