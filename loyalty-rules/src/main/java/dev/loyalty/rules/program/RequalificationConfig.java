package dev.loyalty.rules.program;

/**
 * The {@code requalification} section: a member moved down at a tier re-evaluation is offered the tier
 * back for one purchase within {@code offerDays} (the {@code requalification} trigger tells them so).
 * YAML: {@code requalification: { offerDays: 30 }}.
 *
 * @param offerDays how long the offer runs after the downgrade, >= 1
 */
public record RequalificationConfig(int offerDays) {

    /** Checks the field. */
    public RequalificationConfig {
        if (offerDays < 1) {
            throw new IllegalArgumentException("offerDays must be >= 1, but was " + offerDays);
        }
    }
}
