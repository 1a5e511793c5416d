package dev.loyalty.spi;

import dev.loyalty.core.MemberId;
import java.util.Objects;

/** What a store did with an {@link Append}. Only {@link Applied} changed anything. */
public sealed interface AppendResult {

    /**
     * The append was applied, atomically.
     *
     * @param receipt what was applied
     */
    record Applied(Receipt receipt) implements AppendResult {
        /** Validates the field. */
        public Applied {
            Objects.requireNonNull(receipt, "receipt");
        }
    }

    /**
     * An append with the same owner, key and fingerprint was applied before; nothing was changed now.
     *
     * @param receipt what the first append applied
     */
    record Duplicate(Receipt receipt) implements AppendResult {
        /** Validates the field. */
        public Duplicate {
            Objects.requireNonNull(receipt, "receipt");
        }
    }

    /**
     * The owner's key was used before for a request with another fingerprint; nothing was changed.
     *
     * @param first the receipt of the request that used the key first
     */
    record KeyConflict(Receipt first) implements AppendResult {
        /** Validates the field. */
        public KeyConflict {
            Objects.requireNonNull(first, "first");
        }
    }

    /**
     * A member was not at the expected version (it changed since it was loaded, or an enrolled member
     * already exists, or a member to change does not); nothing was changed. Reload and retry.
     *
     * @param member the first member found at another version
     * @param expectedVersion the version the append expected
     * @param actualVersion the version found; 0 if the member does not exist
     */
    record VersionConflict(MemberId member, long expectedVersion, long actualVersion) implements AppendResult {
        /** Validates the field. */
        public VersionConflict {
            Objects.requireNonNull(member, "member");
        }
    }

    /**
     * A budget claim of the append would take its budget above the claim's limit; nothing was changed
     * (no member, no other budget). Checked after the idempotency key and the versions: a retry of an
     * applied append is a {@link Duplicate} even when the budget is used up by now.
     *
     * @param budget a budget that had too little left (when several had, which one the store names is up to it)
     * @param limit the claim's limit
     * @param used how much of the budget was used when the claim was refused
     * @param requested the claim's amount
     */
    record BudgetExhausted(String budget, long limit, long used, long requested) implements AppendResult {
        /** Validates the field. */
        public BudgetExhausted {
            Objects.requireNonNull(budget, "budget");
        }
    }
}
