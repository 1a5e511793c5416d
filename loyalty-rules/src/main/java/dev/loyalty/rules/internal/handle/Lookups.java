package dev.loyalty.rules.internal.handle;

import dev.loyalty.core.MemberId;
import dev.loyalty.rules.reward.DiscountCodes;
import dev.loyalty.spi.IssuedCode;
import dev.loyalty.spi.LoyaltyStore;
import dev.loyalty.spi.PartnerCodePool;
import dev.loyalty.spi.RandomSource;
import java.util.Optional;

/**
 * What deciding an event may look up outside the member's own state: issued codes and how much of a
 * budget is used (in the store), new codes (from the injected random source), partner codes (from the
 * host's pools). Reads only; whatever the decision uses is checked again by the append (budget claims,
 * unique codes, the member's version).
 */
public interface Lookups {

    /** The issued code {@code code}, if there is one. */
    Optional<IssuedCode> code(String code);

    /** How much of budget {@code budget} is used. */
    long budgetUsed(String budget);

    /** A new discount code, not issued before. */
    String newCode();

    /** The partner code drawn from {@code pool} for {@code requestKey}; empty if the pool has none left. */
    Optional<String> partnerCode(String pool, MemberId member, String requestKey);

    /** No look-ups: no codes, no budget used, no partner codes; a new code is an error. */
    Lookups NONE = new Lookups() {
        @Override
        public Optional<IssuedCode> code(String code) {
            return Optional.empty();
        }

        @Override
        public long budgetUsed(String budget) {
            return 0;
        }

        @Override
        public String newCode() {
            throw new IllegalStateException("this decision has no random source for new codes");
        }

        @Override
        public Optional<String> partnerCode(String pool, MemberId member, String requestKey) {
            return Optional.empty();
        }
    };

    /** Look-ups in {@code store}, codes from {@code random}, partner codes from {@code partners}. */
    static Lookups of(LoyaltyStore store, RandomSource random, PartnerCodePool partners) {
        return new Lookups() {
            @Override
            public Optional<IssuedCode> code(String code) {
                return store.findCode(code);
            }

            @Override
            public long budgetUsed(String budget) {
                return store.budgetUsed(budget);
            }

            @Override
            public String newCode() {
                for (int attempt = 0; attempt < 8; attempt++) {
                    String code = DiscountCodes.next(random);
                    if (store.findCode(code).isEmpty()) {
                        return code;
                    }
                }
                throw new IllegalStateException("8 new codes from " + random + " in a row were issued before: is the random source random?");
            }

            @Override
            public Optional<String> partnerCode(String pool, MemberId member, String requestKey) {
                return partners.draw(pool, member, requestKey);
            }
        };
    }
}
