package dev.loyalty.rules;

import dev.loyalty.rules.program.RewardConfig;
import java.util.Objects;
import java.util.Optional;

/**
 * A reward a member got: redeemed for points, or given by a rule.
 *
 * @param reward the reward, as the catalogue describes it
 * @param pointsPaid what the member paid, in units of the reward's point type; 0 for a gift
 * @param rule the rule that gave it, for a gift
 * @param code the code that stands for it: issued by the program ({@code code} in program.yaml) or drawn
 *     from a partner's pool ({@code partnerPool}); empty for a reward without codes
 */
public record RewardGrant(RewardConfig reward, long pointsPaid, Optional<String> rule, Optional<String> code) {

    /** Validates the fields. */
    public RewardGrant {
        Objects.requireNonNull(reward, "reward");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(code, "code");
        if (pointsPaid < 0) {
            throw new IllegalArgumentException("pointsPaid must be >= 0, but was " + pointsPaid);
        }
    }

    /** A reward without a code. */
    public RewardGrant(RewardConfig reward, long pointsPaid, Optional<String> rule) {
        this(reward, pointsPaid, rule, Optional.empty());
    }
}
