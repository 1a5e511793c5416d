/**
 * The loyalty engine: {@link dev.loyalty.rules.LoyaltyEngine} handles members' events with a
 * {@link dev.loyalty.rules.CompiledProgram} (a {@code program.yaml} and DRL rules, compiled with Drools)
 * and keeps the results in a {@link dev.loyalty.spi.LoyaltyStore}; every
 * {@link dev.loyalty.rules.Outcome} and ledger entry can be explained
 * ({@link dev.loyalty.rules.Explanation}).
 *
 * <p>Rule authors write against {@link dev.loyalty.rules.facts}; the program's configuration is in
 * {@link dev.loyalty.rules.program}. Packages under {@code internal} are not API.
 */
@NullMarked
package dev.loyalty.rules;

import org.jspecify.annotations.NullMarked;
