package dev.loyalty.rules.internal.handle;

import dev.loyalty.core.InvalidRequestException;
import dev.loyalty.rules.CompiledProgram;
import dev.loyalty.rules.facts.Membership;
import dev.loyalty.rules.facts.MembershipPayment;
import dev.loyalty.rules.program.MembershipConfig;
import dev.loyalty.spi.OutboxMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Paid memberships: a payment moves the end of the period paid, kept in the member's counter
 * {@code membership.<id>.until} (epoch seconds), appended with the member's version like every counter;
 * a membership is active, and its {@link Membership} fact is there for rules, until its grace ends.
 */
final class Memberships {

    private Memberships() {}

    /** The counter that holds until when membership {@code id} is paid, in epoch seconds; absent if never paid. */
    static String counter(String id) {
        return "membership." + id + ".until";
    }

    static void pay(Work work, CompiledProgram program, MembershipPayment payment, Map<String, Long> counters) {
        MembershipConfig membership = program.membership(payment.getMembership());
        if (payment.getAmount().compareTo(membership.price().amount()) != 0) {
            throw new InvalidRequestException("membership payment '" + payment.getId() + "' of " + payment.getAmount().toPlainString()
                    + " is not the price of membership '" + membership.id() + "' (" + membership.price().amount().toPlainString() + ")");
        }
        Optional<Instant> before = paidUntil(counters, membership.id());
        Instant until = membership.paidUntil(before, payment.getAt(), program.zone());
        work.count(counter(membership.id()), until.getEpochSecond() - before.map(Instant::getEpochSecond).orElse(0L));
        work.count("membership." + membership.id() + ".payments", 1);
        boolean renewal = before.filter(end -> membership.activeAt(end, payment.getAt(), program.zone())).isPresent();
        work.messages.add(new OutboxMessage(work.member, payment.getId() + "/membership:" + membership.id(),
                renewal ? "membership-renewed" : "membership-started",
                Map.of("membership", membership.id(), "membershipName", membership.name(), "paidUntil", until.toString()), work.at));
    }

    /** The memberships active at {@code at} for a member with {@code counters}, as facts for rules. */
    static List<Membership> active(CompiledProgram program, Map<String, Long> counters, Instant at) {
        List<Membership> active = new ArrayList<>();
        for (MembershipConfig membership : program.memberships()) {
            paidUntil(counters, membership.id()).filter(until -> membership.activeAt(until, at, program.zone()))
                    .ifPresent(until -> active.add(new Membership(membership.id(), until, membership.benefits().earnMultiplier(),
                            membership.benefits().discountPercent(), membership.benefits().access())));
        }
        return active;
    }

    private static Optional<Instant> paidUntil(Map<String, Long> counters, String id) {
        return Optional.ofNullable(counters.get(counter(id))).map(Instant::ofEpochSecond);
    }
}
