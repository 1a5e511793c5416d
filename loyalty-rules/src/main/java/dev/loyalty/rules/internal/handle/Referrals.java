package dev.loyalty.rules.internal.handle;

import dev.loyalty.core.MemberId;
import dev.loyalty.core.UnknownMemberException;
import dev.loyalty.rules.Outcome;
import dev.loyalty.rules.ReferralCode;
import dev.loyalty.rules.facts.Enrollment;
import dev.loyalty.rules.facts.Event;
import dev.loyalty.rules.facts.Member;
import dev.loyalty.rules.facts.Purchase;
import dev.loyalty.rules.facts.Referral;
import dev.loyalty.spi.MemberChange;
import dev.loyalty.spi.MemberState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Referrals across two members, decided together so that they are appended together: an invitee's
 * enrollment with a code, or first purchase, comes with a {@link Referral} handled for the inviter; a
 * host's own {@link Referral} for the inviter comes with the invitee's link to the inviter. The invitee
 * keeps the link (attribute {@code referred-by}) and, per stage, the counter {@code referred.<stage>},
 * which is what refuses counting a stage twice.
 */
public final class Referrals {

    /** Stages the engine reaches by itself. */
    static final String SIGNED_UP = "signed-up";
    static final String FIRST_PURCHASE = "first-purchase";

    private Referrals() {}

    /**
     * What {@code event} does, with the referral that goes with it; {@code members} finds other members,
     * and wheels spun for the event draw from {@code seed}.
     *
     * @throws UnknownMemberException if a host's referral names an invitee who is not a member
     */
    public static Decided decide(Handling handling, Optional<MemberState> state, Event event,
            Function<MemberId, Optional<MemberState>> members, long seed) {
        Seeded seeded = new Seeded(handling, seed);
        if (event instanceof Enrollment enrollment && !enrollment.getReferralCode().isEmpty()) {
            return enrollment(seeded, state, enrollment, members);
        }
        if (event instanceof Referral referral) {
            return referral(seeded, state, referral, members);
        }
        Decided decided = seeded.decide(state, event);
        if (event instanceof Purchase && state.isPresent() && state.get().counter("purchases") == 0
                && state.get().counter(counter(FIRST_PURCHASE)) == 0) {
            Optional<MemberState> inviter = state.get().member().attribute(Member.REFERRED_BY).map(MemberId::of).flatMap(members);
            if (inviter.isPresent()) {
                return withInviter(seeded, decided, event.getMemberId(), inviter.get(), FIRST_PURCHASE, event.getAt());
            }
        }
        return decided;
    }

    /** The invitee's counter of {@code stage}: 1 once the stage was credited to the inviter. */
    static String counter(String stage) {
        return "referred." + stage;
    }

    private static Decided enrollment(Seeded handling, Optional<MemberState> state, Enrollment enrollment,
            Function<MemberId, Optional<MemberState>> members) {
        String code = enrollment.getReferralCode();
        MemberId invitee = enrollment.getMemberId();
        Optional<MemberId> inviter = ReferralCode.inviter(code);
        if (inviter.isEmpty()) {
            return refused("REFERRAL_CODE_INVALID", "'" + code + "' is not a valid referral code");
        }
        if (inviter.get().equals(invitee)) {
            return refused("SELF_REFERRAL", "member '" + invitee + "' cannot sign up with their own referral code");
        }
        Optional<MemberState> inviterState = members.apply(inviter.get());
        if (inviterState.isEmpty()) {
            return refused("REFERRAL_INVITER_UNKNOWN", "referral code '" + code + "' is of '" + inviter.get() + "', who is not a member");
        }
        Enrollment linked = enrollment.withProfile(enrollment.getProfile().withAttribute(Member.REFERRED_BY, inviter.get().value()));
        return withInviter(handling, handling.decide(state, linked), invitee, inviterState.get(), SIGNED_UP, enrollment.getAt());
    }

    private static Decided referral(Seeded handling, Optional<MemberState> state, Referral referral,
            Function<MemberId, Optional<MemberState>> members) {
        MemberId inviter = referral.getMemberId();
        MemberId invitee = referral.getInvitee();
        if (inviter.equals(invitee)) {
            return refused("SELF_REFERRAL", "member '" + inviter + "' cannot refer themselves");
        }
        MemberState invited = members.apply(invitee).orElseThrow(() -> new UnknownMemberException(invitee));
        Optional<String> referredBy = invited.member().attribute(Member.REFERRED_BY);
        if (referredBy.isPresent() && !referredBy.get().equals(inviter.value())) {
            return refused("REFERRED_BY_ANOTHER_MEMBER", "member '" + invitee + "' was referred by another member");
        }
        if (invited.counter(counter(referral.getStage())) > 0) {
            return refused("REFERRAL_ALREADY_COUNTED", "referral of '" + invitee + "' at stage '" + referral.getStage()
                    + "' was counted before");
        }
        Decided credit = handling.decide(state, referral);
        if (credit.refusal().isPresent()) {
            return credit;
        }
        MemberChange link = new MemberChange(invitee, invited.version(),
                referredBy.isPresent() ? Optional.empty() : Optional.of(invited.member().withAttribute(Member.REFERRED_BY, inviter.value())),
                List.of(), List.of(), Map.of(counter(referral.getStage()), 1L), Optional.empty(), List.of(), Optional.empty(), List.of());
        List<MemberChange> others = new ArrayList<>(credit.others());
        others.add(link);
        return new Decided(credit.change(), credit.entries(), credit.rewards(), credit.notifications(), Optional.empty(), credit.play(), others,
                credit.claims(), credit.withheld(), credit.codes(), credit.checkout());
    }

    /** {@code own} for the invitee, with the inviter's {@link Referral} of {@code stage} handled in the same append. */
    private static Decided withInviter(Seeded handling, Decided own, MemberId invitee, MemberState inviter, String stage, Instant at) {
        if (own.refusal().isPresent()) {
            return own;
        }
        Referral referral = Referral.of("referral:" + invitee + ":" + stage, inviter.member().id(), at, invitee, stage);
        Decided credit = handling.decideOther(Optional.of(inviter), referral);
        if (credit.refusal().isPresent()) {
            return credit;
        }
        MemberChange mine = own.change().orElseThrow().withCounters(Map.of(counter(stage), 1L), Optional.empty());
        List<dev.loyalty.core.ledger.Entry> entries = new ArrayList<>(own.entries());
        entries.addAll(credit.entries());
        List<dev.loyalty.spi.OutboxMessage> messages = new ArrayList<>(own.notifications());
        messages.addAll(credit.notifications());
        List<MemberChange> others = new ArrayList<>(own.others());
        others.addAll(credit.changes());
        return new Decided(Optional.of(mine), entries, own.rewards(), messages, Optional.empty(), own.play(), others,
                Decided.claims(own.claims(), credit.claims()), Decided.withheld(own.withheld(), credit.withheld()),
                Stream.concat(own.codes().stream(), credit.codes().stream()).toList(), own.checkout());
    }

    /** Handling with the event's seed; the other member's event draws from a seed of its own. */
    private record Seeded(Handling handling, long seed) {
        Decided decide(Optional<MemberState> state, Event event) {
            return handling.decide(state, event, seed);
        }

        Decided decideOther(Optional<MemberState> state, Event event) {
            return handling.decide(state, event, ~seed);
        }
    }

    private static Decided refused(String code, String message) {
        return Decided.refused(new Outcome.Refusal(code, message, Optional.empty()));
    }
}
