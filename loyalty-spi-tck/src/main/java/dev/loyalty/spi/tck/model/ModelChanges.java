package dev.loyalty.spi.tck.model;

import dev.loyalty.core.ledger.Adjustment;
import dev.loyalty.core.ledger.Earn;
import dev.loyalty.core.ledger.Reason;
import dev.loyalty.core.ledger.Redeem;
import dev.loyalty.core.ledger.Reversal;
import dev.loyalty.core.ledger.Transfer;

/** Makes a different request under the same key as an earlier one: one more unit, or another reason. */
final class ModelChanges {

    private ModelChanges() {}

    static Command.Keyed changed(Command.Keyed command) {
        if (command instanceof Command.EarnPoints c) {
            Earn e = c.request();
            return new Command.EarnPoints(c.owner(),
                    new Earn(e.pointType(), e.amount() + 1, e.at(), e.activatesAt(), e.expiresAt(), e.reason(), e.requestKey()));
        }
        if (command instanceof Command.RedeemPoints c) {
            Redeem r = c.request();
            return new Command.RedeemPoints(c.owner(), new Redeem(r.pointType(), r.amount() + 1, r.at(), r.reason(), r.requestKey()));
        }
        if (command instanceof Command.ReverseEntry c) {
            Reversal r = c.request();
            return new Command.ReverseEntry(c.owner(),
                    new Reversal(r.entry(), r.amount(), r.at(), Reason.request("refund-corrected"), r.requestKey()));
        }
        if (command instanceof Command.AdjustPoints c) {
            Adjustment a = c.request();
            long amount = a.amount() > 0 ? a.amount() + 1 : a.amount() - 1;
            return new Command.AdjustPoints(c.owner(),
                    new Adjustment(a.pointType(), amount, a.at(), a.expiresAt(), a.reason(), a.requestKey()));
        }
        Transfer t = ((Command.TransferPoints) command).request();
        return new Command.TransferPoints(
                new Transfer(t.from(), t.to(), t.pointType(), t.amount() + 1, t.at(), t.reason(), t.requestKey()));
    }
}
