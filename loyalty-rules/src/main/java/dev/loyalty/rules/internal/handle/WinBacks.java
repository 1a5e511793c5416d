package dev.loyalty.rules.internal.handle;

import dev.loyalty.core.MemberId;
import dev.loyalty.core.ledger.Accepted;
import dev.loyalty.core.ledger.Earn;
import dev.loyalty.core.ledger.Entry;
import dev.loyalty.core.ledger.Ledger;
import dev.loyalty.core.ledger.LedgerResult;
import dev.loyalty.core.ledger.Lot;
import dev.loyalty.core.ledger.Reason;
import dev.loyalty.core.member.Member;
import dev.loyalty.rules.CompiledProgram;
import dev.loyalty.rules.program.WinBackConfig;
import dev.loyalty.spi.LoyaltyStore;
import dev.loyalty.spi.MemberChange;
import dev.loyalty.spi.MemberState;
import dev.loyalty.spi.OutboxMessage;
import dev.loyalty.spi.Page;
import dev.loyalty.spi.PageRequest;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Wins back inactive members (the {@code winBack} section): a sweep over the store's inactive members
 * that grants each, once per spell of inactivity, the bonus and the {@code winBack} message, under the
 * request key {@code win-back:<last activity>}, so running it again writes nothing twice.
 */
public final class WinBacks {

    /** The member attribute that holds when the last win-back was granted. */
    static final String AT = "winback.at";
    /** The member attribute that holds when the member purchased again after it. */
    static final String RETURNED = "winback.returned";

    private final CompiledProgram program;
    private final LoyaltyStore store;
    private final int maxAttempts;

    /** Win-backs for {@code program} over {@code store}. */
    public WinBacks(CompiledProgram program, LoyaltyStore store, int maxAttempts) {
        this.program = program;
        this.store = store;
        this.maxAttempts = maxAttempts;
    }

    /** Wins back every member inactive for the configured days at {@code at}; how many it won back. */
    public long run(Instant at) {
        Optional<WinBackConfig> config = program.engagement().winBack();
        if (config.isEmpty()) {
            return 0;
        }
        Instant since = ZonedDateTime.ofInstant(at, program.zone()).minusDays(config.get().inactiveDays()).toInstant();
        long won = 0;
        Optional<PageRequest> request = Optional.of(PageRequest.first(500));
        TreeSet<MemberId> due = new TreeSet<>();
        while (request.isPresent()) {
            Page<MemberId> page = store.membersInactiveSince(since, request.get());
            due.addAll(page.items());
            request = request.get().next(page);
        }
        for (MemberId member : due) {
            won += Appends.once(store, member, maxAttempts, state -> winBack(state, config.get(), at)) ? 1 : 0;
        }
        return won;
    }

    private Optional<Appends.Keyed> winBack(MemberState state, WinBackConfig config, Instant at) {
        if (state.lastActivityAt().isEmpty()) {
            return Optional.empty();
        }
        String key = "win-back:" + state.lastActivityAt().get();
        Member member = state.member();
        Ledger ledger = Handling.ledgerOf(program, state);
        List<Entry> entries = new ArrayList<>();
        List<Lot> lots = new ArrayList<>();
        Map<String, String> values = Map.of();
        if (config.bonus().isPresent()) {
            WinBackConfig.Bonus bonus = config.bonus().get();
            Instant expires = ZonedDateTime.ofInstant(at, program.zone()).plusDays(bonus.validDays()).toInstant();
            Reason reason = Reason.system("win-back").with(Reasons.PROGRAM, Reasons.program(program));
            LedgerResult result = ledger.earn(new Earn(bonus.pointType(), bonus.amount(), at, at, expires, reason, key));
            if (!(result instanceof Accepted accepted)) {
                return Optional.empty();
            }
            entries.addAll(accepted.entries());
            ledger = accepted.ledger();
            Ledger after = ledger;
            accepted.entries().stream().flatMap(entry -> entry.touchedLots().stream()).distinct().map(after::lot).forEach(lots::add);
            values = Map.of("points", Long.toString(bonus.amount()), "deadline", Notices.date(member, expires));
        }
        List<OutboxMessage> messages = Notices.of(program, member, ledger, program.engagement().notifications().triggers().winBack(),
                key, values, at).stream().toList();
        Member marked = member.withAttribute(AT, at.toString()).withoutAttribute(RETURNED);
        return Optional.of(new Appends.Keyed(key, new MemberChange(member.id(), state.version(), Optional.of(marked), entries, lots,
                Map.of("winback.offers", 1L), Optional.empty(), messages, Optional.empty(), List.of())));
    }
}
