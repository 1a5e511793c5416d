package dev.loyalty.rules.engage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.loyalty.core.MemberId;
import dev.loyalty.core.member.Member;
import dev.loyalty.notify.NotificationDispatcher;
import dev.loyalty.rules.Advance;
import dev.loyalty.rules.CompiledProgram;
import dev.loyalty.rules.LoyaltyEngine;
import dev.loyalty.rules.Outcome;
import dev.loyalty.rules.facts.Enrollment;
import dev.loyalty.rules.facts.Line;
import dev.loyalty.rules.facts.Purchase;
import dev.loyalty.rules.facts.RedemptionRequest;
import dev.loyalty.spi.OutboxMessage;
import dev.loyalty.spi.PendingMessage;
import dev.loyalty.spi.memory.InMemoryStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Templates rendered per language when a trigger writes the message into the outbox, in the same append. */
class NotificationsTest {

    static final String YAML = """
            program: bakery
            version: "1"
            timeZone: Europe/Berlin
            currency: EUR
            pointTypes:
              - { id: points, kind: spendable, expiry: { days: 60 } }
              - { id: status, kind: status }
            tiers:
              statusPointType: status
              ladder:
                - { id: bronze, name: Bronze }
                - { id: silver, name: Silver, qualify: { statusPoints: 100 } }
            rewards:
              - { id: croissant, name: A free croissant, cost: { pointType: points, amount: 50 }, kind: product }
            notifications:
              defaultLocale: en
              localeAttribute: locale
              balanceOf: points
              triggers:
                welcome: welcome
                tierChange: tier
                rewardIssued: reward
                birthday: birthday
                pointsExpiring: { template: expiring, days: 7 }
                postPurchase: { template: follow-up, afterDays: 3, suggest: { BREAD: [JAM, BUTTER] } }
                survey: { template: survey, every: P6M }
              templates:
                welcome: { en: "Welcome, {{name}}!", de: "Willkommen, {{name}}!" }
                tier: { en: "{{name}}, you are {{tierName}} now." }
                reward: { en: "Enjoy {{rewardName}}, {{name}}. {{balance}} points left." }
                birthday: { en: "Happy birthday, {{name}}!", de: "Alles Gute zum Geburtstag, {{name}}!" }
                expiring: { en: "{{points}} points expire on {{deadline}}.", de: "{{points}} Punkte verfallen am {{deadline}}." }
                follow-up: { en: "How about {{suggestions}} with order {{order}}?" }
                survey: { en: "How are we doing, {{name}}?" }
            """;
    static final String DRL = """
            package bakery;
            import dev.loyalty.rules.facts.*;
            global dev.loyalty.rules.facts.Decisions decisions;
            rule "base earn" when Purchase() then decisions.earnPerUnit("points", 1); decisions.earnPerUnit("status", 1); end
            """;
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final Instant JAN_1 = Instant.parse("2026-01-01T09:00:00Z");
    static final MemberId ANNA = MemberId.of("anna");
    static final MemberId BOB = MemberId.of("bob");

    private final InMemoryStore store = InMemoryStore.create();
    private final LoyaltyEngine engine = LoyaltyEngine.builder()
            .program(CompiledProgram.compile(YAML, Map.of("rules/earn.drl", DRL))).store(store).build();

    @Test
    void triggersWriteRenderedMessagesOnceEach() {
        engine.handle(Enrollment.of(Member.builder(ANNA, "Anna", JAN_1, BERLIN).birthday(LocalDate.of(1990, 3, 15))
                .attribute("locale", "de").build()));
        engine.handle(Enrollment.of(Member.builder(BOB, "Bob", JAN_1, BERLIN).build()));
        Outcome order = engine.handle(Purchase.of("order-1", ANNA, Instant.parse("2026-01-10T10:00:00Z"), "EUR")
                .withLine(Line.of("BREAD", "bread", 1, "120.00")));
        engine.handle(RedemptionRequest.reward("redeem-1", ANNA, Instant.parse("2026-01-11T10:00:00Z"), "croissant"));

        assertThat(order.notifications()).extracting(OutboxMessage::dedupeKey)
                .containsExactly("tier:order-1:silver", "follow-up:order-1");
        List<Advance> advances = List.of(engine.advanceTo(Instant.parse("2026-03-05T00:00:00Z")),
                engine.advanceTo(Instant.parse("2026-03-05T00:00:00Z")),
                engine.advanceTo(Instant.parse("2026-03-15T08:00:00Z")),
                engine.advanceTo(Instant.parse("2026-04-01T08:00:00Z")),
                engine.advanceTo(Instant.parse("2026-07-01T08:00:00Z")));
        assertThat(advances).extracting(Advance::expired, Advance::messages).containsExactly(
                tuple(0L, 1L), tuple(0L, 0L), tuple(1L, 1L), tuple(0L, 0L), tuple(0L, 2L));

        assertThat(store.dueMessages(Instant.MAX, 100)).extracting(PendingMessage::message).extracting(
                m -> m.member().value(), OutboxMessage::dedupeKey, OutboxMessage::createdAt, m -> m.data().get("locale"),
                m -> m.data().get("text")).containsExactly(
                tuple("anna", "welcome", JAN_1, "de", "Willkommen, Anna!"),
                tuple("bob", "welcome", JAN_1, "en", "Welcome, Bob!"),
                tuple("anna", "tier:order-1:silver", Instant.parse("2026-01-10T10:00:00Z"), "en", "Anna, you are Silver now."),
                tuple("anna", "redeem-1/reward:croissant", Instant.parse("2026-01-11T10:00:00Z"), "en",
                        "Enjoy A free croissant, Anna. 70 points left."),
                tuple("anna", "follow-up:order-1", Instant.parse("2026-01-13T10:00:00Z"), "en",
                        "How about JAM, BUTTER with order order-1?"),
                tuple("anna", "expiring:points:1", Instant.parse("2026-03-05T00:00:00Z"), "de", "70 Punkte verfallen am 2026-03-11."),
                tuple("anna", "birthday:2026", Instant.parse("2026-03-15T08:00:00Z"), "de", "Alles Gute zum Geburtstag, Anna!"),
                tuple("anna", "survey:2026-07-01", Instant.parse("2026-07-01T08:00:00Z"), "en", "How are we doing, Anna?"),
                tuple("bob", "survey:2026-07-01", Instant.parse("2026-07-01T08:00:00Z"), "en", "How are we doing, Bob?"));
    }

    @Test
    void theDispatcherDeliversWhatTheTriggersWrote() {
        engine.handle(Enrollment.of(Member.builder(ANNA, "Anna", JAN_1, BERLIN).build()));
        engine.handle(Purchase.of("order-1", ANNA, Instant.parse("2026-01-10T10:00:00Z"), "EUR")
                .withLine(Line.of("BREAD", "bread", 1, "120.00")));
        List<String> sent = new ArrayList<>();
        NotificationDispatcher dispatcher = NotificationDispatcher.builder().store(store).channel(m -> sent.add(m.data().get("text")))
                .clock(Clock.fixed(Instant.parse("2026-01-12T00:00:00Z"), ZoneOffset.UTC)).build();

        dispatcher.dispatchDue();

        assertThat(sent).as("due by 12 January: the follow-up waits until the 13th")
                .containsExactly("Welcome, Anna!", "Anna, you are Silver now.");
        assertThat(store.dueMessages(Instant.MAX, 10)).extracting(p -> p.message().dedupeKey()).containsExactly("follow-up:order-1");
    }
}
