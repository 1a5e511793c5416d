package dev.loyalty.rules;

import dev.loyalty.core.LoyaltyException;

/**
 * A rule failed while an event was handled: it passed a bad number to {@code decisions}, named a point
 * type or reward the program does not have, or its consequence threw. Nothing was changed; the program
 * needs fixing, so trying again does not help.
 */
public final class RuleException extends LoyaltyException {

    private static final long serialVersionUID = 1L;

    private final String rule;

    /** Rule {@code rule} failed as {@code message} says. */
    public RuleException(String rule, String message) {
        super("rule '" + rule + "': " + message);
        this.rule = rule;
    }

    /** Rule {@code rule} failed with {@code cause}. */
    public RuleException(String rule, String message, Throwable cause) {
        super("rule '" + rule + "': " + message, cause);
        this.rule = rule;
    }

    /** The name of the rule that failed. */
    public String rule() {
        return rule;
    }

    @Override
    public boolean isTransient() {
        return false;
    }
}
