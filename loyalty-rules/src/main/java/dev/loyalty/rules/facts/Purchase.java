package dev.loyalty.rules.facts;

import dev.loyalty.core.InvalidRequestException;
import dev.loyalty.core.MemberId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * A purchase by a member: its lines and total in one currency.
 *
 * <pre>{@code
 * Purchase purchase = Purchase.of("order-1001", MemberId.of("anna"), at, "EUR")
 *         .withLine(Line.of("BEANS-1KG", "beans", 2, "14.90"))
 *         .withLine(Line.delivery("4.95"));
 * }</pre>
 *
 * <p>In DRL: {@code $p : Purchase(spend >= 20)}; helpers such as {@link #spendIn(String)} and
 * {@link #hasSku(String)} can be called in constraints.
 */
public final class Purchase extends MemberEvent implements Event {

    private final Currency currency;
    private final List<Line> lines;
    /** {@link #getTotal} and {@link #getSpend}, worked out on first use: rules ask for them again and again. */
    private @Nullable BigDecimal total;
    private @Nullable BigDecimal spend;

    /** A purchase of {@code lines}, of which those from index {@code unchecked} on are checked here. */
    private Purchase(String id, MemberId memberId, Instant at, Currency currency, List<Line> lines, int unchecked) {
        super(id, memberId, at);
        this.currency = Objects.requireNonNull(currency, "currency");
        this.lines = List.copyOf(lines);
        for (Line line : this.lines.subList(unchecked, this.lines.size())) {
            if (line.getUnitPrice().stripTrailingZeros().scale() > currency.getDefaultFractionDigits()) {
                throw new InvalidRequestException("unit price " + line.getUnitPrice().toPlainString() + " of line '" + line.getSku()
                        + "' in purchase '" + id + "' has more decimal places than " + currency);
            }
        }
    }

    /** A purchase without lines yet; add them with {@link #withLine}. */
    public static Purchase of(String id, MemberId memberId, Instant at, String currencyCode) {
        return new Purchase(id, memberId, at, Currency.getInstance(currencyCode), List.of(), 0);
    }

    /** A purchase of a single line worth {@code amount} in category {@code category}. */
    public static Purchase of(String id, MemberId memberId, Instant at, String currencyCode, String amount, String category) {
        return of(id, memberId, at, currencyCode).withLine(Line.of(category, category, 1, amount));
    }

    /** A copy with one more line. */
    public Purchase withLine(Line line) {
        List<Line> more = new ArrayList<>(lines);
        more.add(Objects.requireNonNull(line, "line"));
        return new Purchase(id, memberId, at, currency, more, lines.size());
    }

    @Override
    public String getType() {
        return "purchase";
    }

    /** The currency code, e.g. {@code EUR}. */
    public String getCurrency() {
        return currency.getCurrencyCode();
    }

    /** The lines, in the order given. */
    public List<Line> getLines() {
        return lines;
    }

    /** What was paid: all lines, delivery included, at the currency's scale. */
    public BigDecimal getTotal() {
        BigDecimal sum = total;
        if (sum == null) {
            sum = sum(line -> true);
            total = sum;
        }
        return sum;
    }

    /** What was paid for products: all lines but delivery. */
    public BigDecimal getSpend() {
        BigDecimal sum = spend;
        if (sum == null) {
            sum = sum(line -> !line.isDelivery());
            spend = sum;
        }
        return sum;
    }

    /** Product spend in {@code category}. */
    public BigDecimal spendIn(String category) {
        return sum(line -> !line.isDelivery() && line.getCategory().equals(category));
    }

    /** Product spend on lines labelled {@code key=value}. */
    public BigDecimal spendWithLabel(String key, String value) {
        return sum(line -> !line.isDelivery() && line.hasLabel(key, value));
    }

    /** Whether a line has {@code sku}. */
    public boolean hasSku(String sku) {
        for (Line line : lines) {
            if (line.getSku().equals(sku)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a product line is in {@code category}. */
    public boolean hasCategory(String category) {
        for (Line line : lines) {
            if (!line.isDelivery() && line.getCategory().equals(category)) {
                return true;
            }
        }
        return false;
    }

    /** How many of {@code sku} were bought. */
    public int quantityOf(String sku) {
        return lines.stream().filter(line -> line.getSku().equals(sku)).mapToInt(Line::getQuantity).sum();
    }

    private BigDecimal sum(Predicate<Line> which) {
        BigDecimal total = BigDecimal.ZERO.setScale(currency.getDefaultFractionDigits());
        for (Line line : lines) {
            if (which.test(line)) {
                total = total.add(line.getTotal());
            }
        }
        return total;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Purchase other && sameEvent(other)
                && currency.equals(other.currency) && lines.equals(other.lines);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, memberId, at, currency, lines);
    }

    @Override
    public String toString() {
        return "Purchase[" + id + " by " + memberId + " at " + at + ", " + getTotal().toPlainString() + " " + getCurrency() + ", " + lines + "]";
    }
}
