package dev.loyalty.rules.program;

import java.util.Objects;

/**
 * A rule of the program and where it is written.
 *
 * @param name the rule's name, unique in the program
 * @param file the DRL file, e.g. {@code rules/earn.drl}
 * @param line the line of its {@code rule} keyword, from 1
 */
public record RuleInfo(String name, String file, int line) {

    /** Validates the fields. */
    public RuleInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
    }

    /** {@code 'name' (rules/earn.drl:12)}. */
    @Override
    public String toString() {
        return "'" + name + "' (" + file + ":" + line + ")";
    }
}
