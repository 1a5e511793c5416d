package dev.loyalty.spi.memory;

import dev.loyalty.core.MemberId;
import dev.loyalty.spi.PartnerCodePool;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Partner code pools in memory, for tests and single-process hosts. All methods hold one lock. */
public final class InMemoryPartnerCodes implements PartnerCodePool {

    private final Map<String, ArrayDeque<String>> free = new HashMap<>();
    private final Map<String, Set<String>> known = new HashMap<>();
    private final Map<String, Map<String, String>> drawn = new HashMap<>();

    private InMemoryPartnerCodes() {}

    /** Empty pools. */
    public static InMemoryPartnerCodes create() {
        return new InMemoryPartnerCodes();
    }

    @Override
    public synchronized void add(String pool, List<String> codes) {
        Objects.requireNonNull(pool, "pool");
        Set<String> seen = known.computeIfAbsent(pool, p -> new HashSet<>());
        for (String code : codes) {
            if (seen.contains(Objects.requireNonNull(code, "code"))) {
                throw new IllegalArgumentException("code '" + code + "' is already in pool '" + pool + "'");
            }
        }
        seen.addAll(codes);
        free.computeIfAbsent(pool, p -> new ArrayDeque<>()).addAll(codes);
    }

    @Override
    public synchronized Optional<String> draw(String pool, MemberId member, String requestKey) {
        Objects.requireNonNull(member, "member");
        Map<String, String> byKey = drawn.computeIfAbsent(Objects.requireNonNull(pool, "pool"), p -> new HashMap<>());
        String before = byKey.get(Objects.requireNonNull(requestKey, "requestKey"));
        if (before != null) {
            return Optional.of(before);
        }
        ArrayDeque<String> left = free.get(pool);
        if (left == null || left.isEmpty()) {
            return Optional.empty();
        }
        String code = left.poll();
        byKey.put(requestKey, code);
        return Optional.of(code);
    }

    @Override
    public synchronized long remaining(String pool) {
        ArrayDeque<String> left = free.get(Objects.requireNonNull(pool, "pool"));
        return left == null ? 0 : left.size();
    }
}
