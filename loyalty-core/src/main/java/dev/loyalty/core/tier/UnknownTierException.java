package dev.loyalty.core.tier;

import dev.loyalty.core.LoyaltyException;
import java.util.List;

/** A request or a stored status named a tier that the ladder does not have. Nothing was changed. */
public final class UnknownTierException extends LoyaltyException {

    private static final long serialVersionUID = 1L;

    private final String tierId;

    /** For {@code tierId}, listing the ids the ladder does have, lowest rank first. */
    public UnknownTierException(String tierId, List<String> knownTierIds) {
        super("unknown tier '" + tierId + "'; known tiers: " + String.join(", ", knownTierIds));
        this.tierId = tierId;
    }

    /** The id that was not found. */
    public String tierId() {
        return tierId;
    }

    @Override
    public boolean isTransient() {
        return false;
    }
}
