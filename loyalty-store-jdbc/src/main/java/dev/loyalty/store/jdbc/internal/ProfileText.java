package dev.loyalty.store.jdbc.internal;

import dev.loyalty.core.MemberId;
import dev.loyalty.core.StoreException;
import dev.loyalty.core.member.Channel;
import dev.loyalty.core.member.Contact;
import dev.loyalty.core.member.Member;
import dev.loyalty.core.member.MemberStatus;
import dev.loyalty.core.tier.TierChange;
import dev.loyalty.core.tier.TierStatus;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;

/** A member's profile, tier status and tier changes as the text of their columns, and back, exactly. */
final class ProfileText {

    private ProfileText() {}

    static String write(Member member) {
        return new TextWriter().string(member.id().value()).string(member.name())
                .list(member.contacts(), (w, c) -> w.string(c.channel().name()).string(c.address()).flag(c.optedIn()))
                .optional(member.birthday(), (w, day) -> w.string(day.toString()))
                .instant(member.enrolledAt()).string(member.zone().getId()).map(member.attributes())
                .string(member.status().name()).optional(member.termsAcceptedAt(), TextWriter::instant)
                .toString();
    }

    static Member readMember(String text, MemberId member) {
        TextReader in = new TextReader(text, "profile of member '" + member + "'");
        try {
            return new Member(MemberId.of(in.string()), in.string(),
                    in.list(r -> new Contact(Channel.valueOf(r.string()), r.string(), r.flag())),
                    in.optional(r -> LocalDate.parse(r.string())), in.instant(), ZoneId.of(in.string()), in.map(),
                    MemberStatus.valueOf(in.string()), in.optional(TextReader::instant));
        } catch (IllegalArgumentException | DateTimeException e) {
            throw StoreException.corrupt("the stored profile of member '" + member + "' is corrupt: " + e.getMessage());
        }
    }

    static String write(TierStatus status) {
        return new TextWriter().string(status.tierId()).instant(status.since())
                .optional(status.downgradeDueAt(), TextWriter::instant).instant(status.nextReevaluationAt()).toString();
    }

    static TierStatus readTier(String text, MemberId member) {
        TextReader in = new TextReader(text, "tier status of member '" + member + "'");
        try {
            return new TierStatus(in.string(), in.instant(), in.optional(TextReader::instant), in.instant());
        } catch (IllegalArgumentException e) {
            throw StoreException.corrupt("the stored tier status of member '" + member + "' is corrupt: " + e.getMessage());
        }
    }

    static String write(TierChange change) {
        return new TextWriter().string(change.from()).string(change.to()).instant(change.at())
                .string(change.reason().name()).string(change.detail()).toString();
    }

    static TierChange readTierChange(String text, MemberId member) {
        TextReader in = new TextReader(text, "tier change of member '" + member + "'");
        try {
            return new TierChange(in.string(), in.string(), in.instant(), TierChange.Reason.valueOf(in.string()), in.string());
        } catch (IllegalArgumentException e) {
            throw StoreException.corrupt("a stored tier change of member '" + member + "' is corrupt: " + e.getMessage());
        }
    }
}
