package dev.loyalty.rules.internal.handle;

import dev.loyalty.core.ConcurrencyException;
import dev.loyalty.core.MemberId;
import dev.loyalty.spi.Append;
import dev.loyalty.spi.AppendResult;
import dev.loyalty.spi.LoyaltyStore;
import dev.loyalty.spi.MemberChange;
import dev.loyalty.spi.MemberState;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Function;

/** Appends a time-driven change at most once per request key, deciding again after a concurrent change. */
final class Appends {

    private Appends() {}

    /**
     * A change and the request key it is appended under.
     *
     * @param key the request key: the same work always has the same key
     * @param change the change
     */
    record Keyed(String key, MemberChange change) {}

    /**
     * Appends what {@code decide} makes of the member's state under {@code key}, unless the key was
     * applied before or {@code decide} has nothing to do; whether this call applied it.
     */
    static boolean once(LoyaltyStore store, MemberId member, String key, int maxAttempts,
            Function<MemberState, Optional<MemberChange>> decide) {
        if (store.findReceipt(member, key).isPresent()) {
            return false;
        }
        return once(store, member, maxAttempts, state -> decide.apply(state).map(change -> new Keyed(key, change)));
    }

    /**
     * Appends what {@code decide} makes of the member's state, under the key it names; whether this call
     * applied it (not if the key was applied before, or there was nothing to do).
     */
    static boolean once(LoyaltyStore store, MemberId member, int maxAttempts, Function<MemberState, Optional<Keyed>> decide) {
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            Optional<Keyed> keyed = store.find(member).flatMap(decide);
            if (keyed.isEmpty()) {
                return false;
            }
            String key = keyed.get().key();
            AppendResult result = store.append(Append.of(key, fingerprint(key), keyed.get().change()));
            if (result instanceof AppendResult.Applied) {
                return true;
            }
            if (!(result instanceof AppendResult.VersionConflict)) {
                return false;
            }
        }
        throw new ConcurrencyException(member, maxAttempts);
    }

    /** The SHA-256 of {@code "work|" + key}, as the engine fingerprints its other time-driven work. */
    private static String fingerprint(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(("work|" + key).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
