package dev.loyalty.store.jdbc.internal;

/** Column lists shared by several statements. */
final class Columns {

    /** The columns of {@code loyalty_lot}, in the order the lot statements bind them. */
    static final String LOT = "member_id, lot_id, point_type, amount, remaining, lot_state, earned_at, activates_at, expires_at,"
            + " expiry_due, activation_due, changed_in, body";

    private Columns() {}
}
