package dev.loyalty.spi.tck;

import dev.loyalty.core.ledger.Lot;
import dev.loyalty.spi.Append;
import dev.loyalty.spi.AppendResult;
import dev.loyalty.spi.MemberChange;
import dev.loyalty.spi.MemberState;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Stores with one deliberate bug each, for {@link BrokenStoreTest}. */
final class BrokenStores {

    private BrokenStores() {}

    /** Forgets idempotency keys: every append gets a key never seen before, so retries apply again. */
    static final class KeyForgetting extends ForwardingStore {
        private final AtomicLong appends = new AtomicLong();

        @Override
        public AppendResult append(Append append) {
            String fresh = append.requestKey() + "#" + appends.incrementAndGet();
            return delegate.append(new Append(fresh, append.fingerprint(), append.changes(), append.claims()));
        }
    }

    /**
     * Stores a lot only when it is new: a changed lot keeps the remaining it had, as if the allocations of
     * the entries were never applied to it.
     */
    static final class StaleLots extends ForwardingStore {
        @Override
        public AppendResult append(Append append) {
            return delegate.append(new Append(append.requestKey(), append.fingerprint(),
                    append.changes().stream().map(this::keepStoredLots).toList(), append.claims()));
        }

        private MemberChange keepStoredLots(MemberChange change) {
            Map<Long, Lot> stored = delegate.find(change.member()).map(MemberState::lots).orElse(List.of()).stream()
                    .collect(Collectors.toMap(Lot::id, Function.identity()));
            List<Lot> lots = change.lots().stream().map(lot -> stored.getOrDefault(lot.id(), lot)).toList();
            return new MemberChange(change.member(), change.expectedVersion(), change.profile(), change.entries(), lots,
                    change.counterDeltas(), change.lastActivityAt(), change.messages(), change.tier(), change.tierChanges());
        }
    }

    /** Skips the version check: every change is applied at whatever version its member is at. */
    static final class VersionBlind extends ForwardingStore {
        @Override
        public AppendResult append(Append append) {
            return delegate.append(new Append(append.requestKey(), append.fingerprint(),
                    append.changes().stream().map(this::atCurrentVersion).toList(), append.claims()));
        }

        private MemberChange atCurrentVersion(MemberChange change) {
            long actual = delegate.find(change.member()).map(MemberState::version).orElse(0L);
            return new MemberChange(change.member(), actual, change.profile(), change.entries(), change.lots(),
                    change.counterDeltas(), change.lastActivityAt(), change.messages(), change.tier(), change.tierChanges());
        }
    }
}
