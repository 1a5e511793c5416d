package dev.loyalty.rules.reward;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What a member pays for an order after codes, coupons and wallet: {@code toPay = total - sum(deductions)}.
 *
 * @param total the order's total with the prices of the rewards bought, in the currency's scale
 * @param deductions what was taken off, in the order it was applied
 * @param toPay what is left to pay, never below 0
 * @param bought the catalogue rewards bought with money at this checkout, their prices included in {@code total}
 */
public record CheckoutQuote(BigDecimal total, List<Deduction> deductions, BigDecimal toPay, List<Bought> bought) {

    /** Validates that the deductions add up and copies the lists. */
    public CheckoutQuote {
        Objects.requireNonNull(total, "total");
        deductions = List.copyOf(deductions);
        bought = List.copyOf(bought);
        Objects.requireNonNull(toPay, "toPay");
        BigDecimal taken = deductions.stream().map(Deduction::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (toPay.signum() < 0 || total.subtract(taken).compareTo(toPay) != 0) {
            throw new IllegalArgumentException("total " + total.toPlainString() + " less deductions " + taken.toPlainString()
                    + " is not the amount to pay " + toPay.toPlainString());
        }
    }

    /** A quote of an order without rewards bought. */
    public CheckoutQuote(BigDecimal total, List<Deduction> deductions, BigDecimal toPay) {
        this(total, deductions, toPay, List.of());
    }

    /** The order's total without the rewards bought. */
    public BigDecimal orderTotal() {
        return bought.stream().map(Bought::price).reduce(total, BigDecimal::subtract);
    }

    /** The money taken off by deductions of {@code kind}. */
    public BigDecimal deducted(Deduction.Kind kind) {
        return deductions.stream().filter(d -> d.kind() == kind).map(Deduction::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
