package dev.loyalty.spi.memory;

import dev.loyalty.core.MemberId;
import dev.loyalty.spi.Receipt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * All the data of one in-memory store: members by id, receipts by owner and key, and the due-work
 * indexes.
 *
 * @param members every member ever named in an append, by id (those never enrolled have no profile)
 * @param receipts the receipts of applied appends; written under the owner's lock
 * @param expiring lots that will expire
 * @param activating pending lots that will activate
 * @param outbox messages not yet delivered
 */
record Tables(
        ConcurrentSkipListMap<MemberId, MemberRecord> members,
        ConcurrentHashMap<ReceiptKey, Receipt> receipts,
        DueLotIndex expiring,
        DueLotIndex activating,
        OutboxIndex outbox) {

    /** Empty tables. */
    static Tables empty() {
        return new Tables(new ConcurrentSkipListMap<>(), new ConcurrentHashMap<>(), DueLotIndex.expiring(),
                DueLotIndex.activating(), new OutboxIndex());
    }

    /** The record of {@code member}, made (not enrolled) if there was none. */
    MemberRecord record(MemberId member) {
        return members.computeIfAbsent(member, MemberRecord::new);
    }
}
