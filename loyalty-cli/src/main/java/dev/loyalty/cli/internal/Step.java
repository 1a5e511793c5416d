package dev.loyalty.cli.internal;

import dev.loyalty.rules.facts.Event;
import java.time.Instant;

/** One line of an event file, read: an event to handle, or a point in time to advance to. */
public sealed interface Step {

    /** The line number in the file (or the position in a scenario), from 1. */
    int line();

    /** When the step happens. */
    Instant at();

    /** Hand {@code event} to the engine. */
    record Handle(int line, Event event) implements Step {
        @Override
        public Instant at() {
            return event.getAt();
        }
    }

    /** Run the time-driven work (expiry, activation, tier reviews) due by {@code at}. */
    record Advance(int line, Instant at) implements Step {}
}
