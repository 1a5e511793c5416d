/**
 * Internal: reads {@code program.yaml}, compiles the DRL files with Drools and assembles a
 * {@link dev.loyalty.rules.CompiledProgram}. Everything here may change at any time without notice; do not
 * use it from host code. The one entry point meant for the engine is {@link
 * dev.loyalty.rules.internal.load.Programs#kieBase Programs.kieBase}.
 */
@NullMarked
package dev.loyalty.rules.internal.load;

import org.jspecify.annotations.NullMarked;
