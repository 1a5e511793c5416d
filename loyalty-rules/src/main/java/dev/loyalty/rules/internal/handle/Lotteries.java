package dev.loyalty.rules.internal.handle;

import dev.loyalty.core.ConcurrencyException;
import dev.loyalty.core.MemberId;
import dev.loyalty.core.ledger.Earn;
import dev.loyalty.core.ledger.Lot;
import dev.loyalty.core.ledger.Reason;
import dev.loyalty.rules.CompiledProgram;
import dev.loyalty.rules.Draw;
import dev.loyalty.rules.Outcome;
import dev.loyalty.rules.program.LotteryConfig;
import dev.loyalty.rules.program.PointTypeConfig;
import dev.loyalty.rules.program.PrizeConfig;
import dev.loyalty.rules.program.SegmentConfig;
import dev.loyalty.spi.Append;
import dev.loyalty.spi.AppendResult;
import dev.loyalty.spi.LoyaltyStore;
import dev.loyalty.spi.MemberChange;
import dev.loyalty.spi.MemberState;
import dev.loyalty.spi.OutboxMessage;
import dev.loyalty.spi.Page;
import dev.loyalty.spi.PageRequest;
import dev.loyalty.spi.Receipt;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Lotteries: who may win ({@code games.lotteries}), and crediting the winners of a {@link Draw}. */
public final class Lotteries {

    private static final int PAGE_SIZE = 500;

    private Lotteries() {}

    /** The lottery's candidates at {@code at}: members inactive for its days (all, for 0), in its segment if it has one. */
    public static List<MemberId> candidates(CompiledProgram program, LoyaltyStore store, LotteryConfig lottery, Instant at) {
        Instant since = ZonedDateTime.ofInstant(at, program.zone()).minusDays(lottery.inactiveDays()).toInstant();
        Optional<SegmentConfig> segment = lottery.segment().flatMap(id -> program.segments().stream().filter(s -> s.id().equals(id)).findFirst());
        List<MemberId> candidates = new ArrayList<>();
        Optional<PageRequest> request = Optional.of(PageRequest.first(PAGE_SIZE));
        while (request.isPresent()) {
            Page<MemberId> page = store.membersInactiveSince(since, request.get());
            for (MemberId member : page.items()) {
                if (segment.isEmpty() || store.find(member).map(state -> segment.get().includes(state.member().attributes())).orElse(false)) {
                    candidates.add(member);
                }
            }
            request = request.get().next(page);
        }
        return candidates;
    }

    /** The key that credits a draw's prize to a winner once. */
    public static String key(Draw draw) {
        return "draw:" + draw.lottery() + "@" + draw.at();
    }

    /**
     * Credits the prize to the winner at {@code rank} (0 for the first), appended under {@link #key}:
     * settling the same draw again changes nothing. A reward prize is handed out as a redemption's is
     * (a unit of its stock claimed, its code issued, in the same append); when its stock or partner pool
     * is used up the winner's outcome is refused ({@code OUT_OF_STOCK}, {@code PARTNER_POOL_EMPTY}) and
     * nothing is appended, so settling the draw again tries once more.
     */
    public static Outcome settle(CompiledProgram program, LoyaltyStore store, Lookups lookups, Draw draw, int rank, String fingerprint,
            int maxAttempts) {
        MemberId winner = draw.winners().get(rank);
        PrizeConfig prize = program.games().lottery(draw.lottery()).prize();
        String key = key(draw);
        String version = Reasons.program(program);
        Set<String> exhausted = new HashSet<>();
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            Optional<Receipt> receipt = store.findReceipt(winner, key);
            if (receipt.isPresent() && !receipt.get().fingerprint().equals(fingerprint)) {
                throw new dev.loyalty.core.IdempotencyConflictException(winner, key);
            }
            if (receipt.isPresent()) {
                return new Outcome(key, winner, Outcome.Status.REPEATED, receipt.get().entries(), List.of(), List.of(), Optional.empty(), version);
            }
            MemberState state = store.load(winner);
            Work work = new Work(winner, draw.at(), Handling.ledgerOf(program, state));
            work.lookups = lookups;
            work.exhausted = Set.copyOf(exhausted);
            prize.pointType().ifPresent(type -> work.apply(work.ledger().earn(earn(program, program.pointType(type), prize, draw, rank, key))));
            prize.reward().ifPresent(reward -> Redemptions.grant(work, program, program.reward(reward), 0, Optional.empty(), key));
            if (work.refused()) {
                return new Outcome(key, winner, Outcome.Status.REFUSED, List.of(), List.of(), List.of(), work.refusal(), version);
            }
            work.messages.add(new OutboxMessage(winner, key + "/won", "lottery-won",
                    Map.of("lottery", draw.lottery(), "prize", prize.describe()), draw.at()));
            MemberChange change = new MemberChange(winner, state.version(), Optional.empty(), work.entries(), work.lots(),
                    Map.of("lottery." + draw.lottery(), 1L), Optional.empty(), work.messages, Optional.empty(), List.of());
            AppendResult result = store.append(new Append(key, fingerprint, List.of(change), work.claims, work.codes));
            if (result instanceof AppendResult.Applied) {
                return new Outcome(key, winner, Outcome.Status.APPLIED, work.entries(), work.rewards, work.messages, Optional.empty(), version);
            }
            if (result instanceof AppendResult.Duplicate duplicate) {
                return new Outcome(key, winner, Outcome.Status.REPEATED, duplicate.receipt().entries(), List.of(), List.of(), Optional.empty(), version);
            }
            if (result instanceof AppendResult.KeyConflict) {
                throw new dev.loyalty.core.IdempotencyConflictException(winner, key);
            }
            if (result instanceof AppendResult.BudgetExhausted budget) {
                exhausted.add(budget.budget());
            }
        }
        throw new ConcurrencyException(winner, maxAttempts);
    }

    private static Earn earn(CompiledProgram program, PointTypeConfig type, PrizeConfig prize, Draw draw, int rank, String key) {
        Instant activatesAt = ZonedDateTime.ofInstant(draw.at(), program.zone()).plus(type.pending()).toInstant();
        Instant expiresAt = type.expiry().map(expiry -> expiry.expiresAt(activatesAt, program.zone())).orElse(Lot.NEVER);
        Map<String, String> details = new TreeMap<>();
        details.put(Reasons.PROGRAM, Reasons.program(program));
        details.put(Reasons.EVENT, "lottery");
        details.put("seed", Long.toString(draw.seed()));
        details.put("candidates", Integer.toString(draw.candidates().size()));
        details.put("candidatesDigest", draw.candidatesDigest());
        details.put("rank", Integer.toString(rank + 1));
        Reason reason = new Reason(Reason.Source.SYSTEM, "lottery:" + draw.lottery(), details);
        return new Earn(type.id(), prize.amount(), draw.at(), activatesAt, expiresAt, reason, key);
    }
}
