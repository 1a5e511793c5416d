package dev.loyalty.rules.facts;

import dev.loyalty.core.MemberId;
import java.time.Instant;
import java.util.Objects;

/**
 * A redemption is cancelled, or what it bought is returned: the points it spent go back to the lots they
 * came from, with their original expiry, and the reward counts as not redeemed (for per-member limits and
 * stock), and a code it issued is voided. Cancelling the same redemption twice is refused
 * ({@code ALREADY_REVERSED}), and so is cancelling a request that spent nothing ({@code NOT_REDEEMED}) or
 * one whose code was used ({@code CODE_USED}).
 */
public final class RedemptionCancel extends MemberEvent implements Event {

    private final String redemptionId;

    private RedemptionCancel(String id, MemberId memberId, Instant at, String redemptionId) {
        super(id, memberId, at);
        this.redemptionId = Events.id(redemptionId);
    }

    /** Cancels the member's redemption request {@code redemptionId} (the id it was handled under). */
    public static RedemptionCancel of(String id, MemberId memberId, Instant at, String redemptionId) {
        return new RedemptionCancel(id, memberId, at, redemptionId);
    }

    @Override
    public String getType() {
        return "redemption-cancel";
    }

    /** The id of the redemption request that is cancelled. */
    public String getRedemptionId() {
        return redemptionId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RedemptionCancel other && sameEvent(other) && redemptionId.equals(other.redemptionId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, memberId, at, redemptionId);
    }

    @Override
    public String toString() {
        return "RedemptionCancel[" + id + " by " + memberId + " at " + at + " of " + redemptionId + "]";
    }
}
