package dev.loyalty.rules.engine;

import dev.loyalty.core.MemberId;
import dev.loyalty.core.member.Member;
import dev.loyalty.rules.CompiledProgram;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

/** A small program and members for the engine's tests. */
final class Shop {

    static final Instant JAN_1 = Instant.parse("2026-01-01T09:00:00Z");

    static final String YAML = """
            program: shop
            version: "%s"
            timeZone: Europe/Berlin
            currency: EUR
            reversal: %s
            pointTypes:
              - { id: points, kind: spendable, scale: 0, expiry: { days: 365 } }
              - { id: status, kind: status, scale: 0 }
            tiers:
              statusPointType: status
              ladder:
                - { id: bronze, name: Bronze }
                - { id: silver, name: Silver, qualify: { statusPoints: 1000 }, benefits: { earnMultiplier: "1.5" } }
            rewards:
              - { id: mug, name: A mug, cost: { pointType: points, amount: 300 }, kind: product, perMemberLimit: 1 }
            """;

    static final String DRL = """
            package shop;
            import dev.loyalty.rules.facts.*;
            global dev.loyalty.rules.facts.Decisions decisions;

            rule "base earn" salience 10
            when Purchase()
            then
                decisions.earnPerUnit("points", 1);
                decisions.earnPerUnit("status", 1);
            end

            rule "tier multiplier"
            when $m : Member(earnMultiplier > 1) Purchase()
            then decisions.multiply("points", $m.getEarnMultiplier());
            end

            rule "welcome"
            when Enrollment()
            then decisions.award("points", 50); decisions.notify("welcome");
            end

            rule "review"
            when Activity(kind == "review")
            then decisions.award("points", 5).because("thanks for your review");
            end

            rule "no mugs on sunday"
            when RedemptionRequest(reward == "mug") Today(weekday == "SUNDAY")
            then decisions.reject("CLOSED", "No mugs on Sunday");
            end
            """;

    private Shop() {}

    static CompiledProgram program() {
        return program("1", "debt");
    }

    static CompiledProgram program(String version, String reversal) {
        return CompiledProgram.compile(YAML.formatted(version, reversal), Map.of("rules/shop.drl", DRL));
    }

    static Member member(String id) {
        return Member.builder(MemberId.of(id), "Member " + id, JAN_1, ZoneId.of("Europe/Berlin")).build();
    }
}
