package dev.loyalty.rules.facts;

import dev.loyalty.core.InvalidRequestException;
import dev.loyalty.core.MemberId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A member pays for an order at the till with codes the program issued (discount codes, coupons, codes
 * for a product or service) and money from the wallet. Handling it uses each code up (a coupon that allows
 * partial use only by what it took off), spends the wallet money, and reports what is left to pay in the
 * outcome's checkout quote. Refused, with nothing used, when a code is unknown, another member's, expired
 * or used up ({@code UNKNOWN_CODE}, {@code CODE_EXPIRED}, {@code CODE_USED}).
 *
 * <p>A checkout may also buy catalogue rewards priced in money ({@link #withReward}): their prices are
 * added to the order before codes and wallet; each is refused as a redemption would be
 * ({@code REWARD_NOT_AVAILABLE}, {@code NOT_IN_AUDIENCE}, {@code LIMIT_REACHED}, {@code OUT_OF_STOCK},
 * {@code PARTNER_POOL_EMPTY}), and handed out with its code, if it has one.
 */
public final class Checkout extends MemberEvent implements Event {

    private final String currency;
    private final BigDecimal total;
    private final List<String> codes;
    private final BigDecimal wallet;
    private final List<String> rewards;

    private Checkout(String id, MemberId memberId, Instant at, String currency, BigDecimal total, List<String> codes,
            BigDecimal wallet, List<String> rewards) {
        super(id, memberId, at);
        this.currency = Events.name("currency", currency);
        this.total = Objects.requireNonNull(total, "total");
        this.codes = List.copyOf(codes);
        this.wallet = Objects.requireNonNull(wallet, "wallet");
        this.rewards = List.copyOf(rewards);
        if (total.signum() < 0) {
            throw new InvalidRequestException("checkout '" + id + "' total must be >= 0, but was " + total.toPlainString());
        }
        if (wallet.signum() < 0) {
            throw new InvalidRequestException("checkout '" + id + "' wallet must be >= 0, but was " + wallet.toPlainString());
        }
    }

    /** An order of {@code total} (e.g. {@code "42.90"}) in {@code currency}, paid without codes or wallet so far. */
    public static Checkout of(String id, MemberId memberId, Instant at, String currency, String total) {
        return new Checkout(id, memberId, at, currency, new BigDecimal(total), List.of(), BigDecimal.ZERO, List.of());
    }

    /** A copy that also uses code {@code code} (as the member typed it: case, hyphens and spaces do not matter). */
    public Checkout withCode(String code) {
        List<String> more = new ArrayList<>(codes);
        more.add(Events.name("code", code));
        return new Checkout(id, memberId, at, currency, total, more, wallet, rewards);
    }

    /** A copy that spends up to {@code amount} from the wallet, after the codes. */
    public Checkout withWallet(String amount) {
        return new Checkout(id, memberId, at, currency, total, codes, new BigDecimal(amount), rewards);
    }

    /**
     * A copy that also buys catalogue reward {@code reward}, one bought with money ({@code price:}).
     *
     * @throws InvalidRequestException if this checkout buys {@code reward} already (one of each per checkout)
     */
    public Checkout withReward(String reward) {
        String id = Events.name("reward", reward);
        if (rewards.contains(id)) {
            throw new InvalidRequestException("checkout '" + this.id + "' buys reward '" + id + "' already: one of each per checkout");
        }
        List<String> more = new ArrayList<>(rewards);
        more.add(id);
        return new Checkout(this.id, memberId, at, currency, total, codes, wallet, more);
    }

    @Override
    public String getType() {
        return "checkout";
    }

    /** The order's currency. */
    public String getCurrency() {
        return currency;
    }

    /** The order's total before codes and wallet. */
    public BigDecimal getTotal() {
        return total;
    }

    /** The codes used, as typed. */
    public List<String> getCodes() {
        return codes;
    }

    /** The most to spend from the wallet; 0 for none. */
    public BigDecimal getWallet() {
        return wallet;
    }

    /** The ids of the catalogue rewards bought with money, in the order named. */
    public List<String> getRewards() {
        return rewards;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Checkout other && sameEvent(other) && currency.equals(other.currency)
                && total.compareTo(other.total) == 0 && codes.equals(other.codes) && wallet.compareTo(other.wallet) == 0
                && rewards.equals(other.rewards);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, memberId, at, currency, total.stripTrailingZeros(), codes, wallet.stripTrailingZeros(), rewards);
    }

    @Override
    public String toString() {
        return "Checkout[" + id + " by " + memberId + " at " + at + ": " + total.toPlainString() + " " + currency
                + ", codes " + codes + ", wallet " + wallet.toPlainString() + (rewards.isEmpty() ? "" : ", rewards " + rewards) + "]";
    }
}
