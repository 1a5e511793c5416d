package dev.loyalty.rules.engage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loyalty.core.MemberId;
import dev.loyalty.core.member.Member;
import dev.loyalty.rules.CompiledProgram;
import dev.loyalty.rules.LoyaltyEngine;
import dev.loyalty.rules.Outcome;
import dev.loyalty.rules.facts.Activity;
import dev.loyalty.rules.facts.Enrollment;
import dev.loyalty.rules.facts.Purchase;
import dev.loyalty.rules.facts.Refund;
import dev.loyalty.spi.memory.InMemoryStore;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Lifecycle segments and RFM scores from real events, stored as attributes that rules and audiences see. */
class LifecycleTest {

    private static final String YAML = """
            program: corner-shop
            version: "1"
            timeZone: UTC
            currency: EUR
            pointTypes:
              - { id: points, kind: spendable }
            segments:
              - { id: loyal, attribute: { key: lifecycle, equals: loyal } }
              - { id: big-spenders, attribute: { key: rfm.m, equals: "5" } }
            rfm:
              window: P12M
              scoring: bins
              bins:
                recencyDays: [7, 30, 90, 180]
                frequency: [2, 3, 5, 8]
                monetary: ["20.00", "50.00", "100.00", "200.00"]
              segments:
                - { id: champions, recency: 5, frequency: 4-5, monetary: 4-5 }
            lifecycle:
              newDays: 30
              loyalPurchases: 5
              inactiveDays: [90, 180, 365]
              dissatisfied: { refunds: 1, activities: [complaint] }
            """;
    private static final String DRL = """
            package shop;
            import dev.loyalty.rules.facts.*;
            global dev.loyalty.rules.facts.Decisions decisions;
            rule "base earn" when Purchase() then decisions.earnPerUnit("points", 1); end
            rule "loyal bonus" when Member(inSegment("loyal")) Purchase() then decisions.award("points", 10); end
            """;
    private static final Instant AT = Instant.parse("2026-12-31T12:00:00Z");

    private final InMemoryStore store = InMemoryStore.create();
    private final LoyaltyEngine engine = LoyaltyEngine.builder()
            .program(CompiledProgram.compile(YAML, Map.of("rules/shop.drl", DRL))).store(store).build();

    private void enroll(String id, String at) {
        engine.handle(Enrollment.of(Member.builder(MemberId.of(id), id, Instant.parse(at), ZoneOffset.UTC).build()));
    }

    private Outcome buy(String order, String id, String at, String amount) {
        return engine.handle(Purchase.of(order, MemberId.of(id), Instant.parse(at), "EUR", amount, "groceries"));
    }

    private Map<String, String> attributes(String id) {
        return store.load(MemberId.of(id)).member().attributes();
    }

    @Test
    void everyMemberGetsTheFirstSegmentThatApplies() {
        enroll("pia", "2026-03-01T10:00:00Z");
        enroll("ian", "2026-01-05T10:00:00Z");
        buy("ian-1", "ian", "2026-08-01T10:00:00Z", "30.00");
        enroll("ivy", "2025-01-05T10:00:00Z");
        buy("ivy-1", "ivy", "2025-11-01T10:00:00Z", "30.00");
        enroll("dan", "2026-01-05T10:00:00Z");
        buy("dan-1", "dan", "2026-12-01T10:00:00Z", "30.00");
        engine.handle(Refund.full("dan-r", MemberId.of("dan"), Instant.parse("2026-12-02T10:00:00Z"), "dan-1"));
        enroll("cal", "2026-01-05T10:00:00Z");
        buy("cal-1", "cal", "2026-12-10T10:00:00Z", "30.00");
        engine.handle(Activity.of("cal-c", MemberId.of("cal"), Instant.parse("2026-12-11T10:00:00Z"), "complaint"));
        enroll("nina", "2026-12-15T10:00:00Z");
        buy("nina-1", "nina", "2026-12-16T10:00:00Z", "30.00");
        enroll("lou", "2026-01-05T10:00:00Z");
        for (int i = 1; i <= 5; i++) {
            buy("lou-" + i, "lou", "2026-12-2" + i + "T10:00:00Z", "50.00");
        }
        enroll("abe", "2026-01-05T10:00:00Z");
        buy("abe-1", "abe", "2026-12-20T10:00:00Z", "10.00");

        assertThat(engine.advanceTo(AT).segmented()).isEqualTo(8);

        Map<String, String> lifecycle = new LinkedHashMap<>();
        for (String id : List.of("pia", "ian", "ivy", "dan", "cal", "nina", "lou", "abe")) {
            lifecycle.put(id, attributes(id).get("lifecycle"));
        }
        assertThat(lifecycle).containsExactly(Map.entry("pia", "potential"), Map.entry("ian", "inactive-90"),
                Map.entry("ivy", "inactive-365"), Map.entry("dan", "dissatisfied"), Map.entry("cal", "dissatisfied"),
                Map.entry("nina", "new"), Map.entry("lou", "loyal"), Map.entry("abe", "active"));
        assertThat(attributes("lou")).as("5 purchases of 50.00, the last 5 days ago")
                .containsEntry("rfm.r", "5").containsEntry("rfm.f", "4").containsEntry("rfm.m", "5").containsEntry("rfm.segment", "champions");
        assertThat(attributes("ian")).as("1 purchase of 30.00, 152 days ago")
                .containsEntry("rfm.r", "2").containsEntry("rfm.f", "1").containsEntry("rfm.m", "2").containsEntry("rfm.segment", "others");
        assertThat(attributes("ivy")).as("no purchase in the window: not scored").doesNotContainKeys("rfm.r", "rfm.segment");

        Outcome next = buy("lou-6", "lou", "2027-01-02T10:00:00Z", "20.00");
        assertThat(next.entries()).extracting(e -> e.amount()).as("base earn, and the rule for the loyal segment").containsExactly(20L, 10L);
    }
}
