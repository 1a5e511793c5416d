package dev.loyalty.rules.internal.handle;

import dev.loyalty.core.InvalidRequestException;
import dev.loyalty.core.PointType;
import dev.loyalty.core.ledger.Reason;
import dev.loyalty.core.ledger.Redeem;
import dev.loyalty.rules.CompiledProgram;
import dev.loyalty.rules.Outcome;
import dev.loyalty.rules.facts.Checkout;
import dev.loyalty.rules.facts.Member;
import dev.loyalty.rules.program.PointTypeConfig;
import dev.loyalty.rules.program.RewardConfig;
import dev.loyalty.rules.reward.DiscountCodes;
import dev.loyalty.rules.reward.Till;
import dev.loyalty.spi.BudgetClaim;
import dev.loyalty.spi.IssuedCode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Pays for an order with codes and wallet money at the {@link Till}: discount codes first, then coupons,
 * then codes for products or services, then the wallet. Each code must be the member's, valid now and not
 * used up; using it is a budget claim appended with the member's change ({@code code:<code>}, 1 of 1; a
 * coupon's {@code coupon:<code>}, its value in minor units), so a code is never used twice, and a coupon
 * never for more than its value. Wallet money is spent from the program's wallet point type like points.
 */
final class Checkouts {

    /** Refusal codes. */
    static final String UNKNOWN_CODE = "UNKNOWN_CODE";
    static final String CODE_EXPIRED = "CODE_EXPIRED";
    static final String CODE_USED = "CODE_USED";

    private Checkouts() {}

    private record Held(String text, IssuedCode code, RewardConfig reward) {}

    static void apply(Work work, CompiledProgram program, Checkout checkout, Member member, Map<String, Long> counters) {
        if (!checkout.getCurrency().equals(program.currency().getCurrencyCode())) {
            throw new InvalidRequestException("checkout '" + checkout.getId() + "' is in " + checkout.getCurrency()
                    + ", but program '" + program.name() + "' counts " + program.currency().getCurrencyCode());
        }
        work.count("checkouts", 1);
        List<Held> held = new ArrayList<>();
        for (String typed : checkout.getCodes()) {
            Optional<Held> found = find(work, program, checkout, typed);
            if (found.isEmpty()) {
                return;
            }
            held.add(found.get());
        }
        held.sort(Comparator.comparingInt(h -> h.reward().kind().ordinal()));
        Till till = Till.of(program.currency(), checkout.getTotal());
        for (String id : checkout.getRewards()) {
            if (!buy(work, program, checkout, member, counters, till, program.reward(id))) {
                return;
            }
        }
        for (Held code : held) {
            if (!use(work, till, code)) {
                return;
            }
        }
        if (checkout.getWallet().signum() > 0) {
            wallet(work, program, checkout, till);
        }
        work.checkout = Optional.of(till.quote());
    }

    /** Adds a reward bought with money to the order and hands it out as a redemption would; false after refusing. */
    private static boolean buy(Work work, CompiledProgram program, Checkout checkout, Member member, Map<String, Long> counters,
            Till till, RewardConfig reward) {
        if (!reward.boughtWithMoney()) {
            throw new InvalidRequestException("checkout '" + checkout.getId() + "' buys reward '" + reward.id()
                    + "', but it costs points: redeem it with a RedemptionRequest");
        }
        Optional<String> refusal = Redemptions.refusal(reward, checkout.getAt(), member,
                counters.getOrDefault(Redemptions.counter(reward.id()), 0L));
        if (refusal.isPresent()) {
            refuse(work, refusal.get(), Redemptions.message(refusal.get(), reward, member));
            return false;
        }
        Redemptions.grant(work, program, reward, 0, Optional.empty(), checkout.getId());
        if (work.refused()) {
            return false;
        }
        work.count(Redemptions.counter(reward.id()), 1);
        till.buy(reward.id(), reward.price().orElseThrow().amount());
        return true;
    }

    private static Optional<Held> find(Work work, CompiledProgram program, Checkout checkout, String typed) {
        Optional<String> text = DiscountCodes.normalize(typed).or(() -> Optional.of(typed.trim()));
        Optional<IssuedCode> code = work.lookups.code(text.get()).filter(c -> c.member().equals(work.member));
        Optional<RewardConfig> reward = code.flatMap(c -> program.rewards().stream().filter(r -> r.id().equals(c.reward())).findFirst());
        if (reward.isEmpty()) {
            refuse(work, UNKNOWN_CODE, "member '" + work.member + "' has no code '" + typed + "'");
            return Optional.empty();
        }
        if (!code.get().validAt(checkout.getAt())) {
            refuse(work, CODE_EXPIRED, "code '" + text.get() + "' expired at " + code.get().expiresAt());
            return Optional.empty();
        }
        return Optional.of(new Held(text.get(), code.get(), reward.get()));
    }

    /** Takes what {@code held} gives off the order and claims its use; false after refusing. */
    private static boolean use(Work work, Till till, Held held) {
        boolean coupon = held.reward().kind() == RewardConfig.Kind.COUPON;
        String budget = budget(coupon, held.text());
        long limit = coupon ? held.code().value() : 1;
        long left = limit - work.lookups.budgetUsed(budget);
        if (left <= 0 || work.exhausted.contains(budget) || work.claims.stream().anyMatch(c -> c.budget().equals(budget))) {
            refuse(work, CODE_USED, "code '" + held.text() + "' is used up");
            return false;
        }
        long claim = 1;
        if (held.reward().kind() == RewardConfig.Kind.DISCOUNT) {
            till.discount(held.text(), held.code().value());
        } else if (coupon) {
            long took = till.coupon(held.text(), left);
            claim = held.reward().terms().partialUse() ? took : left;
        } else {
            till.code(held.text());
        }
        if (claim > 0) {
            work.claims.add(BudgetClaim.of(budget, claim, limit));
        }
        return true;
    }

    private static void wallet(Work work, CompiledProgram program, Checkout checkout, Till till) {
        PointType wallet = program.pointTypes().stream().map(PointTypeConfig::type).filter(t -> t.kind() == PointType.Kind.WALLET)
                .findFirst().orElseThrow(() -> new InvalidRequestException("checkout '" + checkout.getId()
                        + "' spends from the wallet, but program '" + program.name() + "' has no wallet point type"));
        BigDecimal most = checkout.getWallet().setScale(wallet.scale(), RoundingMode.DOWN);
        long available = work.ledger().balance(wallet.id(), checkout.getAt()).available();
        long took = till.wallet(wallet.id(), Math.min(available, most.unscaledValue().longValueExact()));
        if (took > 0) {
            Reason reason = Reasons.of(Reason.Source.REQUEST, "checkout", program, checkout, List.of());
            work.apply(work.ledger().redeem(new Redeem(wallet.id(), took, checkout.getAt(), reason, checkout.getId())));
        }
    }

    /** The store's budget that counts the use of {@code code}: its value in minor units for a coupon, else 1. */
    static String budget(boolean coupon, String code) {
        return (coupon ? "coupon:" : "code:") + code;
    }

    private static void refuse(Work work, String code, String message) {
        work.refuse(new Outcome.Refusal(code, message, Optional.empty()));
    }
}
