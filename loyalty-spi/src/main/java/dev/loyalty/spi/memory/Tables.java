package dev.loyalty.spi.memory;

import dev.loyalty.core.MemberId;
import dev.loyalty.spi.IssuedCode;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * All the data of one in-memory store: members by id, receipts by owner and key, the due-work indexes
 * and the campaign budgets.
 *
 * @param members every member ever named in an append, by id (those never enrolled have no profile)
 * @param receipts the receipts of applied appends, by owner and key; written under the owner's lock
 * @param expiring lots that will expire
 * @param activating pending lots that will activate
 * @param outbox messages not yet delivered
 * @param budgets how much of each campaign budget is used
 * @param codes the codes issued, by their text; written under the budgets' lock
 * @param codec the form in which the records keep their entries and lots
 */
record Tables(
        ConcurrentSkipListMap<MemberId, MemberRecord> members,
        ConcurrentHashMap<ReceiptKey, StoredReceipt> receipts,
        DueLotIndex expiring,
        DueLotIndex activating,
        OutboxIndex outbox,
        Budgets budgets,
        ConcurrentHashMap<String, IssuedCode> codes,
        LedgerCodec codec) {

    /** Empty tables. */
    static Tables empty() {
        LedgerCodec codec = new LedgerCodec();
        return new Tables(new ConcurrentSkipListMap<>(), new ConcurrentHashMap<>(), DueLotIndex.expiring(codec),
                DueLotIndex.activating(codec), new OutboxIndex(), new Budgets(), new ConcurrentHashMap<>(), codec);
    }

    /** The record of {@code member}, made (not enrolled) if there was none. */
    MemberRecord record(MemberId member) {
        return members.computeIfAbsent(member, MemberRecord::new);
    }
}
