package dev.loyalty.rules.engage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.loyalty.core.MemberId;
import dev.loyalty.core.member.Member;
import dev.loyalty.notify.Dispatch;
import dev.loyalty.notify.NotificationDispatcher;
import dev.loyalty.rules.CompiledProgram;
import dev.loyalty.rules.LoyaltyEngine;
import dev.loyalty.rules.Outcome;
import dev.loyalty.rules.facts.Enrollment;
import dev.loyalty.rules.facts.Line;
import dev.loyalty.rules.facts.Purchase;
import dev.loyalty.spi.OutboxMessage;
import dev.loyalty.spi.PendingMessage;
import dev.loyalty.spi.memory.InMemoryStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A member who buys beans is reminded 30 days later, unless they buy beans again first: then that purchase's reminder counts. */
class ReplenishmentTest {

    private static final String YAML = """
            program: roastery
            version: "1"
            timeZone: Europe/Berlin
            currency: EUR
            pointTypes:
              - { id: points, kind: spendable }
            notifications:
              triggers:
                replenishment: { template: time-for-more, skus: { BEANS-1KG: 30 } }
              templates:
                time-for-more: { en: "Time for more {{sku}}, {{name}}? It has been {{days}} days." }
            """;
    private static final String DRL = """
            package roastery;
            import dev.loyalty.rules.facts.*;
            global dev.loyalty.rules.facts.Decisions decisions;
            rule "base earn" when Purchase() then decisions.earnPerUnit("points", 1); end
            """;
    private static final MemberId ANNA = MemberId.of("anna");

    private final InMemoryStore store = InMemoryStore.create();
    private final LoyaltyEngine engine = LoyaltyEngine.builder()
            .program(CompiledProgram.compile(YAML, Map.of("rules/earn.drl", DRL))).store(store).build();

    private Outcome buy(String order, String at, String sku) {
        return engine.handle(Purchase.of(order, ANNA, Instant.parse(at), "EUR").withLine(Line.of(sku, "coffee", 1, "15.00")));
    }

    private Dispatch dispatchAt(String at, List<String> sent) {
        return NotificationDispatcher.builder().store(store).channel(m -> sent.add(m.dedupeKey() + ": " + m.data().get("text")))
                .clock(Clock.fixed(Instant.parse(at), ZoneOffset.UTC)).build().dispatchDue();
    }

    @Test
    void aNewPurchaseReplacesTheReminderOfThePreviousOne() {
        engine.handle(Enrollment.of(Member.builder(ANNA, "Anna", Instant.parse("2026-01-01T09:00:00Z"), ZoneId.of("Europe/Berlin")).build()));
        Outcome first = buy("order-1", "2026-01-10T10:00:00Z", "BEANS-1KG");
        buy("order-2", "2026-01-20T10:00:00Z", "CUPS");
        List<String> sent = new ArrayList<>();
        Dispatch beforeDue = dispatchAt("2026-01-31T00:00:00Z", sent);
        buy("order-3", "2026-02-01T10:00:00Z", "BEANS-1KG");
        Dispatch whenTheFirstWasDue = dispatchAt("2026-02-09T10:00:00Z", sent);
        Dispatch whenTheSecondIsDue = dispatchAt("2026-03-03T10:00:00Z", sent);

        assertThat(first.notifications()).extracting(OutboxMessage::dedupeKey, OutboxMessage::createdAt)
                .containsExactly(tuple("replenish:BEANS-1KG:1", Instant.parse("2026-02-09T10:00:00Z")));
        assertThat(List.of(beforeDue, whenTheFirstWasDue, whenTheSecondIsDue)).extracting(Dispatch::delivered).containsExactly(0L, 0L, 1L);
        assertThat(sent).containsExactly("replenish:BEANS-1KG:2: Time for more BEANS-1KG, Anna? It has been 30 days.");
        assertThat(store.dueMessages(Instant.MAX, 10)).extracting(PendingMessage::message).isEmpty();
        assertThat(store.load(ANNA).counter("replenish.BEANS-1KG")).isEqualTo(2);
    }
}
