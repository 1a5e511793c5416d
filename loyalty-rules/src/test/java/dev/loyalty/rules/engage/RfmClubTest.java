package dev.loyalty.rules.engage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loyalty.core.MemberId;
import dev.loyalty.core.member.Member;
import dev.loyalty.rules.Advance;
import dev.loyalty.rules.CompiledProgram;
import dev.loyalty.rules.LoyaltyEngine;
import dev.loyalty.rules.internal.handle.Months;
import dev.loyalty.spi.Append;
import dev.loyalty.spi.AppendResult;
import dev.loyalty.spi.MemberChange;
import dev.loyalty.spi.memory.InMemoryStore;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * 10,000 members and a simulated year (fixed seed): advanceTo's RFM segments and lifecycle segments,
 * counted from the store, against the same counts computed here from the simulated purchases themselves.
 * The year is written to the store as the counters the engine keeps (not run through the rules), so the
 * test stays fast.
 */
class RfmClubTest {

    private static final String YAML = """
            program: rfm-club
            version: "1"
            timeZone: UTC
            currency: EUR
            pointTypes:
              - { id: points, kind: spendable }
            rfm:
              window: P12M
              scoring: quintiles
              segments:
                - { id: champions, recency: 4-5, frequency: 4-5, monetary: 4-5 }
                - { id: loyal, frequency: 4-5 }
                - { id: at-risk, recency: 1-2, frequency: 3-5 }
                - { id: hibernating, recency: 1-2, frequency: 1-2 }
            lifecycle:
              window: P12M
              newDays: 30
              loyalPurchases: 12
              inactiveDays: [90, 180, 365]
              dissatisfied: { refunds: 1, activities: [complaint] }
            """;
    private static final String DRL = """
            package club;
            import dev.loyalty.rules.facts.*;
            global dev.loyalty.rules.facts.Decisions decisions;
            rule "base earn" when Purchase() then decisions.earnPerUnit("points", 1); end
            """;
    private static final Instant AT = Instant.parse("2026-12-31T12:00:00Z");
    private static final Instant WINDOW_START = Instant.parse("2026-01-01T00:00:00Z");
    private static final int MEMBERS = 10_000;

    /** One simulated member: what happened to them, as the shop saw it. */
    private record Simulated(MemberId id, Instant enrolledAt, List<Instant> purchases, List<Long> cents, List<Instant> refunds,
            List<Instant> complaints) {

        Optional<Instant> lastActivity() {
            List<Instant> all = new ArrayList<>(purchases);
            all.addAll(complaints);
            return all.stream().max(Instant::compareTo);
        }

        long inWindow(List<Instant> instants) {
            return instants.stream().filter(at -> !at.isBefore(WINDOW_START) && !at.isAfter(AT)).count();
        }

        long spendInWindow() {
            long sum = 0;
            for (int i = 0; i < purchases.size(); i++) {
                Instant at = purchases.get(i);
                sum += !at.isBefore(WINDOW_START) ? cents.get(i) : 0;
            }
            return sum;
        }
    }

    @Test
    void segmentCountsMatchAnIndependentComputation() {
        List<Simulated> members = simulate(new Random(20261205L));
        InMemoryStore store = InMemoryStore.create();
        members.forEach(member -> write(store, member));
        LoyaltyEngine engine = LoyaltyEngine.builder().program(CompiledProgram.compile(YAML, Map.of("rules/earn.drl", DRL)))
                .store(store).build();

        Advance advance = engine.advanceTo(AT);
        Advance again = engine.advanceTo(AT);

        Map<String, Long> rfm = new TreeMap<>();
        Map<String, Long> lifecycle = new TreeMap<>();
        for (Simulated member : members) {
            Map<String, String> attributes = store.load(member.id()).member().attributes();
            rfm.merge(attributes.getOrDefault("rfm.segment", "(not scored)"), 1L, Long::sum);
            lifecycle.merge(attributes.get("lifecycle"), 1L, Long::sum);
        }
        assertThat(advance.segmented()).isEqualTo(MEMBERS);
        assertThat(again.segmented()).as("a second run at the same instant").isZero();
        assertThat(rfm).as("RFM segments").isEqualTo(expectedRfm(members));
        assertThat(lifecycle).as("lifecycle segments").isEqualTo(expectedLifecycle(members));
        assertThat(rfm).as("RFM segments, pinned").isEqualTo(Map.of("(not scored)", 3219L, "at-risk", 316L, "champions", 1441L,
                "hibernating", 1867L, "loyal", 1096L, "others", 2061L));
        assertThat(lifecycle).as("lifecycle segments, pinned").isEqualTo(Map.of("active", 3079L, "dissatisfied", 386L,
                "inactive-180", 1147L, "inactive-365", 752L, "inactive-90", 1121L, "loyal", 738L, "new", 315L, "potential", 2462L));
    }

    private static List<Simulated> simulate(Random random) {
        List<Simulated> members = new ArrayList<>();
        Instant first = Instant.parse("2025-01-01T00:00:00Z");
        long span = Duration.between(first, AT).getSeconds();
        for (int i = 0; i < MEMBERS; i++) {
            Instant enrolled = first.plusSeconds(random.nextLong(span));
            long active = Duration.between(enrolled, AT).getSeconds();
            int count = random.nextInt(10) == 0 ? 0 : random.nextInt(1 + random.nextInt(25));
            List<Instant> purchases = new ArrayList<>();
            List<Long> cents = new ArrayList<>();
            // some members stop buying: their purchases all fall in the first part of their membership
            long until = random.nextInt(4) == 0 ? active / 3 : active;
            for (int p = 0; p < count; p++) {
                purchases.add(enrolled.plusSeconds(random.nextLong(Math.max(1, until))));
                cents.add(100 + random.nextLong(20_000));
            }
            List<Instant> refunds = new ArrayList<>();
            List<Instant> complaints = new ArrayList<>();
            if (count > 0 && random.nextInt(20) == 0) {
                refunds.add(purchases.get(0));
            }
            if (count > 0 && random.nextInt(25) == 0) {
                complaints.add(enrolled.plusSeconds(random.nextLong(Math.max(1, until))));
            }
            members.add(new Simulated(MemberId.of(String.format("m%05d", i)), enrolled, purchases, cents, refunds, complaints));
        }
        return members;
    }

    /** Enrolls the member with their year written as the engine's counters, in one append. */
    private static void write(InMemoryStore store, Simulated member) {
        Member profile = Member.builder(member.id(), "Member " + member.id(), member.enrolledAt(), ZoneOffset.UTC).build();
        Map<String, Long> counters = new HashMap<>();
        for (int i = 0; i < member.purchases().size(); i++) {
            YearMonth month = YearMonth.from(member.purchases().get(i).atZone(ZoneOffset.UTC));
            counters.merge("purchases", 1L, Long::sum);
            counters.merge(Months.counter(month, "purchases"), 1L, Long::sum);
            counters.merge(Months.counter(month, "spend"), member.cents().get(i), Long::sum);
        }
        member.refunds().forEach(at -> counters.merge(Months.counter(YearMonth.from(at.atZone(ZoneOffset.UTC)), "refunds"), 1L, Long::sum));
        member.complaints().forEach(at -> counters.merge(
                Months.counter(YearMonth.from(at.atZone(ZoneOffset.UTC)), "activity.complaint"), 1L, Long::sum));
        MemberChange year = MemberChange.enrollment(profile).withCounters(counters, member.lastActivity());
        assertThat(store.append(Append.of("enroll", "enroll", year))).isInstanceOf(AppendResult.Applied.class);
    }

    private static Map<String, Long> expectedRfm(List<Simulated> members) {
        List<Simulated> scored = members.stream().filter(m -> m.inWindow(m.purchases()) > 0).toList();
        Map<Long, Integer> r = quintiles(scored.stream().map(m -> m.lastActivity().orElseThrow().getEpochSecond()).toList());
        Map<Long, Integer> f = quintiles(scored.stream().map(m -> m.inWindow(m.purchases())).toList());
        Map<Long, Integer> m = quintiles(scored.stream().map(Simulated::spendInWindow).toList());
        Map<String, Long> counts = new TreeMap<>();
        counts.put("(not scored)", (long) (members.size() - scored.size()));
        for (Simulated member : scored) {
            int rs = r.get(member.lastActivity().orElseThrow().getEpochSecond());
            int fs = f.get(member.inWindow(member.purchases()));
            int ms = m.get(member.spendInWindow());
            String segment;
            if (rs >= 4 && fs >= 4 && ms >= 4) {
                segment = "champions";
            } else if (fs >= 4) {
                segment = "loyal";
            } else if (rs <= 2 && fs >= 3) {
                segment = "at-risk";
            } else if (rs <= 2) {
                segment = "hibernating";
            } else {
                segment = "others";
            }
            counts.merge(segment, 1L, Long::sum);
        }
        return counts;
    }

    /** Score by value: 1 + 5 × (the sorted position of the value's first occurrence) / n, rounded down. */
    private static Map<Long, Integer> quintiles(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        Map<Long, Integer> scores = new HashMap<>();
        for (int i = sorted.size() - 1; i >= 0; i--) {
            scores.put(sorted.get(i), 1 + 5 * i / sorted.size());
        }
        return scores;
    }

    private static Map<String, Long> expectedLifecycle(List<Simulated> members) {
        Map<String, Long> counts = new TreeMap<>();
        for (Simulated member : members) {
            String segment;
            long idle = member.lastActivity().map(last -> Duration.between(last, AT).toDays()).orElse(0L);
            if (member.purchases().isEmpty()) {
                segment = "potential";
            } else if (idle >= 365) {
                segment = "inactive-365";
            } else if (idle >= 180) {
                segment = "inactive-180";
            } else if (idle >= 90) {
                segment = "inactive-90";
            } else if (member.inWindow(member.refunds()) >= 1 || member.inWindow(member.complaints()) >= 1) {
                segment = "dissatisfied";
            } else if (Duration.between(member.enrolledAt(), AT).toDays() <= 30) {
                segment = "new";
            } else if (member.inWindow(member.purchases()) >= 12) {
                segment = "loyal";
            } else {
                segment = "active";
            }
            counts.merge(segment, 1L, Long::sum);
        }
        return counts;
    }
}
