package dev.loyalty.rules.internal.handle;

import dev.loyalty.core.ledger.Entry;
import dev.loyalty.core.ledger.EntryKind;
import dev.loyalty.core.ledger.Reason;
import dev.loyalty.core.ledger.Reversal;
import dev.loyalty.rules.CompiledProgram;
import dev.loyalty.rules.Outcome;
import dev.loyalty.rules.facts.RedemptionCancel;
import dev.loyalty.rules.program.RewardConfig;
import dev.loyalty.spi.BudgetClaim;
import dev.loyalty.spi.IssuedCode;
import java.util.List;
import java.util.Optional;

/**
 * Cancels a redemption: reverses each entry the redemption request spent, which gives the points back to
 * the lots they came from with their original expiry (see {@code Ledger.reverse}), and counts the reward
 * as not redeemed, so that its per-member limit and its stock are free again. A code the redemption
 * issued is voided (its budget used up); if it was used, the cancel is refused with {@code CODE_USED}.
 * A partner's code stays drawn: it cannot go back to the partner's pool.
 */
final class Cancels {

    /** The cancelled request spent nothing: there is no redemption of that id. */
    static final String NOT_REDEEMED = "NOT_REDEEMED";
    /** The code the redemption issued was used: the redemption can no longer be cancelled. */
    static final String CODE_USED = "CODE_USED";

    private Cancels() {}

    /**
     * Voids the code a redemption issued, by using up its budget, unless it was used (then the cancel is
     * refused); true if the cancel may go on.
     */
    private static boolean voided(Work work, CompiledProgram program, Entry redemption) {
        String code = redemption.reason().details().get(Redemptions.CODE);
        if (code == null) {
            return true;
        }
        boolean coupon = program.rewards().stream().anyMatch(r -> r.id().equals(redemption.reason().name())
                && r.kind() == RewardConfig.Kind.COUPON);
        String budget = Checkouts.budget(coupon, code);
        long limit = coupon ? work.lookups.code(code).map(IssuedCode::value).orElse(1L) : 1;
        if (work.lookups.budgetUsed(budget) > 0 || work.exhausted.contains(budget)) {
            work.refuse(new Outcome.Refusal(CODE_USED, "code '" + code + "' of redemption '" + redemption.requestKey()
                    + "' was used, so the redemption cannot be cancelled", Optional.empty()));
            return false;
        }
        work.claims.add(BudgetClaim.of(budget, limit, limit));
        return true;
    }

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
            if (entry.reason().source() == Reason.Source.REWARD && !voided(work, program, entry)) {
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
