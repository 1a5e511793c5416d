/**
 * JMH benchmarks of the loyalty rules SDK (not released): Drools session strategies and compile modes
 * for one realistic program ({@code programs/bench-20}), the same policy hand-written in plain Java as
 * the ceiling, and end-to-end {@code LoyaltyEngine.handle} on the in-memory store. See
 * {@code BENCHMARKS.md} at the repository root for how to run them and the figures.
 */
@NullMarked
package dev.loyalty.benchmarks;

import org.jspecify.annotations.NullMarked;
