package dev.loyalty.store.jdbc.internal;

import dev.loyalty.core.ledger.Entry;
import dev.loyalty.spi.AppendResult;
import dev.loyalty.spi.MemberChange;
import java.util.Optional;

/**
 * What the version step of an append found for one member change: applied (the member's row now holds
 * the next version), another version, or entries that do not continue the member's ledger.
 *
 * @param change the change
 * @param actualVersion the version found when it was not the expected one; else the expected one
 * @param entryCount the entries the member had, when the entries did not continue them; else -1
 */
record VersionCheck(MemberChange change, long actualVersion, long entryCount) {

    static VersionCheck applied(MemberChange change) {
        return new VersionCheck(change, change.expectedVersion(), -1);
    }

    static VersionCheck found(MemberChange change, long actualVersion, long entryCount) {
        return new VersionCheck(change, actualVersion, actualVersion == change.expectedVersion() ? entryCount : -1);
    }

    /** The conflict, if the member was at another version. */
    Optional<AppendResult> conflict() {
        return actualVersion == change.expectedVersion() ? Optional.empty()
                : Optional.of(new AppendResult.VersionConflict(change.member(), change.expectedVersion(), actualVersion));
    }

    /**
     * Throws if the entries do not continue the member's ledger of {@link #entryCount()} entries.
     *
     * @throws IllegalArgumentException naming the first entry out of sequence
     */
    void checkSequence() {
        if (entryCount < 0) {
            return;
        }
        long next = entryCount + 1;
        for (Entry entry : change.entries()) {
            if (entry.sequence() != next) {
                throw new IllegalArgumentException("entry " + entry.ref() + " (" + entry.kind()
                        + ") does not continue the ledger of member '" + change.member() + "': expected sequence " + next
                        + " (the member has " + entryCount + " entries), but was " + entry.sequence());
            }
            next++;
        }
        throw new IllegalStateException("the entries of member '" + change.member() + "' continue its " + entryCount
                + " entries, yet the store found them out of sequence");
    }

    /** Whether {@code change}'s entries number on from one another without gaps. */
    static boolean consecutive(MemberChange change) {
        for (int i = 1; i < change.entries().size(); i++) {
            if (change.entries().get(i).sequence() != change.entries().get(0).sequence() + i) {
                return false;
            }
        }
        return true;
    }
}
