package dev.loyalty.core.member;

/** Where a member stands in the program, and so what the program may do for or with them. */
public enum MemberStatus {
    /** A member in good standing: earns and redeems points, moves between tiers, receives messages. */
    ACTIVE,
    /**
     * Temporarily blocked, for example while a fraud report is looked into: keeps the points and tier
     * already held, but earns nothing, redeems nothing and gets no marketing messages until made
     * {@link #ACTIVE} again.
     */
    SUSPENDED,
    /**
     * Left the program or was removed. Final: nothing is earned, redeemed or sent any more; the record
     * and its ledger history are kept for audit only.
     */
    CLOSED
}
