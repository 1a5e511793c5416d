package dev.loyalty.rules.facts;

import dev.loyalty.core.MemberId;
import java.time.Instant;

/**
 * Something that happened to a member, handed to {@code LoyaltyEngine.handle}. Its id is the request's
 * idempotency key: handling the same event twice changes nothing the second time.
 */
public sealed interface Event permits Enrollment, Purchase, Refund, Activity, Referral, RedemptionRequest,
        RedemptionCancel, Spin, Checkout, MembershipPayment, Compensation {

    /** The event's id, unique per member: the idempotency key. */
    String getId();

    /** The member the event is about. */
    MemberId getMemberId();

    /** When the event happened. */
    Instant getAt();

    /** The event type as rule authors and reports name it: {@code purchase}, {@code refund}, ... */
    String getType();
}
