package dev.loyalty.rules.internal.handle;

import dev.loyalty.core.ledger.Ledger;
import dev.loyalty.core.member.Member;
import dev.loyalty.core.tier.TierChange;
import dev.loyalty.rules.CompiledProgram;
import dev.loyalty.rules.facts.Enrollment;
import dev.loyalty.rules.facts.Event;
import dev.loyalty.rules.facts.Line;
import dev.loyalty.rules.facts.Purchase;
import dev.loyalty.rules.program.Triggers;
import dev.loyalty.spi.MemberChange;
import dev.loyalty.spi.OutboxMessage;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The messages an event triggers by the program's {@code notifications.triggers}: welcome, tier change,
 * reward issued and the post-purchase follow-up. They join the event's append, so they are in the outbox
 * exactly when the change is. Messages the event queued already (a rule's {@code decisions.notify("x")},
 * the engine's {@code reward-issued}) are rendered with the template of the same name, or for
 * {@code reward-issued} with the {@code rewardIssued} trigger's, when the program declares one.
 */
final class EventNotices {

    /** The template name of the message the engine queues for every reward granted. */
    private static final String REWARD_ISSUED = "reward-issued";

    private EventNotices() {}

    /** {@code change} with the messages {@code event} triggers; they are also added to {@code work}'s messages. */
    static MemberChange add(CompiledProgram program, Member member, Event event, Work work, MemberChange change) {
        Triggers triggers = program.engagement().notifications().triggers();
        Ledger ledger = work.ledger();
        Instant at = event.getAt();
        List<OutboxMessage> messages = new ArrayList<>();
        if (event instanceof Enrollment) {
            Notices.of(program, member, ledger, triggers.welcome(), "welcome", Map.of(), at).ifPresent(messages::add);
        }
        for (TierChange tier : change.tierChanges()) {
            if (tier.reason() == TierChange.Reason.QUALIFIED || tier.reason() == TierChange.Reason.DOWNGRADED) {
                messages.addAll(tierChange(program, member, ledger, tier, event.getId()).stream().toList());
            }
        }
        if (event instanceof Purchase purchase) {
            triggers.postPurchase().flatMap(follow -> followUp(program, member, ledger, purchase, follow)).ifPresent(messages::add);
        }
        List<OutboxMessage> all = new ArrayList<>();
        change.messages().forEach(queued -> all.add(rendered(program, member, ledger, queued)));
        all.addAll(messages);
        work.messages.clear();
        work.messages.addAll(all);
        return change.replacingMessages(all);
    }

    private static OutboxMessage rendered(CompiledProgram program, Member member, Ledger ledger, OutboxMessage queued) {
        Optional<String> template = queued.template().equals(REWARD_ISSUED)
                ? program.engagement().notifications().triggers().rewardIssued()
                : program.engagement().notifications().template(queued.template()).map(t -> t.id());
        return Notices.of(program, member, ledger, template, queued.dedupeKey(), queued.data(), queued.createdAt()).orElse(queued);
    }

    /** The message about a tier change recorded under request {@code key}, if the trigger is configured. */
    static Optional<OutboxMessage> tierChange(CompiledProgram program, Member member, Ledger ledger, TierChange change, String key) {
        String name = program.tiers().flatMap(ladder -> ladder.find(change.to())).map(t -> t.name()).orElse(change.to());
        return Notices.of(program, member, ledger, program.engagement().notifications().triggers().tierChange(),
                "tier:" + key + ":" + change.to(), Map.of("tier", change.to(), "tierName", name, "previousTier", change.from()),
                change.at());
    }

    private static Optional<OutboxMessage> followUp(CompiledProgram program, Member member, Ledger ledger, Purchase purchase,
            Triggers.PostPurchase follow) {
        Set<String> suggestions = new LinkedHashSet<>();
        Set<String> bought = new LinkedHashSet<>();
        purchase.getLines().stream().map(Line::getSku).forEach(bought::add);
        for (String sku : bought) {
            suggestions.addAll(follow.suggest().getOrDefault(sku, List.of()));
        }
        suggestions.removeAll(bought);
        if (!follow.suggest().isEmpty() && suggestions.isEmpty()) {
            return Optional.empty();
        }
        Instant due = ZonedDateTime.ofInstant(purchase.getAt(), program.zone()).plusDays(follow.afterDays()).toInstant();
        return Notices.of(program, member, ledger, Optional.of(follow.template()), "follow-up:" + purchase.getId(),
                Map.of("order", purchase.getId(), "suggestions", String.join(", ", suggestions)), due);
    }
}
