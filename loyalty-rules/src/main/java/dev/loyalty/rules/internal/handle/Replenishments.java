package dev.loyalty.rules.internal.handle;

import dev.loyalty.core.ledger.Ledger;
import dev.loyalty.core.member.Member;
import dev.loyalty.rules.CompiledProgram;
import dev.loyalty.rules.facts.Line;
import dev.loyalty.rules.facts.Purchase;
import dev.loyalty.rules.program.Triggers;
import dev.loyalty.spi.MemberChange;
import dev.loyalty.spi.MemberState;
import dev.loyalty.spi.OutboxMessage;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Replenishment reminders (the {@code replenishment} trigger): a purchase of a product the program
 * names schedules a reminder that many days later, as an outbox message due then, and withdraws the
 * reminder the member's previous purchase of it scheduled. The counter {@code replenish.<sku>} numbers
 * the purchases, so the reminders' dedupe keys are {@code replenish:<sku>:<n>}.
 */
final class Replenishments {

    private Replenishments() {}

    /** {@code change}, the purchase's, with its reminders scheduled and the ones it replaces withdrawn. */
    static MemberChange apply(CompiledProgram program, Optional<MemberState> state, Member profile, Purchase purchase, Ledger ledger,
            MemberChange change) {
        Optional<Triggers.Replenishment> trigger = program.engagement().notifications().triggers().replenishment();
        if (trigger.isEmpty()) {
            return change;
        }
        TreeSet<String> skus = new TreeSet<>();
        purchase.getLines().stream().map(Line::getSku).filter(trigger.get().days()::containsKey).forEach(skus::add);
        List<OutboxMessage> reminders = new ArrayList<>();
        List<String> withdrawn = new ArrayList<>();
        Map<String, Long> counters = new TreeMap<>();
        for (String sku : skus) {
            String counter = "replenish." + sku;
            long previous = state.map(s -> s.counter(counter)).orElse(0L);
            int days = trigger.get().days().get(sku);
            Instant due = ZonedDateTime.ofInstant(purchase.getAt(), program.zone()).plusDays(days).toInstant();
            Notices.of(program, profile, ledger, Optional.of(trigger.get().template()), key(sku, previous + 1),
                    Map.of("sku", sku, "days", Integer.toString(days)), due).ifPresent(reminders::add);
            if (previous > 0) {
                withdrawn.add(key(sku, previous));
            }
            counters.put(counter, 1L);
        }
        if (skus.isEmpty()) {
            return change;
        }
        return change.withMessages(reminders).withWithdrawn(withdrawn).withCounters(counters, Optional.empty());
    }

    private static String key(String sku, long purchase) {
        return "replenish:" + sku + ":" + purchase;
    }
}
