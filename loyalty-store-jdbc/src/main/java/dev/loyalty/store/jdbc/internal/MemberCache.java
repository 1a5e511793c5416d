package dev.loyalty.store.jdbc.internal;

import dev.loyalty.core.MemberId;
import dev.loyalty.spi.MemberState;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The member states a store read last, at most {@code capacity} of them, least recently used dropped
 * first. Never trusted blindly: a load sends the cached version to the database and reads only what
 * changed after it (see {@link MemberReads}), so the cache saves reading and decoding whole ledgers again,
 * never correctness. Thread-safe.
 */
final class MemberCache {

    private final int capacity;
    private final Map<MemberId, MemberState> states;

    MemberCache(int capacity) {
        this.capacity = capacity;
        this.states = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<MemberId, MemberState> eldest) {
                return size() > MemberCache.this.capacity;
            }
        };
    }

    synchronized Optional<MemberState> get(MemberId member) {
        return Optional.ofNullable(states.get(member));
    }

    /** Keeps {@code state} unless a later version of the member is kept already. */
    synchronized void put(MemberState state) {
        if (capacity == 0) {
            return;
        }
        states.merge(state.member().id(), state, (old, now) -> now.version() >= old.version() ? now : old);
    }
}
