package dev.loyalty.spi.tck.model;

import dev.loyalty.core.MemberId;
import dev.loyalty.core.ledger.Balance;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The reference model of a whole program: one {@link ModelAccount} per member and the receipts of
 * applied requests by owner and key. {@link #apply} predicts what a command comes to and changes the
 * model accordingly.
 */
final class ReferenceModel {

    private record ReceiptKey(MemberId owner, String key) {}

    private record ModelReceipt(Object request, List<EntryView> entries) {}

    private final ModelProgram program;
    private final Map<MemberId, ModelAccount> accounts = new LinkedHashMap<>();
    private final Map<ReceiptKey, ModelReceipt> receipts = new HashMap<>();

    ReferenceModel(ModelProgram program) {
        this.program = program;
        program.members().forEach(member -> accounts.put(member, new ModelAccount(member)));
    }

    ModelAccount account(MemberId member) {
        return accounts.get(member);
    }

    Balance balance(MemberId member, String pointType, Instant at) {
        return account(member).balance(pointType, at);
    }

    /** Whether {@code owner} has applied a request under {@code key}. */
    boolean hasReceipt(MemberId owner, String key) {
        return receipts.containsKey(new ReceiptKey(owner, key));
    }

    /** What {@code command} comes to; the model is changed as the store should be. */
    Outcome apply(Command command) {
        if (command instanceof Command.AdvanceTo advance) {
            return advance(advance.at());
        }
        if (command instanceof Command.Keyed keyed) {
            return idempotent(keyed, () -> decide(keyed));
        }
        return new Outcome.Waited();
    }

    private Outcome idempotent(Command.Keyed command, Supplier<Outcome> decide) {
        ReceiptKey key = new ReceiptKey(command.owner(), command.key());
        ModelReceipt first = receipts.get(key);
        if (first != null) {
            return first.request().equals(command.request())
                    ? new Outcome.Posted(first.entries(), true)
                    : new Outcome.Failed(Outcome.CONFLICT);
        }
        Outcome outcome = decide.get();
        if (outcome instanceof Outcome.Posted posted) {
            receipts.put(key, new ModelReceipt(command.request(), posted.entries()));
        }
        return outcome;
    }

    private Outcome decide(Command.Keyed command) {
        ModelAccount owner = account(command.owner());
        if (command instanceof Command.EarnPoints earn) {
            return ModelRules.earn(owner, earn.request());
        }
        if (command instanceof Command.RedeemPoints redeem) {
            return ModelRules.redeem(owner, redeem.request());
        }
        if (command instanceof Command.ReverseEntry reverse) {
            return ModelRules.reverse(owner, reverse.request(), program.policy().reversal());
        }
        if (command instanceof Command.AdjustPoints adjust) {
            return ModelRules.adjust(owner, adjust.request());
        }
        Command.TransferPoints transfer = (Command.TransferPoints) command;
        return ModelRules.transfer(owner, account(transfer.request().to()), transfer.request());
    }

    /** Expiry for every member, then activation; a member whose ledger changed counts once. */
    private Outcome advance(Instant at) {
        long expired = 0;
        long activated = 0;
        long members = 0;
        for (ModelAccount account : accounts.values()) {
            int expiries = ModelRules.expire(account, at).size();
            int activations = ModelRules.activate(account, at).size();
            expired += expiries;
            activated += activations;
            members += expiries + activations > 0 ? 1 : 0;
        }
        return new Outcome.Swept(expired, activated, members);
    }
}
