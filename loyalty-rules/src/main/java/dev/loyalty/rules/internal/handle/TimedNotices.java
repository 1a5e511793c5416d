package dev.loyalty.rules.internal.handle;

import dev.loyalty.core.MemberId;
import dev.loyalty.core.ledger.Ledger;
import dev.loyalty.core.member.Member;
import dev.loyalty.rules.CompiledProgram;
import dev.loyalty.rules.program.Triggers;
import dev.loyalty.spi.DueLot;
import dev.loyalty.spi.LoyaltyStore;
import dev.loyalty.spi.MemberChange;
import dev.loyalty.spi.MemberState;
import dev.loyalty.spi.OutboxMessage;
import dev.loyalty.spi.Page;
import dev.loyalty.spi.PageRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The messages that time triggers, written by {@code advanceTo} as sweeps over the store's due-work
 * queries: points about to expire, birthdays and feedback surveys. Each message is appended under its own
 * request key, so running again for the same instant writes nothing twice. Birthdays and surveys are
 * found on their day, so {@code advanceTo} must run at least daily for them.
 */
public final class TimedNotices {

    private static final int PAGE = 500;

    private final CompiledProgram program;
    private final LoyaltyStore store;
    private final int maxAttempts;

    /** Sweeps for {@code program} over {@code store}. */
    public TimedNotices(CompiledProgram program, LoyaltyStore store, int maxAttempts) {
        this.program = program;
        this.store = store;
        this.maxAttempts = maxAttempts;
    }

    /** Writes the messages due by {@code at}; how many it wrote. */
    public long run(Instant at) {
        Triggers triggers = program.engagement().notifications().triggers();
        long written = 0;
        if (triggers.pointsExpiring().isPresent()) {
            written += expiring(at, triggers.pointsExpiring().get());
        }
        if (triggers.birthday().isPresent()) {
            written += onDays(at, 12, store::membersWithBirthday, member -> birthday(member, at));
        }
        if (triggers.survey().isPresent()) {
            Triggers.Survey survey = triggers.survey().get();
            written += onDays(at, survey.every().toTotalMonths(), store::membersEnrolledOn, member -> survey(member, at, survey));
        }
        return written;
    }

    private long expiring(Instant at, Triggers.Expiring trigger) {
        long written = 0;
        Instant until = at.plus(Duration.ofDays(trigger.days()));
        Optional<PageRequest> request = Optional.of(PageRequest.first(PAGE));
        while (request.isPresent()) {
            Page<DueLot> page = store.lotsExpiring(until, request.get());
            for (DueLot lot : page.items()) {
                if (lot.dueAt().isAfter(at)) {
                    String key = "expiring:" + lot.pointType() + ":" + lot.lot();
                    written += once(lot.member(), key, state -> message(state, Optional.of(trigger.template()), key,
                            Map.of("points", Long.toString(lot.remaining()), "deadline", Notices.date(state.member(), lot.dueAt())), at));
                }
            }
            request = request.get().next(page);
        }
        return written;
    }

    private Optional<Appends.Keyed> birthday(MemberState state, Instant at) {
        Member member = state.member();
        if (!member.isBirthday(member.localDate(at))) {
            return Optional.empty();
        }
        String key = "birthday:" + member.localDate(at).getYear();
        return message(state, program.engagement().notifications().triggers().birthday(), key, Map.of(), at)
                .map(change -> new Appends.Keyed(key, change));
    }

    private Optional<Appends.Keyed> survey(MemberState state, Instant at, Triggers.Survey trigger) {
        Member member = state.member();
        LocalDate today = member.localDate(at);
        LocalDate enrolled = member.enrollmentDate();
        long months = ChronoUnit.MONTHS.between(enrolled, today);
        long every = trigger.every().toTotalMonths();
        if (months < every || months % every != 0 || !enrolled.plusMonths(months).equals(today)) {
            return Optional.empty();
        }
        String key = "survey:" + today;
        return message(state, Optional.of(trigger.template()), key, Map.of(), at).map(change -> new Appends.Keyed(key, change));
    }

    /**
     * Runs {@code decide} for every member {@code query} finds on the days {@code at} can be anywhere
     * on earth (and, for surveys, the same days a whole number of intervals before).
     */
    private long onDays(Instant at, long everyMonths, DayQuery query, Function<MemberState, Optional<Appends.Keyed>> decide) {
        TreeSet<MonthDay> days = new TreeSet<>();
        for (LocalDate date : List.of(at.minus(Duration.ofHours(14)).atZone(ZoneOffset.UTC).toLocalDate(),
                at.plus(Duration.ofHours(14)).atZone(ZoneOffset.UTC).toLocalDate())) {
            for (long back = 0; back < 12; back += everyMonths) {
                days.add(MonthDay.from(date.minusMonths(back)));
            }
        }
        long written = 0;
        TreeSet<MemberId> seen = new TreeSet<>();
        for (MonthDay day : days) {
            Optional<PageRequest> request = Optional.of(PageRequest.first(PAGE));
            while (request.isPresent()) {
                Page<MemberId> page = query.page(day, request.get());
                for (MemberId member : page.items()) {
                    if (seen.add(member)) {
                        written += Appends.once(store, member, maxAttempts, decide) ? 1 : 0;
                    }
                }
                request = request.get().next(page);
            }
        }
        return written;
    }

    private long once(MemberId member, String key, Function<MemberState, Optional<MemberChange>> decide) {
        return Appends.once(store, member, key, maxAttempts, decide) ? 1 : 0;
    }

    private Optional<MemberChange> message(MemberState state, Optional<String> template, String key, Map<String, String> values,
            Instant at) {
        Ledger ledger = Handling.ledgerOf(program, state);
        Optional<OutboxMessage> message = Notices.of(program, state.member(), ledger, template, key, values, at);
        return message.map(m -> MemberChange.entries(state.member().id(), state.version(), List.of(), List.of())
                .withMessages(List.of(m)));
    }

    /** A due-work query by day. */
    @FunctionalInterface
    private interface DayQuery {
        Page<MemberId> page(MonthDay day, PageRequest request);
    }
}
