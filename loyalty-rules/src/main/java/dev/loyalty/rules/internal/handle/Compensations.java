package dev.loyalty.rules.internal.handle;

import dev.loyalty.core.ledger.Earn;
import dev.loyalty.core.ledger.Lot;
import dev.loyalty.core.ledger.Reason;
import dev.loyalty.rules.CompiledProgram;
import dev.loyalty.rules.facts.Compensation;
import dev.loyalty.rules.program.PointTypeConfig;
import dev.loyalty.spi.OutboxMessage;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An operator's compensation: points credited with the operator as the entry's reason and the reason
 * text in its details, or a reward of the catalogue for free (its code issued, its stock taken); either
 * way a {@code compensation} message for the member names the operator and the reason.
 */
final class Compensations {

    /** The reason detail that holds the operator's reason text. */
    static final String WHY = "why";

    private Compensations() {}

    static void apply(Work work, CompiledProgram program, Compensation compensation) {
        work.count("compensations", 1);
        Map<String, String> data = new TreeMap<>(Map.of("operator", compensation.getOperator(), "reason", compensation.getReason()));
        if (compensation.getReward().isPresent()) {
            Redemptions.grant(work, program, program.reward(compensation.getReward().get()), 0, Optional.empty(), compensation.getId());
            data.put("reward", compensation.getReward().get());
        } else {
            PointTypeConfig type = program.pointType(compensation.getPointType());
            Instant at = compensation.getAt();
            Instant expiresAt = type.expiry().map(expiry -> expiry.expiresAt(at, program.zone())).orElse(Lot.NEVER);
            Reason reason = Reasons.of(Reason.Source.OPERATOR, compensation.getOperator(), program, compensation, List.of())
                    .with(WHY, compensation.getReason());
            if (!work.apply(work.ledger().earn(new Earn(type.type().id(), compensation.getPoints(), at, at, expiresAt, reason,
                    compensation.getId())))) {
                return;
            }
            data.put("points", Long.toString(compensation.getPoints()));
        }
        work.messages.add(new OutboxMessage(work.member, compensation.getId() + "/compensation", "compensation", data, work.at));
    }
}
