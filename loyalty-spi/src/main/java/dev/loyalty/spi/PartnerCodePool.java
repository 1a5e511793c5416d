package dev.loyalty.spi;

import dev.loyalty.core.MemberId;
import java.util.List;
import java.util.Optional;

/**
 * Codes a partner hands the program for its rewards (a cinema's tickets, a shop's vouchers), kept by the
 * host in named pools; the engine draws one for each redemption of a reward with a {@code partnerPool}.
 * Implementations: {@code InMemoryPartnerCodes}, {@code JdbcPartnerCodes}; both are checked by the kit's
 * {@code PartnerCodePoolContract}.
 *
 * <p>The contract: each code is drawn at most once, also under concurrent draws; a draw is idempotent by
 * its request key (the same pool and key give the same code again, so a retried redemption gets the
 * code it was given); a pool with no code left gives nothing and changes nothing. Thread-safe.
 */
public interface PartnerCodePool {

    /** Adds {@code codes} to {@code pool}, to be drawn in the order given; a code already in the pool is an error. */
    void add(String pool, List<String> codes);

    /**
     * The code drawn for {@code requestKey} of {@code pool}: the one drawn before under that key, else the
     * next one not yet drawn, now given to {@code member}; empty if the pool has no code left.
     */
    Optional<String> draw(String pool, MemberId member, String requestKey);

    /** How many codes of {@code pool} have not been drawn; 0 for a pool never filled. */
    long remaining(String pool);

    /** A pool with no codes, for programs without partner rewards: every draw finds nothing. */
    static PartnerCodePool none() {
        return new PartnerCodePool() {
            @Override
            public void add(String pool, List<String> codes) {
                throw new UnsupportedOperationException("PartnerCodePool.none() keeps no codes; give the engine a pool");
            }

            @Override
            public Optional<String> draw(String pool, MemberId member, String requestKey) {
                return Optional.empty();
            }

            @Override
            public long remaining(String pool) {
                return 0;
            }
        };
    }
}
