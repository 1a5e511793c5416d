package dev.loyalty.rules.facts;

import dev.loyalty.core.MemberId;
import java.time.Instant;
import java.util.Objects;

/**
 * A member (the inviter, whose event this is) brought in another (the invitee), who has now reached
 * {@code stage}: {@code signed-up} or {@code first-purchase}.
 *
 * <p>The engine makes these itself when a member enrolls with a referral code
 * ({@link Enrollment#referredBy}) and when that member first buys, and handles them for the inviter in the
 * same atomic append as the invitee's event. A host that links members itself may hand one to the
 * engine; it is refused when the inviter is the invitee ({@code SELF_REFERRAL}), the invitee was referred
 * by someone else ({@code REFERRED_BY_ANOTHER_MEMBER}) or the stage was counted for the invitee before
 * ({@code REFERRAL_ALREADY_COUNTED}), and otherwise links the invitee to the inviter.
 */
public final class Referral extends MemberEvent implements Event {

    private final MemberId invitee;
    private final String stage;

    private Referral(String id, MemberId memberId, Instant at, MemberId invitee, String stage) {
        super(id, memberId, at);
        this.invitee = Objects.requireNonNull(invitee, "invitee");
        this.stage = Events.name("stage", stage);
    }

    /** {@code inviter}'s invitee reached {@code stage}. */
    public static Referral of(String id, MemberId inviter, Instant at, MemberId invitee, String stage) {
        return new Referral(id, inviter, at, invitee, stage);
    }

    @Override
    public String getType() {
        return "referral";
    }

    /** The member who was invited. */
    public MemberId getInvitee() {
        return invitee;
    }

    /** How far the invitee got, e.g. {@code signed-up}. */
    public String getStage() {
        return stage;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Referral other && sameEvent(other)
                && invitee.equals(other.invitee) && stage.equals(other.stage);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, memberId, at, invitee, stage);
    }

    @Override
    public String toString() {
        return "Referral[" + id + " by " + memberId + " at " + at + ": " + invitee + " " + stage + "]";
    }
}
