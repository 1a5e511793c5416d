package dev.loyalty.rules.program;

import dev.loyalty.core.Money;
import dev.loyalty.core.PointType;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * A point type of the program with its policies. YAML, one item of {@code pointTypes}:
 * <pre>{@code
 * - id: points          # required; 1 to 32 of [a-z0-9_-]
 *   kind: spendable     # required: spendable | status | wallet
 *   scale: 0            # decimals of one unit, 0 to 6 (default 0); a wallet takes its currency's scale
 *   expiry: { days: 365 }   # or { months: 12, endOfMonth: true } or never (default: never)
 *   pendingDays: 14     # days earned points wait before they can be spent (default 0)
 *   value: "0.01"       # money per point in the program currency, for liability (optional)
 * }</pre>
 *
 * @param type the point type (a wallet's currency is the program currency)
 * @param expiry when earned points expire; empty if never
 * @param pending how long earned points are pending before they can be spent; zero if not at all
 * @param value money per whole point in the program currency, for liability reporting; empty if not set
 */
public record PointTypeConfig(PointType type, Optional<Expiry> expiry, Period pending, Optional<Money> value) {

    /** Validates the fields. */
    public PointTypeConfig {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(expiry, "expiry");
        Objects.requireNonNull(pending, "pending");
        Objects.requireNonNull(value, "value");
        if (pending.isNegative()) {
            throw new IllegalArgumentException("pending must be >= 0, but was " + pending);
        }
        if (value.isPresent() && value.get().isNegative()) {
            throw new IllegalArgumentException("value must be >= 0, but was " + value.get());
        }
    }

    /** The point type's id. */
    public String id() {
        return type.id();
    }
}
