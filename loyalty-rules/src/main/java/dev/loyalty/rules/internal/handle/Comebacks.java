package dev.loyalty.rules.internal.handle;

import dev.loyalty.core.member.Member;
import dev.loyalty.core.tier.Tier;
import dev.loyalty.core.tier.TierChange;
import dev.loyalty.core.tier.TierLadder;
import dev.loyalty.core.tier.TierStatus;
import dev.loyalty.rules.CompiledProgram;
import dev.loyalty.rules.facts.Purchase;
import dev.loyalty.rules.program.RequalificationConfig;
import dev.loyalty.spi.MemberChange;
import dev.loyalty.spi.MemberState;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a purchase means for members the program tried to bring back: a member won back is recorded as
 * returned ({@code winback.returned}, counter {@code winback.returns}), and a member who lost a tier at a
 * re-evaluation within the re-qualification offer's days gets the tier back.
 */
final class Comebacks {

    private Comebacks() {}

    /** {@code change}, the purchase's, with the comeback it makes, if any. */
    static MemberChange apply(CompiledProgram program, Optional<MemberState> state, Member profile, Purchase purchase,
            MemberChange change) {
        MemberChange result = returned(profile, purchase, change);
        Optional<RequalificationConfig> offer = program.engagement().requalification();
        if (offer.isPresent() && program.tiers().isPresent() && state.isPresent()) {
            result = requalify(program.tiers().get(), offer.get(), state.get(), purchase.getAt(), result);
        }
        return result;
    }

    private static MemberChange returned(Member profile, Purchase purchase, MemberChange change) {
        Optional<Instant> wonBackAt = profile.attribute(WinBacks.AT).map(Instant::parse);
        if (wonBackAt.isEmpty() || profile.attribute(WinBacks.RETURNED).isPresent() || purchase.getAt().isBefore(wonBackAt.get())) {
            return change;
        }
        Member marked = change.profile().orElse(profile).withAttribute(WinBacks.RETURNED, purchase.getAt().toString());
        return change.withProfile(marked).withCounters(Map.of("winback.returns", 1L), Optional.empty());
    }

    private static MemberChange requalify(TierLadder ladder, RequalificationConfig offer, MemberState state, Instant at,
            MemberChange change) {
        List<TierChange> history = new ArrayList<>(state.tierHistory());
        history.addAll(change.tierChanges());
        Instant since = at.atZone(ZoneOffset.UTC).minusDays(offer.offerDays()).toInstant();
        Optional<Tier> lapsed = ladder.lapsedFrom(history, since);
        Optional<TierStatus> now = change.tier().or(state::tier);
        if (lapsed.isEmpty() || now.isEmpty() || !lapsed.get().isAbove(ladder.get(now.get().tierId()))
                || at.isBefore(now.get().since())) {
            return change;
        }
        TierStatus back = new TierStatus(lapsed.get().id(), at, Optional.empty(),
                ZonedDateTime.ofInstant(at, ZoneOffset.UTC).plus(ladder.reevaluationEvery()).toInstant());
        TierChange why = new TierChange(now.get().tierId(), lapsed.get().id(), at, TierChange.Reason.QUALIFIED,
                "re-qualification offer: a purchase within " + offer.offerDays() + " days of the downgrade");
        return change.withTier(back, List.of(why));
    }
}
