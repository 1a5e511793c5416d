package dev.loyalty.rules.facts;

import dev.loyalty.core.MemberId;
import java.time.Instant;
import java.util.Objects;

/**
 * Something a member did that is not a purchase: completed the profile, shared a link, wrote a review,
 * answered a survey. The kind is free text the program's rules agree on, e.g. {@code Activity(kind == "review")}.
 */
public final class Activity extends MemberEvent implements Event {

    private final String kind;

    private Activity(String id, MemberId memberId, Instant at, String kind) {
        super(id, memberId, at);
        this.kind = Events.name("kind", kind);
    }

    /** An activity of {@code kind}. */
    public static Activity of(String id, MemberId memberId, Instant at, String kind) {
        return new Activity(id, memberId, at, kind);
    }

    @Override
    public String getType() {
        return "activity";
    }

    /** What the member did, e.g. {@code review}. */
    public String getKind() {
        return kind;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Activity other && sameEvent(other)
                && kind.equals(other.kind);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, memberId, at, kind);
    }

    @Override
    public String toString() {
        return "Activity[" + id + " by " + memberId + " at " + at + ": " + kind + "]";
    }
}
