package dev.loyalty.rules.facts;

import dev.loyalty.core.MemberId;
import java.time.Instant;
import java.util.Objects;

/**
 * A member spins a wheel of {@code games.wheels}: with a spin a rule gave them ({@code decisions.grantSpin}),
 * or else by paying the wheel's cost in points. Refused with {@code NO_SPIN} when the member has no spin
 * and the wheel cannot be bought, with {@code INSUFFICIENT_POINTS} when the member cannot pay. The prize
 * is drawn with the engine's random source; the outcome and the prize's ledger entry record the seed.
 */
public final class Spin extends MemberEvent implements Event {

    private final String wheel;

    private Spin(String id, MemberId memberId, Instant at, String wheel) {
        super(id, memberId, at);
        this.wheel = Events.name("wheel", wheel);
    }

    /** {@code member} spins {@code wheel}. */
    public static Spin of(String id, MemberId memberId, Instant at, String wheel) {
        return new Spin(id, memberId, at, wheel);
    }

    @Override
    public String getType() {
        return "spin";
    }

    /** The wheel's id. */
    public String getWheel() {
        return wheel;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Spin other && sameEvent(other) && wheel.equals(other.wheel);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, memberId, at, wheel);
    }

    @Override
    public String toString() {
        return "Spin[" + id + " by " + memberId + " at " + at + ": " + wheel + "]";
    }
}
