package dev.loyalty.rules.reward;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A catalogue reward bought with money at a checkout ({@code price:} in program.yaml).
 *
 * @param reward the reward's id
 * @param price what it costs, in the currency's scale, 0 or more
 */
public record Bought(String reward, BigDecimal price) {

    /** Validates the fields. */
    public Bought {
        Objects.requireNonNull(reward, "reward");
        Objects.requireNonNull(price, "price");
        if (price.signum() < 0) {
            throw new IllegalArgumentException("price of reward '" + reward + "' must be >= 0, but was " + price.toPlainString());
        }
    }
}
