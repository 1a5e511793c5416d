package dev.loyalty.spi.tck.model;

import dev.loyalty.core.MemberId;
import dev.loyalty.core.ledger.EntryKind;
import dev.loyalty.core.ledger.Reason;
import dev.loyalty.core.ledger.Reversal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SplittableRandom;

/**
 * Picks reversals for the generator: of an earlier earn or redemption, whole or partial, now and then
 * of one that was already reversed, with an amount that is too large, or of an entry that cannot be
 * reversed at all. A member in debt often gets a redemption reversed, which restores lots while the debt
 * stands (the only way debt and spendable points coexist), and then often an earn reversed, which must take
 * from other points net of that debt.
 */
final class ModelReversals {

    private final SplittableRandom random;
    private final ReferenceModel model;

    ModelReversals(SplittableRandom random, ReferenceModel model) {
        this.random = random;
        this.model = model;
    }

    /** A reversal for {@code member}, or empty if it has no entries yet. */
    Optional<Command.Keyed> pick(MemberId member, Instant at, String key) {
        ModelAccount account = model.account(member);
        if (account.entries.isEmpty()) {
            return Optional.empty();
        }
        List<EntryView> reversible = account.entries.stream()
                .filter(e -> e.kind() == EntryKind.EARNED || e.kind() == EntryKind.REDEEMED)
                .toList();
        if (reversible.isEmpty() || random.nextInt(40) == 0) {
            EntryView any = account.entries.get(random.nextInt(account.entries.size()));
            return Optional.of(command(member, any.sequence(), OptionalLong.empty(), at, key));
        }
        List<EntryView> done = reversible.stream().filter(e -> !isOpen(account, e)).toList();
        List<EntryView> restorable = reversible.stream()
                .filter(e -> e.kind() == EntryKind.REDEEMED && isOpen(account, e) && account.debt(e.pointType()) > 0)
                .toList();
        List<EntryView> owing = reversible.stream()
                .filter(e -> e.kind() == EntryKind.EARNED && account.open(e) > 0 && coexist(account, e.pointType(), at))
                .toList();
        List<EntryView> from = !owing.isEmpty() && random.nextBoolean() ? owing
                : !restorable.isEmpty() && random.nextBoolean() ? restorable
                : !done.isEmpty() && random.nextInt(5) == 0 ? done : reversible;
        EntryView target = from.get(random.nextInt(from.size()));
        return Optional.of(command(member, target.sequence(), amount(account, target), at, key));
    }

    private OptionalLong amount(ModelAccount account, EntryView target) {
        if (random.nextInt(100) < 65) {
            return OptionalLong.empty();
        }
        if (target.kind() == EntryKind.REDEEMED) {
            long whole = -target.amount();
            return OptionalLong.of(random.nextInt(4) > 0 ? whole : whole + 1);
        }
        long open = account.open(target);
        if (open > 0 && random.nextInt(6) > 0) {
            return OptionalLong.of(1 + random.nextLong(open));
        }
        return OptionalLong.of(Math.max(0, open) + 1 + random.nextInt(50));
    }

    /** Whether the member has debt and spendable points of {@code type} at once. */
    private static boolean coexist(ModelAccount account, String type, Instant at) {
        return account.debt(type) > 0 && account.available(type, at) + account.debt(type) > 0;
    }

    private static boolean isOpen(ModelAccount account, EntryView entry) {
        return entry.kind() == EntryKind.REDEEMED ? account.reversed(entry.sequence()) == 0 : account.open(entry) > 0;
    }

    private static Command.Keyed command(MemberId member, long entry, OptionalLong amount, Instant at, String key) {
        return new Command.ReverseEntry(member, new Reversal(entry, amount, at, Reason.request("refund"), key));
    }
}
