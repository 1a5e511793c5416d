package dev.loyalty.accounts;

import dev.loyalty.core.ledger.Accepted;
import dev.loyalty.core.ledger.Lot;
import java.util.List;
import java.util.TreeSet;

/** The lots an accepted request created or changed, as it left them: what a store must upsert. */
final class Touched {

    private Touched() {}

    static List<Lot> lots(Accepted accepted) {
        TreeSet<Long> ids = new TreeSet<>();
        accepted.entries().forEach(entry -> ids.addAll(entry.touchedLots()));
        return ids.stream().map(accepted.ledger()::lot).toList();
    }
}
