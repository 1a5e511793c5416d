package dev.loyalty.spi.tck.model;

import dev.loyalty.accounts.Accounts;
import dev.loyalty.accounts.Posting;
import dev.loyalty.accounts.Sweep;
import dev.loyalty.core.IdempotencyConflictException;
import dev.loyalty.core.InvalidRequestException;
import dev.loyalty.core.ledger.Entry;
import java.util.List;

/** Runs commands against {@link Accounts} and reports what they came to, keeping the raw entries too. */
final class CommandRunner {

    /**
     * What a command came to.
     *
     * @param outcome as comparable to the model's prediction
     * @param entries the raw entries of a posting, empty otherwise
     */
    record Result(Outcome outcome, List<Entry> entries) {
        Result {
            entries = List.copyOf(entries);
        }
    }

    private CommandRunner() {}

    /** Runs {@code command}; only the two documented request exceptions are caught. */
    static Result run(Accounts accounts, Command command) {
        try {
            return dispatch(accounts, command);
        } catch (InvalidRequestException e) {
            return new Result(new Outcome.Failed(Outcome.INVALID), List.of());
        } catch (IdempotencyConflictException e) {
            return new Result(new Outcome.Failed(Outcome.CONFLICT), List.of());
        }
    }

    private static Result dispatch(Accounts accounts, Command command) {
        if (command instanceof Command.EarnPoints c) {
            return of(accounts.earn(c.owner(), c.request()));
        }
        if (command instanceof Command.RedeemPoints c) {
            return of(accounts.redeem(c.owner(), c.request()));
        }
        if (command instanceof Command.ReverseEntry c) {
            return of(accounts.reverse(c.owner(), c.request()));
        }
        if (command instanceof Command.AdjustPoints c) {
            return of(accounts.adjust(c.owner(), c.request()));
        }
        if (command instanceof Command.TransferPoints c) {
            return of(accounts.transfer(c.request()));
        }
        if (command instanceof Command.AdvanceTo c) {
            Sweep sweep = accounts.advanceTo(c.at());
            return new Result(new Outcome.Swept(sweep.expired(), sweep.activated(), sweep.members()), List.of());
        }
        return new Result(new Outcome.Waited(), List.of());
    }

    private static Result of(Posting posting) {
        if (posting instanceof Posting.Posted posted) {
            return new Result(new Outcome.Posted(EntryView.of(posted.entries()), posted.repeated()), posted.entries());
        }
        return new Result(new Outcome.Refused(((Posting.Refused) posting).rejection().code()), List.of());
    }
}
