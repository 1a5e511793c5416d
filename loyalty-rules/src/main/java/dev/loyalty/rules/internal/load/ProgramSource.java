package dev.loyalty.rules.internal.load;

import java.util.Map;
import java.util.Optional;

/** Where a program's files come from: a directory, the class path or strings. */
interface ProgramSource {

    /** The text of {@code program.yaml}; empty (with a problem recorded) if it cannot be read. */
    Optional<String> programYaml(Problems problems);

    /**
     * The DRL files by name ({@code rules/earn.drl}), in load order: those {@code declared} lists under
     * {@code rules:}, in that order, or else every DRL file sorted by name. Missing listed files and
     * files that are present but not listed are recorded as problems.
     */
    Map<String, String> rules(Declared declared, Problems problems);
}
