package dev.loyalty.rules.program;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * How a reward of the catalogue is handed out, beyond its cost. YAML, keys of a reward:
 * <pre>{@code
 * code: { validDays: 30, partialUse: true }     # issue a single-use code, valid 30 days; partialUse: coupons only
 * earlyAccess: { gold: 2026-11-25T00:00 }       # tiers that may redeem it from an earlier instant than validFrom
 * partnerPool: cinema                           # hand out a code from the host's partner code pool 'cinema'
 * }</pre>
 *
 * @param codeValidDays for a reward handed out as a code: how many days the code is valid
 * @param partialUse whether a coupon code may be used in parts, its rest staying on it
 * @param earlyAccess tiers that may redeem the reward from an earlier instant than {@code validFrom}
 * @param partnerPool the host's partner code pool the reward's codes come from
 */
public record RewardTerms(OptionalInt codeValidDays, boolean partialUse, Map<String, Instant> earlyAccess,
        Optional<String> partnerPool) {

    /** A reward handed out as it is: no code, no early access, no partner. */
    public static final RewardTerms NONE = new RewardTerms(OptionalInt.empty(), false, Map.of(), Optional.empty());

    /** Validates the fields and copies the map. */
    public RewardTerms {
        Objects.requireNonNull(codeValidDays, "codeValidDays");
        earlyAccess = Collections.unmodifiableMap(new TreeMap<>(earlyAccess));
        Objects.requireNonNull(partnerPool, "partnerPool");
        if (codeValidDays.isPresent() && codeValidDays.getAsInt() < 1) {
            throw new IllegalArgumentException("code validDays must be >= 1, but was " + codeValidDays.getAsInt());
        }
        if (partialUse && codeValidDays.isEmpty()) {
            throw new IllegalArgumentException("partialUse needs a code");
        }
    }

    /** Whether the reward is handed out as a code of the program's own. */
    public boolean issuesCode() {
        return codeValidDays.isPresent();
    }

    /** From when a member of tier {@code tier} may redeem it, if earlier than everyone else. */
    public Optional<Instant> earlyFrom(String tier) {
        return Optional.ofNullable(earlyAccess.get(tier));
    }
}
