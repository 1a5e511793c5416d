package dev.loyalty.rules.internal.handle;

import dev.loyalty.core.ledger.Earn;
import dev.loyalty.core.ledger.Lot;
import dev.loyalty.core.ledger.Reason;
import dev.loyalty.core.ledger.Redeem;
import dev.loyalty.rules.CompiledProgram;
import dev.loyalty.rules.Outcome;
import dev.loyalty.rules.SpinResult;
import dev.loyalty.rules.facts.Event;
import dev.loyalty.rules.facts.Spin;
import dev.loyalty.rules.internal.eval.Verdict;
import dev.loyalty.rules.program.PointTypeConfig;
import dev.loyalty.rules.program.PrizeConfig;
import dev.loyalty.rules.program.WheelConfig;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Wheels of fortune: spins that rules give (kept as the counter {@code spins.<wheel>}), spins a member
 * takes (with a spin given, or paying the wheel's cost), and surprises rules spin at once. Each spin draws
 * its own seed from the event's seed, so an event's spins are the same whenever it is decided again;
 * the prize's ledger entry records the wheel, the seed and the slot.
 */
final class Wheels {

    static final String NO_SPIN = "NO_SPIN";

    private Wheels() {}

    /** The counter of spins of {@code wheel} a member has been given and not used. */
    static String counter(String wheel) {
        return "spins." + wheel;
    }

    /** The seeds of one event's spins, one after another, from the event's seed. */
    static final class Seeds {
        private final SplittableRandom random;

        Seeds(long eventSeed) {
            this.random = new SplittableRandom(eventSeed);
        }

        long next() {
            return random.nextLong();
        }
    }

    /** A member's {@link Spin}: uses a spin given, or else pays for one, or else is refused; then spins. */
    static void spin(Work work, CompiledProgram program, Spin spin, Map<String, Long> counters, Seeds seeds) {
        WheelConfig wheel = program.games().wheel(spin.getWheel());
        if (counters.getOrDefault(counter(wheel.id()), 0L) > 0) {
            work.count(counter(wheel.id()), -1);
        } else if (wheel.costPointType().isPresent()) {
            Reason reason = Reasons.of(Reason.Source.REQUEST, "wheel:" + wheel.id(), program, spin, List.of());
            if (!work.apply(work.ledger().redeem(new Redeem(wheel.costPointType().get(), wheel.cost(), spin.getAt(), reason, spin.getId())))) {
                return;
            }
        } else {
            work.refuse(new Outcome.Refusal(NO_SPIN, "member '" + work.member + "' has no spin of wheel '" + wheel.id()
                    + "', and spins of it are not for sale", Optional.empty()));
            return;
        }
        turn(work, program, wheel, seeds.next(), Reason.Source.REQUEST, "spin", spin);
    }

    /** Spins the rules gave, to be taken later. */
    static void grant(Work work, CompiledProgram program, List<Verdict.Ruled> spins) {
        for (Verdict.Ruled given : spins) {
            WheelConfig wheel = Rules.known(given.rule(), () -> program.games().wheel(given.value()));
            work.count(counter(wheel.id()), 1);
        }
    }

    /** Surprises: wheels the rules spin now, free. */
    static void surprise(Work work, CompiledProgram program, List<Verdict.Ruled> surprises, Event event, Seeds seeds) {
        for (Verdict.Ruled surprise : surprises) {
            WheelConfig wheel = Rules.known(surprise.rule(), () -> program.games().wheel(surprise.value()));
            turn(work, program, wheel, seeds.next(), Reason.Source.RULE, surprise.rule(), event);
        }
    }

    private static void turn(Work work, CompiledProgram program, WheelConfig wheel, long seed, Reason.Source source, String name,
            Event event) {
        int slot = wheel.slot(seed);
        PrizeConfig prize = wheel.prizes().get(slot);
        work.spins.add(new SpinResult(wheel.id(), seed, slot, prize));
        if (prize.pointType().isPresent()) {
            PointTypeConfig type = program.pointType(prize.pointType().get());
            Instant activatesAt = ZonedDateTime.ofInstant(event.getAt(), program.zone()).plus(type.pending()).toInstant();
            Instant expiresAt = type.expiry().map(expiry -> expiry.expiresAt(activatesAt, program.zone())).orElse(Lot.NEVER);
            Reason base = Reasons.of(source, name, program, event, source == Reason.Source.RULE ? List.of(name) : List.of());
            Map<String, String> details = new TreeMap<>(base.details());
            details.put("wheel", wheel.id());
            details.put("seed", Long.toString(seed));
            details.put("slot", Integer.toString(slot));
            Earn earn = new Earn(type.id(), prize.amount(), event.getAt(), activatesAt, expiresAt, new Reason(source, name, details), event.getId());
            if (!work.apply(work.ledger().earn(earn))) {
                return;
            }
        }
        prize.reward().ifPresent(reward -> Redemptions.grant(work, program, program.reward(reward), 0,
                source == Reason.Source.RULE ? Optional.of(name) : Optional.empty(), event.getId()));
    }
}
