package dev.loyalty.rules.facts;

import dev.loyalty.core.MemberId;
import java.time.Instant;
import java.util.Objects;

/** What every event but an enrollment holds: its id, its member and when it happened, checked once here. */
abstract class MemberEvent {

    final String id;
    final MemberId memberId;
    final Instant at;

    MemberEvent(String id, MemberId memberId, Instant at) {
        this.id = Events.id(id);
        this.memberId = Objects.requireNonNull(memberId, "memberId");
        this.at = Objects.requireNonNull(at, "at");
    }

    /** The event's id, unique per member: the idempotency key. */
    public String getId() {
        return id;
    }

    /** The member the event is about. */
    public MemberId getMemberId() {
        return memberId;
    }

    /** When the event happened. */
    public Instant getAt() {
        return at;
    }

    /** Whether {@code other} has the same id, member and instant. */
    final boolean sameEvent(MemberEvent other) {
        return id.equals(other.id) && memberId.equals(other.memberId) && at.equals(other.at);
    }
}
