package dev.loyalty.rules.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loyalty.core.Money;
import dev.loyalty.core.MemberId;
import dev.loyalty.core.PointType;
import dev.loyalty.core.ledger.ReversalPolicy;
import dev.loyalty.rules.CompiledProgram;
import dev.loyalty.rules.facts.Member;
import dev.loyalty.rules.facts.Purchase;
import dev.loyalty.rules.internal.load.Programs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.RoundingMode;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kie.api.runtime.KieSession;

class CompiledProgramTest {

    static final Path COFFEE = resourceDir("programs/coffee");

    static final CompiledProgram PROGRAM = CompiledProgram.load(COFFEE);

    @Test
    void reads_every_setting_of_the_coffee_program() {
        assertThat(PROGRAM.name()).isEqualTo("coffee-club");
        assertThat(PROGRAM.version()).isEqualTo("2026.11.1");
        assertThat(PROGRAM.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(PROGRAM.currency()).isEqualTo(Currency.getInstance("EUR"));
        assertThat(PROGRAM.rounding()).isEqualTo(RoundingMode.DOWN);
        assertThat(PROGRAM.ledgerPolicy().reversal()).isEqualTo(ReversalPolicy.DEBT);
        assertThat(PROGRAM.ledgerPolicy().pointTypes().values()).containsExactly(PointType.spendable("points", 0),
                PointType.status("status", 0), PointType.wallet("cashback", Currency.getInstance("EUR")));
        assertThat(PROGRAM.expiry("points")).contains(new Expiry(Period.ofMonths(12), true));
        assertThat(PROGRAM.expiry("cashback")).contains(new Expiry(Period.ofDays(365), false));
        assertThat(PROGRAM.expiry("status")).isEmpty();
        assertThat(PROGRAM.pendingPeriod("points")).isEqualTo(Period.ofDays(14));
        assertThat(PROGRAM.pendingPeriod("status")).isEqualTo(Period.ZERO);
        assertThat(PROGRAM.pointValue("points")).contains(Money.of("0.01", "EUR"));
        assertThat(PROGRAM.pointValue("status")).isEmpty();
    }

    @Test
    void reads_tiers_campaigns_rewards_and_segments() {
        assertThat(PROGRAM.statusPointType()).contains("status");
        var ladder = PROGRAM.tiers().orElseThrow();
        assertThat(ladder.tiers()).extracting(t -> t.id()).containsExactly("bronze", "silver", "gold");
        assertThat(ladder.get("gold").qualification().describe()).isEqualTo("status points >= 3000 or purchases >= 30 within P12M");
        assertThat(ladder.get("gold").benefits().earnMultiplier()).isEqualByComparingTo("2");
        assertThat(ladder.gracePeriod()).isEqualTo(Period.ofMonths(3));
        assertThat(PROGRAM.campaigns()).containsExactly(new CampaignConfig("beans-double", "Double points on beans",
                Instant.parse("2026-11-30T23:00:00Z"), Instant.parse("2026-12-07T23:00:00Z"),
                new Audience(Set.of("silver", "gold"), Set.of("regulars"), Map.of("city", "Berlin")), 10,
                CampaignConfig.Stacking.EXCLUSIVE));
        assertThat(PROGRAM.reward("twenty-off")).isEqualTo(new RewardConfig("twenty-off", "20 % off your next order",
                RewardConfig.Kind.DISCOUNT, "points", 500, OptionalInt.of(20), Optional.empty(), OptionalLong.of(100),
                Optional.of(Instant.parse("2026-10-31T23:00:00Z")), Optional.of(Instant.parse("2027-10-31T23:00:00Z")),
                new Audience(Set.of("gold"), Set.of(), Map.of()), OptionalInt.of(1)));
        assertThat(PROGRAM.reward("five-euro").value()).contains(Money.of("5.00", "EUR"));
        assertThat(PROGRAM.segments()).containsExactly(new SegmentConfig("regulars", "regular", "true"));
    }

    @Test
    void lists_rules_in_file_order_with_their_lines() {
        assertThat(PROGRAM.rules()).containsExactly(
                new RuleInfo("base earn", "rules/earn.drl", 8),
                new RuleInfo("tier multiplier", "rules/earn.drl", 16),
                new RuleInfo("double on beans", "rules/earn.drl", 24),
                new RuleInfo("twenty off for regulars only", "rules/redeem.drl", 7));
    }

    @Test
    void unknown_ids_throw_listing_the_known_ones() {
        assertThatThrownBy(() -> PROGRAM.pointType("pionts")).isInstanceOf(UnknownIdException.class)
                .hasMessage("unknown point type 'pionts'; the program has points, status, cashback");
        assertThatThrownBy(() -> PROGRAM.reward("free-cake")).isInstanceOf(UnknownIdException.class)
                .hasMessage("unknown reward 'free-cake'; the program has twenty-off, five-euro");
    }

    @Test
    void loads_equally_from_a_directory_the_class_path_and_strings() {
        CompiledProgram classpath = CompiledProgram.loadClasspath("programs/coffee", getClass().getClassLoader());
        CompiledProgram strings = CompiledProgram.compile(read(COFFEE.resolve("program.yaml")), Map.of(
                "earn.drl", read(COFFEE.resolve("rules/earn.drl")), "rules/redeem.drl", read(COFFEE.resolve("rules/redeem.drl"))));
        for (CompiledProgram other : List.of(classpath, strings)) {
            assertThat(other.toString()).isEqualTo("CompiledProgram[coffee-club 2026.11.1, 4 rules]");
            assertThat(other.pointTypes()).isEqualTo(PROGRAM.pointTypes());
            assertThat(other.tiers()).isEqualTo(PROGRAM.tiers());
            assertThat(other.campaigns()).isEqualTo(PROGRAM.campaigns());
            assertThat(other.rewards()).isEqualTo(PROGRAM.rewards());
            assertThat(other.segments()).isEqualTo(PROGRAM.segments());
            assertThat(other.rules()).isEqualTo(PROGRAM.rules());
            assertThat(other.ledgerPolicy()).isEqualTo(PROGRAM.ledgerPolicy());
        }
    }

    @Test
    void the_kie_base_fires_the_rules() {
        RecordingDecisions recorder = new RecordingDecisions();
        KieSession session = Programs.kieBase(PROGRAM).newKieSession();
        try {
            session.setGlobal("decisions", recorder.decisions());
            session.insert(Member.builder("anna").tier("gold").build());
            session.insert(Purchase.of("order-1", MemberId.of("anna"), Instant.parse("2026-12-02T10:00:00Z"), "EUR",
                    "12.50", "beans"));
            session.fireAllRules();
        } finally {
            session.dispose();
        }
        assertThat(recorder.calls()).containsExactlyInAnyOrder(
                "earnPerUnit[points, 1]", "earnPerUnit[status, 1]", "multiply[points, 2]");
    }

    static Path resourceDir(String name) {
        try {
            return Path.of(CompiledProgramTest.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
