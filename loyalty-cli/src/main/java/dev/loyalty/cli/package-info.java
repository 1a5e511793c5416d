/**
 * The {@code loyalty} command ({@link dev.loyalty.cli.Loyalty}): simulate a program over a JSON Lines
 * file of events, compare two programs, check a program, explain a member's statement and run a
 * program's scenario files; and {@link dev.loyalty.cli.ProgramScenarios}, which runs the same scenario
 * files as JUnit 5 tests. Packages under {@code internal} are not API.
 */
@NullMarked
package dev.loyalty.cli;

import org.jspecify.annotations.NullMarked;
