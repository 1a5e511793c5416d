package dev.loyalty.rules.internal.handle;

import dev.loyalty.rules.RuleException;
import dev.loyalty.rules.program.UnknownIdException;
import java.util.function.Supplier;

/** Turns a lookup of something a rule named into a failure of that rule when the program has no such thing. */
final class Rules {

    private Rules() {}

    static <T> T known(String rule, Supplier<T> lookup) {
        try {
            return lookup.get();
        } catch (UnknownIdException e) {
            throw new RuleException(rule, e.getMessage(), e);
        }
    }
}
