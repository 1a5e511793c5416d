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
 */
public final class Checkout extends MemberEvent implements Event {

    private final String currency;
    private final BigDecimal total;
    private final List<String> codes;
    private final BigDecimal wallet;

    private Checkout(String id, MemberId memberId, Instant at, String currency, BigDecimal total, List<String> codes,
            BigDecimal wallet) {
        super(id, memberId, at);
        this.currency = Events.name("currency", currency);
        this.total = Objects.requireNonNull(total, "total");
        this.codes = List.copyOf(codes);
        this.wallet = Objects.requireNonNull(wallet, "wallet");
        if (total.signum() < 0) {
            throw new InvalidRequestException("checkout '" + id + "' total must be >= 0, but was " + total.toPlainString());
        }
        if (wallet.signum() < 0) {
            throw new InvalidRequestException("checkout '" + id + "' wallet must be >= 0, but was " + wallet.toPlainString());
        }
    }

    /** An order of {@code total} (e.g. {@code "42.90"}) in {@code currency}, paid without codes or wallet so far. */
    public static Checkout of(String id, MemberId memberId, Instant at, String currency, String total) {
        return new Checkout(id, memberId, at, currency, new BigDecimal(total), List.of(), BigDecimal.ZERO);
    }

    /** A copy that also uses code {@code code} (as the member typed it: case, hyphens and spaces do not matter). */
    public Checkout withCode(String code) {
        List<String> more = new ArrayList<>(codes);
        more.add(Events.name("code", code));
        return new Checkout(id, memberId, at, currency, total, more, wallet);
    }

    /** A copy that spends up to {@code amount} from the wallet, after the codes. */
    public Checkout withWallet(String amount) {
        return new Checkout(id, memberId, at, currency, total, codes, new BigDecimal(amount));
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

    @Override
    public boolean equals(Object o) {
        return o instanceof Checkout other && sameEvent(other) && currency.equals(other.currency)
                && total.compareTo(other.total) == 0 && codes.equals(other.codes) && wallet.compareTo(other.wallet) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, memberId, at, currency, total.stripTrailingZeros(), codes, wallet.stripTrailingZeros());
    }

    @Override
    public String toString() {
        return "Checkout[" + id + " by " + memberId + " at " + at + ": " + total.toPlainString() + " " + currency
                + ", codes " + codes + ", wallet " + wallet.toPlainString() + "]";
    }
}
