/**
 * A program's configuration as read from {@code program.yaml}: point types with their expiry, pending
 * period and value, campaigns, the rewards catalogue, segments, and the rules found in the DRL files.
 * Every type here is an immutable record; get them from a {@link dev.loyalty.rules.CompiledProgram}.
 * {@code docs/program-yaml.md} describes the YAML keys each record comes from.
 */
@NullMarked
package dev.loyalty.rules.program;

import org.jspecify.annotations.NullMarked;
