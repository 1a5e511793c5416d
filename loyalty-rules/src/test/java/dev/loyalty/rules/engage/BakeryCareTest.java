package dev.loyalty.rules.engage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.loyalty.core.MemberId;
import dev.loyalty.core.ledger.Entry;
import dev.loyalty.core.ledger.EntryKind;
import dev.loyalty.core.member.Member;
import dev.loyalty.core.tier.TierChange;
import dev.loyalty.rules.Advance;
import dev.loyalty.rules.CompiledProgram;
import dev.loyalty.rules.LoyaltyEngine;
import dev.loyalty.rules.facts.Enrollment;
import dev.loyalty.rules.facts.Purchase;
import dev.loyalty.spi.MemberState;
import dev.loyalty.spi.OutboxMessage;
import dev.loyalty.spi.PendingMessage;
import dev.loyalty.spi.memory.InMemoryStore;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bringing members back: the win-back bonus after 180 days without a purchase, and the tier re-qualification offer. */
class BakeryCareTest {

    private static final String YAML = """
            program: bakery
            version: "1"
            timeZone: Europe/Berlin
            currency: EUR
            pointTypes:
              - { id: points, kind: spendable }
              - { id: status, kind: status }
            tiers:
              statusPointType: status
              gracePeriod: P1M
              ladder:
                - { id: bronze, name: Bronze }
                - { id: silver, name: Silver, qualify: { statusPoints: 100 } }
            winBack:
              inactiveDays: 180
              bonus: { pointType: points, amount: 500, validDays: 7 }
            requalification:
              offerDays: 30
            notifications:
              balanceOf: points
              triggers:
                winBack: win-back
                requalification: requalify
                tierChange: tier
              templates:
                win-back: { en: "We missed you, {{name}}! {{points}} points are waiting until {{deadline}}; you have {{balance}}." }
                requalify: { en: "One purchase before {{deadline}} brings you back to {{tierName}}." }
                tier: { en: "You are {{tierName}} now." }
            """;
    private static final String DRL = """
            package bakery;
            import dev.loyalty.rules.facts.*;
            global dev.loyalty.rules.facts.Decisions decisions;
            rule "base earn" when Purchase() then decisions.earnPerUnit("points", 1); decisions.earnPerUnit("status", 1); end
            """;
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant JAN_1 = Instant.parse("2026-01-01T09:00:00Z");
    private static final MemberId ANNA = MemberId.of("anna");
    private static final MemberId BOB = MemberId.of("bob");

    private final InMemoryStore store = InMemoryStore.create();
    private final LoyaltyEngine engine = LoyaltyEngine.builder()
            .program(CompiledProgram.compile(YAML, Map.of("rules/earn.drl", DRL))).store(store).build();

    private void enroll(MemberId id) {
        engine.handle(Enrollment.of(Member.builder(id, id.value().substring(0, 1).toUpperCase() + id.value().substring(1), JAN_1, BERLIN)
                .build()));
    }

    private void buy(String order, MemberId member, String at, String amount) {
        engine.handle(Purchase.of(order, member, Instant.parse(at), "EUR", amount, "bread"));
    }

    private List<OutboxMessage> messages() {
        return store.dueMessages(Instant.MAX, 100).stream().map(PendingMessage::message).toList();
    }

    @Test
    void aMemberInactive181DaysGetsOneBonusAndOneMessageAndTheBonusExpiresAfterSevenDays() {
        enroll(ANNA);
        buy("order-1", ANNA, "2026-01-10T10:00:00Z", "20.00");   // 11:00 in Berlin

        Advance day180 = engine.advanceTo(Instant.parse("2026-07-09T09:00:00Z"));   // 11:00 in Berlin, 180 days later
        Advance day181 = engine.advanceTo(Instant.parse("2026-07-10T09:00:00Z"));
        Advance again = engine.advanceTo(Instant.parse("2026-07-10T09:00:00Z"));
        Advance later = engine.advanceTo(Instant.parse("2026-07-12T09:00:00Z"));
        Advance expiry = engine.advanceTo(Instant.parse("2026-07-17T09:00:00Z"));

        assertThat(List.of(day180, day181, again, later, expiry)).extracting(Advance::winBacks, Advance::expired)
                .containsExactly(tuple(0L, 0L), tuple(1L, 0L), tuple(0L, 0L), tuple(0L, 0L), tuple(0L, 1L));
        MemberState anna = store.load(ANNA);
        assertThat(anna.entries()).extracting(Entry::kind, Entry::amount, e -> e.reason().name()).containsExactly(
                tuple(EntryKind.EARNED, 20L, "base earn"), tuple(EntryKind.EARNED, 20L, "base earn"),
                tuple(EntryKind.EARNED, 500L, "win-back"), tuple(EntryKind.EXPIRED, -500L, "expiry"));
        assertThat(messages()).extracting(OutboxMessage::dedupeKey, OutboxMessage::createdAt, m -> m.data().get("text"))
                .containsExactly(tuple("win-back:2026-01-10T10:00:00Z", Instant.parse("2026-07-10T09:00:00Z"),
                        "We missed you, Anna! 500 points are waiting until 2026-07-17; you have 520."));
        assertThat(anna.member().attributes()).containsEntry("winback.at", "2026-07-10T09:00:00Z").doesNotContainKey("winback.returned");
        assertThat(anna.counter("winback.offers")).isEqualTo(1);
    }

    @Test
    void aPurchaseAfterTheWinBackRecordsThatTheMemberCameBack() {
        enroll(ANNA);
        buy("order-1", ANNA, "2026-01-10T10:00:00Z", "20.00");
        engine.advanceTo(Instant.parse("2026-07-10T09:00:00Z"));
        buy("order-2", ANNA, "2026-07-12T10:00:00Z", "10.00");
        buy("order-3", ANNA, "2026-07-13T10:00:00Z", "10.00");

        MemberState anna = store.load(ANNA);
        assertThat(anna.member().attributes()).containsEntry("winback.at", "2026-07-10T09:00:00Z")
                .containsEntry("winback.returned", "2026-07-12T10:00:00Z");
        assertThat(List.of(anna.counter("winback.offers"), anna.counter("winback.returns"))).containsExactly(1L, 1L);
    }

    @Test
    void aMemberWhoLostSilverGetsItBackWithOnePurchaseWithinThirtyDays() {
        enroll(ANNA);
        enroll(BOB);
        buy("order-a1", ANNA, "2026-01-10T10:00:00Z", "150.00");
        buy("order-b1", BOB, "2026-01-10T10:00:00Z", "150.00");
        List<Long> reviews = List.of(engine.advanceTo(Instant.parse("2027-01-10T10:00:00Z")).tierChanges(),
                engine.advanceTo(Instant.parse("2028-01-10T10:00:00Z")).tierChanges(),
                engine.advanceTo(Instant.parse("2028-02-10T10:00:00Z")).tierChanges());
        buy("order-a2", ANNA, "2028-02-20T10:00:00Z", "5.00");
        buy("order-b2", BOB, "2028-03-12T10:00:00Z", "5.00");

        assertThat(reviews).as("tier changes at the reviews: kept, grace started, moved down").containsExactly(0L, 2L, 2L);
        assertThat(store.load(ANNA).tier().orElseThrow().tierId()).isEqualTo("silver");
        assertThat(store.load(BOB).tier().orElseThrow().tierId()).as("Bob bought after the offer ran out").isEqualTo("bronze");
        assertThat(store.load(ANNA).tierHistory()).extracting(TierChange::to, TierChange::reason, TierChange::detail).last()
                .isEqualTo(tuple("silver", TierChange.Reason.QUALIFIED, "re-qualification offer: a purchase within 30 days of the downgrade"));
        assertThat(messages()).filteredOn(m -> m.member().equals(ANNA)).extracting(OutboxMessage::dedupeKey, m -> m.data().get("text"))
                .containsExactly(tuple("tier:order-a1:silver", "You are Silver now."),
                        tuple("win-back:2026-01-10T10:00:00Z", "We missed you, Anna! 500 points are waiting until 2027-01-17; you have 650."),
                        tuple("requalify:tier-review@2028-02-10T10:00:00Z", "One purchase before 2028-03-11 brings you back to Silver."),
                        tuple("tier:tier-review@2028-02-10T10:00:00Z:bronze", "You are Bronze now."),
                        tuple("tier:order-a2:silver", "You are Silver now."));
    }
}
