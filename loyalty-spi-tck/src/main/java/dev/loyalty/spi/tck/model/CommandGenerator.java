package dev.loyalty.spi.tck.model;

import dev.loyalty.core.MemberId;
import dev.loyalty.core.ledger.Adjustment;
import dev.loyalty.core.ledger.Earn;
import dev.loyalty.core.ledger.Lot;
import dev.loyalty.core.ledger.Reason;
import dev.loyalty.core.ledger.Redeem;
import dev.loyalty.core.ledger.Transfer;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Makes a run's commands from its seed, looking only at the reference model (never at the store under
 * test), so that a seed always gives the same commands. Time only moves forward; requests are made at
 * the current instant; retries repeat an earlier request with its key, unchanged or changed.
 */
final class CommandGenerator {

    private final SplittableRandom random;
    private final ReferenceModel model;
    private final ModelProgram program;
    private final ModelReversals reversals;
    private final List<Step> keyed = new ArrayList<>();
    private Instant now = ModelProgram.START;
    private int keys;
    private int number;

    CommandGenerator(long seed, ReferenceModel model, ModelProgram program) {
        this.random = new SplittableRandom(seed);
        this.model = model;
        this.program = program;
        this.reversals = new ModelReversals(random, model);
    }

    /** The next step; the caller applies it to the model before asking for another. */
    Step next() {
        number++;
        int roll = random.nextInt(100);
        if (roll >= 80 && !keyed.isEmpty()) {
            return roll < 92 ? retry() : changedRetry();
        }
        if (roll >= 70) {
            now = now.plus(roll >= 76 ? smallStep() : step());
            Command command = roll >= 76 ? new Command.Wait(now) : new Command.AdvanceTo(now);
            return new Step(number, command, now, "");
        }
        Command.Keyed command = roll < 24 ? earn() : roll < 38 ? redeem() : roll < 50 ? reverseOrEarn()
                : roll < 57 ? adjust() : transfer();
        Step step = new Step(number, command, now, "");
        keyed.add(step);
        return step;
    }

    private Command.Keyed earn() {
        Instant activatesAt = random.nextInt(5) == 0 ? now.plus(Duration.ofDays(1 + random.nextInt(14))) : now;
        Instant expiresAt = random.nextInt(10) < 4 ? expiry(activatesAt) : Lot.NEVER;
        Earn earn = new Earn(type(), 1 + random.nextInt(1000), now, activatesAt, expiresAt, Reason.rule("base-earn"), key());
        return new Command.EarnPoints(member(), earn);
    }

    private Command.Keyed redeem() {
        MemberId member = spender();
        String type = spendType(member);
        return new Command.RedeemPoints(member, new Redeem(type, spendAmount(member, type), now, Reason.rule("reward"), key()));
    }

    private Command.Keyed reverseOrEarn() {
        MemberId member = member();
        return reversals.pick(member, now, key()).orElseGet(this::earn);
    }

    private Command.Keyed adjust() {
        MemberId member = member();
        String type = type();
        Reason reason = Reason.operator("support", "goodwill");
        if (random.nextInt(5) < 3) {
            Instant expiresAt = random.nextInt(3) == 0 ? expiry(now) : Lot.NEVER;
            return new Command.AdjustPoints(member, new Adjustment(type, 1 + random.nextInt(500), now, expiresAt, reason, key()));
        }
        MemberId taker = spender();
        String from = spendType(taker);
        return new Command.AdjustPoints(taker, Adjustment.of(from, -spendAmount(taker, from), now, reason, key()));
    }

    private Command.Keyed transfer() {
        MemberId from = spender();
        MemberId to = program.members().get((program.members().indexOf(from) + 1 + random.nextInt(2)) % 3);
        String type = spendType(from);
        return new Command.TransferPoints(new Transfer(from, to, type, spendAmount(from, type), now, Reason.request("gift"), key()));
    }

    private Step retry() {
        Step earlier = keyed.get(random.nextInt(keyed.size()));
        return new Step(number, earlier.command(), now, "retry of #" + earlier.number());
    }

    private Step changedRetry() {
        Step earlier = keyed.get(random.nextInt(keyed.size()));
        return new Step(number, ModelChanges.changed((Command.Keyed) earlier.command()), now,
                "key of #" + earlier.number() + ", changed request");
    }

    /** Mostly what can be spent, sometimes all of it, sometimes more. */
    private long spendAmount(MemberId member, String type) {
        long available = model.account(member).available(type, now);
        int roll = random.nextInt(10);
        if (available <= 0 || roll >= 8) {
            return Math.max(0, available) + 1 + random.nextInt(200);
        }
        return roll == 0 ? available : 1 + random.nextLong(available);
    }

    /** 1 to 90 days after {@code from}, to the minute or (half the time) at the start of a day. */
    private Instant expiry(Instant from) {
        Instant expiry = from.plus(Duration.ofDays(1 + random.nextInt(90)));
        return random.nextBoolean() ? expiry : expiry.truncatedTo(ChronoUnit.DAYS);
    }

    /** Minutes, hours or up to 40 days. */
    private Duration step() {
        int kind = random.nextInt(10);
        if (kind < 3) {
            return Duration.ofMinutes(1 + random.nextInt(600));
        }
        return kind < 6 ? Duration.ofHours(1 + random.nextInt(72)) : Duration.ofDays(1 + random.nextInt(40)).plusMinutes(random.nextInt(1440));
    }

    private Duration smallStep() {
        return Duration.ofMinutes(1 + random.nextInt(3 * 1440));
    }

    /** Usually a member with something available, so that spends are mostly not trivially refused. */
    private MemberId spender() {
        List<MemberId> holders = program.members().stream()
                .filter(m -> ModelProgram.TYPES.stream().anyMatch(t -> model.account(m).available(t, now) > 0))
                .toList();
        return holders.isEmpty() || random.nextInt(4) == 0 ? member() : holders.get(random.nextInt(holders.size()));
    }

    /** Usually a type {@code member} has available. */
    private String spendType(MemberId member) {
        List<String> held = ModelProgram.TYPES.stream().filter(t -> model.account(member).available(t, now) > 0).toList();
        return held.isEmpty() || random.nextInt(4) == 0 ? type() : held.get(random.nextInt(held.size()));
    }

    private MemberId member() {
        return program.members().get(random.nextInt(program.members().size()));
    }

    private String type() {
        return ModelProgram.TYPES.get(random.nextInt(ModelProgram.TYPES.size()));
    }

    /** A fresh key, or now and then one another member already used (keys are scoped to their owner). */
    private String key() {
        keys++;
        return random.nextInt(20) == 0 && keys > 1 ? "k" + (1 + random.nextInt(keys - 1)) : "k" + keys;
    }
}
