package dev.loyalty.spi.tck.model;

import dev.loyalty.core.MemberId;
import dev.loyalty.core.ledger.Adjustment;
import dev.loyalty.core.ledger.Earn;
import dev.loyalty.core.ledger.Lot;
import dev.loyalty.core.ledger.Redeem;
import dev.loyalty.core.ledger.Reversal;
import dev.loyalty.core.ledger.Transfer;
import java.time.Instant;

/** One step of a model run: a request to {@code Accounts}, or time passing. */
sealed interface Command {

    /** One line for the failure report. */
    String describe();

    /** A request with an idempotency key, scoped to its owner's ledger. */
    sealed interface Keyed extends Command {
        /** The member whose ledger scopes the key. */
        MemberId owner();

        /** The idempotency key. */
        String key();

        /** The request record, whose equality is what tells a retry from a different request. */
        Object request();
    }

    /** {@code Accounts.earn}. */
    record EarnPoints(MemberId owner, Earn request) implements Keyed {
        @Override
        public String key() {
            return request.requestKey();
        }

        @Override
        public String describe() {
            String pending = request.isPending() ? " pending until " + request.activatesAt() : "";
            return "earn " + owner + " " + request.amount() + " " + request.pointType() + pending
                    + expiry(request.expiresAt()) + " at " + request.at() + " key=" + key();
        }
    }

    /** {@code Accounts.redeem}. */
    record RedeemPoints(MemberId owner, Redeem request) implements Keyed {
        @Override
        public String key() {
            return request.requestKey();
        }

        @Override
        public String describe() {
            return "redeem " + owner + " " + request.amount() + " " + request.pointType() + " at " + request.at() + " key=" + key();
        }
    }

    /** {@code Accounts.reverse}. */
    record ReverseEntry(MemberId owner, Reversal request) implements Keyed {
        @Override
        public String key() {
            return request.requestKey();
        }

        @Override
        public String describe() {
            String amount = request.amount().isPresent() ? String.valueOf(request.amount().getAsLong()) : "all";
            return "reverse " + owner + " entry #" + request.entry() + " (" + amount + ") at " + request.at()
                    + " reason=" + request.reason() + " key=" + key();
        }
    }

    /** {@code Accounts.adjust}. */
    record AdjustPoints(MemberId owner, Adjustment request) implements Keyed {
        @Override
        public String key() {
            return request.requestKey();
        }

        @Override
        public String describe() {
            String expiry = request.amount() > 0 ? expiry(request.expiresAt()) : "";
            return "adjust " + owner + " " + (request.amount() > 0 ? "+" : "") + request.amount() + " " + request.pointType()
                    + expiry + " at " + request.at() + " key=" + key();
        }
    }

    /** {@code Accounts.transfer}; the key is scoped to the giving member. */
    record TransferPoints(Transfer request) implements Keyed {
        @Override
        public MemberId owner() {
            return request.from();
        }

        @Override
        public String key() {
            return request.requestKey();
        }

        @Override
        public String describe() {
            return "transfer " + request.from() + " -> " + request.to() + " " + request.amount() + " " + request.pointType()
                    + " at " + request.at() + " key=" + key();
        }
    }

    /** {@code Accounts.advanceTo}: time passes and the expiry and activation sweeps run. */
    record AdvanceTo(Instant at) implements Command {
        @Override
        public String describe() {
            return "advanceTo(" + at + ")";
        }
    }

    /** Time passes without a sweep; later requests are made at {@code until}. Nothing is called. */
    record Wait(Instant until) implements Command {
        @Override
        public String describe() {
            return "time passes to " + until + " (no sweep)";
        }
    }

    private static String expiry(Instant expiresAt) {
        return Lot.NEVER.equals(expiresAt) ? "" : " expiring " + expiresAt;
    }
}
