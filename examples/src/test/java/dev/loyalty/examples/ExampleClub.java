package dev.loyalty.examples;

import dev.loyalty.core.MemberId;
import dev.loyalty.core.ledger.Ledger;
import dev.loyalty.core.member.Member;
import dev.loyalty.core.member.MemberBuilder;
import dev.loyalty.rules.CompiledProgram;
import dev.loyalty.rules.LoyaltyEngine;
import dev.loyalty.rules.Outcome;
import dev.loyalty.rules.facts.Enrollment;
import dev.loyalty.rules.facts.Line;
import dev.loyalty.rules.facts.Purchase;
import dev.loyalty.spi.memory.InMemoryStore;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/** One example program of {@code programs/<name>} behind an engine on the in-memory store, for the examples' tests. */
final class ExampleClub {

    final CompiledProgram program;
    final InMemoryStore store = InMemoryStore.create();
    final LoyaltyEngine engine;

    /** Programs compiled once per test run: a CompiledProgram is immutable and shared safely. */
    private static final Map<String, CompiledProgram> PROGRAMS = new ConcurrentHashMap<>();

    ExampleClub(String name) {
        this.program = PROGRAMS.computeIfAbsent(name,
                dir -> CompiledProgram.loadClasspath("programs/" + dir, ExampleClub.class.getClassLoader()));
        this.engine = LoyaltyEngine.builder().program(program).store(store).build();
    }

    /** Enrolls {@code id} at {@code at} in Berlin. */
    Outcome enroll(String id, String at) {
        return enroll(id, at, builder -> builder);
    }

    /** Enrolls {@code id} at {@code at} in Berlin, with what {@code profile} adds to the profile. */
    Outcome enroll(String id, String at, UnaryOperator<MemberBuilder> profile) {
        Member member = profile.apply(Member.builder(MemberId.of(id), "Member " + id, Instant.parse(at),
                ZoneId.of("Europe/Berlin"))).build();
        return engine.handle(Enrollment.of(member));
    }

    /** Enrolls {@code id} at {@code at}, living in time zone {@code zone}. */
    Outcome enrollIn(String id, String at, String zone) {
        return engine.handle(Enrollment.of(Member.builder(MemberId.of(id), "Member " + id, Instant.parse(at), ZoneId.of(zone)).build()));
    }

    /** {@code member} buys {@code lines} at {@code at} in order {@code order}. */
    Outcome buy(String member, String order, String at, Line... lines) {
        Purchase purchase = Purchase.of(order, MemberId.of(member), Instant.parse(at), program.currency().getCurrencyCode());
        for (Line line : lines) {
            purchase = purchase.withLine(line);
        }
        return engine.handle(purchase);
    }

    /** {@code member} buys for {@code total} of {@code category} at {@code at}. */
    Outcome buy(String member, String order, String at, String total, String category) {
        return engine.handle(Purchase.of(order, MemberId.of(member), Instant.parse(at),
                program.currency().getCurrencyCode(), total, category));
    }

    /** The member's ledger as stored. */
    Ledger ledger(String member) {
        MemberId id = MemberId.of(member);
        return Ledger.replay(program.ledgerPolicy(), id, store.load(id).entries());
    }

    /** The member's available balance of {@code pointType} at {@code at}. */
    long available(String member, String pointType, String at) {
        return ledger(member).balance(pointType, Instant.parse(at)).available();
    }
}
