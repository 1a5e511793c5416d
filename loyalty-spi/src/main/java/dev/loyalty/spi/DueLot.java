package dev.loyalty.spi;

import dev.loyalty.core.MemberId;
import java.time.Instant;
import java.util.Objects;

/**
 * A lot that is due for expiry or activation.
 *
 * @param member whose lot
 * @param lot the lot's id in the member's ledger
 * @param pointType the point type's id
 * @param dueAt its expiry or activation instant
 * @param remaining what is left of it
 */
public record DueLot(MemberId member, long lot, String pointType, Instant dueAt, long remaining) {

    /** Validates the fields. */
    public DueLot {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(pointType, "pointType");
        Objects.requireNonNull(dueAt, "dueAt");
    }
}
