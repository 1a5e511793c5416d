package dev.loyalty.rules.internal.handle;

import dev.loyalty.core.ledger.Reason;
import dev.loyalty.core.ledger.Redeem;
import dev.loyalty.rules.CompiledProgram;
import dev.loyalty.rules.Outcome;
import dev.loyalty.rules.RewardGrant;
import dev.loyalty.rules.facts.Member;
import dev.loyalty.rules.facts.RedemptionRequest;
import dev.loyalty.rules.program.RewardConfig;
import dev.loyalty.spi.OutboxMessage;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Spends a member's points on a reward of the catalogue, or a plain amount of points. Refused, with a
 * code, when the reward is not offered at the time, not for the member's audience, or used up to the
 * member's limit, or when the member has too few points.
 */
final class Redemptions {

    /** Refusal codes. */
    static final String NOT_AVAILABLE = "REWARD_NOT_AVAILABLE";
    static final String NOT_IN_AUDIENCE = "NOT_IN_AUDIENCE";
    static final String LIMIT_REACHED = "LIMIT_REACHED";
    static final String BOUGHT_WITH_MONEY = "BOUGHT_WITH_MONEY";
    /** The reason detail of a redemption that names the code it issued, so that a cancel can void it. */
    static final String CODE = "code";

    private Redemptions() {}

    /** The counter of how often a member redeemed {@code reward}. */
    static String counter(String reward) {
        return "reward." + reward;
    }

    static void apply(Work work, CompiledProgram program, RedemptionRequest request, Member member, Map<String, Long> counters) {
        work.count("redemptions", 1);
        if (!request.isForReward()) {
            Reason reason = Reasons.of(Reason.Source.REQUEST, "redemption", program, request, List.of());
            work.apply(work.ledger().redeem(new Redeem(request.getPointType(), request.getPoints(), request.getAt(), reason, request.getId())));
            return;
        }
        RewardConfig reward = program.reward(request.getReward());
        if (reward.boughtWithMoney()) {
            work.refuse(new Outcome.Refusal(BOUGHT_WITH_MONEY, "reward '" + reward.id() + "' costs " + reward.price().orElseThrow()
                    + ": it is bought at a checkout, not with points", Optional.empty()));
            return;
        }
        Optional<String> refusal = refusal(reward, request.getAt(), member, counters.getOrDefault(counter(reward.id()), 0L));
        if (refusal.isPresent()) {
            work.refuse(new Outcome.Refusal(refusal.get(), message(refusal.get(), reward, member), Optional.empty()));
            return;
        }
        if (!Handouts.takeStock(work, program, reward)) {
            work.refuse(Handouts.outOfStock(reward));
            return;
        }
        Optional<String> code = Handouts.code(work, program, reward, request.getId());
        if (code.isEmpty() && reward.terms().partnerPool().isPresent()) {
            work.refuse(Handouts.poolEmpty(reward));
            return;
        }
        if (reward.cost() > 0) {
            Reason reason = Reasons.of(Reason.Source.REWARD, reward.id(), program, request, List.of());
            if (reward.terms().issuesCode()) {
                reason = reason.with(CODE, code.orElseThrow());
            }
            if (!work.apply(work.ledger().redeem(new Redeem(reward.pointType(), reward.cost(), request.getAt(), reason, request.getId())))) {
                return;
            }
        }
        work.count(counter(reward.id()), 1);
        handOut(work, reward, reward.cost(), Optional.empty(), request.getId(), code);
    }

    /**
     * Records that the member got {@code reward} (with its code, if it has codes), takes a unit of its
     * stock and queues the reward-issued message. A redemption ({@code rule} empty) is refused when the
     * stock or the partner's pool is used up; a rule's gift is then not given.
     */
    static void grant(Work work, CompiledProgram program, RewardConfig reward, long paid, Optional<String> rule, String eventId) {
        if (!Handouts.takeStock(work, program, reward)) {
            if (rule.isEmpty()) {
                work.refuse(Handouts.outOfStock(reward));
            }
            return;
        }
        Optional<String> code = Handouts.code(work, program, reward, eventId);
        if (code.isEmpty() && reward.terms().partnerPool().isPresent()) {
            if (rule.isEmpty()) {
                work.refuse(Handouts.poolEmpty(reward));
            }
            return;
        }
        handOut(work, reward, paid, rule, eventId, code);
    }

    private static void handOut(Work work, RewardConfig reward, long paid, Optional<String> rule, String eventId, Optional<String> code) {
        work.rewards.add(new RewardGrant(reward, paid, rule, code));
        Map<String, String> data = new TreeMap<>(Map.of("reward", reward.id(), "rewardName", reward.name()));
        code.ifPresent(text -> data.put("code", text));
        work.messages.add(new OutboxMessage(work.member, eventId + "/reward:" + reward.id(), "reward-issued", data, work.at));
    }

    /** Why {@code member} may not have {@code reward} at {@code at}, having had it {@code used} times; empty if they may. */
    static Optional<String> refusal(RewardConfig reward, Instant at, Member member, long used) {
        if (!reward.validAt(at, member.getTier())) {
            return Optional.of(NOT_AVAILABLE);
        }
        Optional<String> tier = member.getTier().isEmpty() ? Optional.empty() : Optional.of(member.getTier());
        if (!reward.audience().includes(tier, member.getSegments(), member.getAttributes())) {
            return Optional.of(NOT_IN_AUDIENCE);
        }
        if (reward.perMemberLimit().isPresent() && used >= reward.perMemberLimit().getAsInt()) {
            return Optional.of(LIMIT_REACHED);
        }
        return Optional.empty();
    }

    static String message(String code, RewardConfig reward, Member member) {
        return switch (code) {
            case NOT_AVAILABLE -> "reward '" + reward.id() + "' is not offered at this time";
            case NOT_IN_AUDIENCE -> "reward '" + reward.id() + "' is not offered to member '" + member.getId() + "'";
            default -> "member '" + member.getId() + "' has redeemed reward '" + reward.id() + "' as often as allowed";
        };
    }
}
