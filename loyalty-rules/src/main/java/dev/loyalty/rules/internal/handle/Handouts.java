package dev.loyalty.rules.internal.handle;

import dev.loyalty.rules.CompiledProgram;
import dev.loyalty.rules.Outcome;
import dev.loyalty.rules.program.RewardConfig;
import dev.loyalty.spi.BudgetClaim;
import dev.loyalty.spi.IssuedCode;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * Hands a reward out beyond its cost: takes a unit of its stock, issues its code, or draws a code from
 * its partner's pool. Stock is a budget in the store, {@code stock:<program>/<reward>}, claimed with the
 * member's change, so concurrent redemptions never take more than the stock; units returned by cancelled
 * redemptions count in {@code stock-returned:<program>/<reward>} and raise the limit again.
 */
final class Handouts {

    /** Refusal codes. */
    static final String OUT_OF_STOCK = "OUT_OF_STOCK";
    static final String PARTNER_POOL_EMPTY = "PARTNER_POOL_EMPTY";

    private Handouts() {}

    /** The store's budget of the units of {@code reward} handed out. */
    static String stock(CompiledProgram program, String reward) {
        return "stock:" + program.name() + "/" + reward;
    }

    /** The store's budget of the units of {@code reward} given back by cancelled redemptions. */
    static String returned(CompiledProgram program, String reward) {
        return "stock-returned:" + program.name() + "/" + reward;
    }

    /** Takes one unit of {@code reward}'s stock, if it has one; false (and nothing taken) when none is left. */
    static boolean takeStock(Work work, CompiledProgram program, RewardConfig reward) {
        if (reward.stock().isEmpty()) {
            return true;
        }
        String budget = stock(program, reward.id());
        long limit = Math.addExact(reward.stock().getAsLong(), work.lookups.budgetUsed(returned(program, reward.id())));
        if (work.exhausted.contains(budget) || work.lookups.budgetUsed(budget) >= limit) {
            return false;
        }
        work.claims.add(BudgetClaim.of(budget, 1, limit));
        return true;
    }

    /** Gives one unit of {@code reward}'s stock back, if it has stock. */
    static void returnStock(Work work, CompiledProgram program, RewardConfig reward) {
        if (reward.stock().isPresent()) {
            work.claims.add(BudgetClaim.of(returned(program, reward.id()), 1, Long.MAX_VALUE));
        }
    }

    /**
     * The code handed out with {@code reward} for event {@code eventId}: a new code of the program's own
     * (kept in the store with the append), or one drawn from the partner's pool; empty for a reward
     * without codes, and when the partner's pool is empty (see {@link #poolEmpty}).
     */
    static Optional<String> code(Work work, CompiledProgram program, RewardConfig reward, String eventId) {
        if (reward.terms().issuesCode()) {
            String text = work.lookups.newCode();
            Instant expires = ZonedDateTime.ofInstant(work.at, program.zone()).plusDays(reward.terms().codeValidDays().getAsInt()).toInstant();
            work.codes.add(new IssuedCode(text, work.member, reward.id(), reward.codeValue(), work.at, expires, eventId));
            return Optional.of(text);
        }
        if (reward.terms().partnerPool().isPresent()) {
            String pool = reward.terms().partnerPool().get();
            return work.lookups.partnerCode(pool, work.member, eventId + "/" + reward.id());
        }
        return Optional.empty();
    }

    /** The refusal of a redemption whose partner pool had no code left. */
    static Outcome.Refusal poolEmpty(RewardConfig reward) {
        return new Outcome.Refusal(PARTNER_POOL_EMPTY, "partner pool '" + reward.terms().partnerPool().orElse("")
                + "' has no code left for reward '" + reward.id() + "'", Optional.empty());
    }

    /** The refusal of a redemption of a reward whose stock is used up. */
    static Outcome.Refusal outOfStock(RewardConfig reward) {
        return new Outcome.Refusal(OUT_OF_STOCK, "reward '" + reward.id() + "' is out of stock", Optional.empty());
    }
}
