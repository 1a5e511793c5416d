package dev.loyalty.rules.internal.handle;

import dev.loyalty.core.MemberId;
import dev.loyalty.core.member.Member;
import dev.loyalty.rules.CompiledProgram;
import dev.loyalty.rules.program.LifecycleConfig;
import dev.loyalty.rules.program.RfmConfig;
import dev.loyalty.spi.LoyaltyStore;
import dev.loyalty.spi.MemberChange;
import dev.loyalty.spi.MemberState;
import dev.loyalty.spi.Page;
import dev.loyalty.spi.PageRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Computes every member's RFM scores and lifecycle segment at an instant (the {@code rfm} and
 * {@code lifecycle} sections) in one pass over the members, and stores them as member attributes
 * ({@code rfm.r}, {@code rfm.f}, {@code rfm.m}, {@code rfm.segment}, {@code lifecycle}), appending only
 * for members whose attributes change, under the request key {@code segments@<instant>}.
 */
public final class Segmentation {

    /** Before every member's last activity: {@code membersInactiveSince(END)} lists every member. */
    private static final Instant END = Instant.parse("9999-12-31T23:59:59Z");
    private static final List<String> RFM_KEYS = List.of("rfm.r", "rfm.f", "rfm.m", "rfm.segment");

    private final CompiledProgram program;
    private final LoyaltyStore store;
    private final int maxAttempts;

    /** Segmentation for {@code program} over {@code store}. */
    public Segmentation(CompiledProgram program, LoyaltyStore store, int maxAttempts) {
        this.program = program;
        this.store = store;
        this.maxAttempts = maxAttempts;
    }

    /** Segments every member at {@code at}; how many members' attributes changed. */
    public long run(Instant at) {
        Optional<RfmConfig> rfm = program.engagement().rfm();
        Optional<LifecycleConfig> lifecycle = program.engagement().lifecycle();
        if (rfm.isEmpty() && lifecycle.isEmpty()) {
            return 0;
        }
        List<MemberState> members = all();
        Map<MemberId, Map<String, String>> wanted = new HashMap<>();
        members.forEach(state -> wanted.put(state.member().id(), new HashMap<>()));
        rfm.ifPresent(config -> score(config, members, at, wanted));
        lifecycle.ifPresent(config -> members.forEach(state ->
                wanted.get(state.member().id()).put("lifecycle", Lifecycles.of(config, state, program.zone(), at))));
        long changed = 0;
        String key = "segments@" + at;
        for (MemberState state : members) {
            Map<String, String> attributes = wanted.get(state.member().id());
            if (!differs(state.member(), attributes, rfm.isPresent())) {
                continue;
            }
            changed += Appends.once(store, state.member().id(), key, maxAttempts, fresh -> update(fresh, attributes, rfm.isPresent()))
                    ? 1 : 0;
        }
        return changed;
    }

    private List<MemberState> all() {
        List<MemberState> members = new ArrayList<>();
        Optional<PageRequest> request = Optional.of(PageRequest.first(1000));
        while (request.isPresent()) {
            Page<MemberId> page = store.membersInactiveSince(END, request.get());
            page.items().forEach(id -> store.find(id).ifPresent(members::add));
            request = request.get().next(page);
        }
        return members;
    }

    private void score(RfmConfig config, List<MemberState> members, Instant at, Map<MemberId, Map<String, String>> wanted) {
        List<YearMonth> window = Months.window(at, program.zone(), config.months());
        List<MemberState> scored = members.stream().filter(s -> Months.sum(s, window, "purchases") > 0).toList();
        int n = scored.size();
        long[] recency = new long[n];
        long[] frequency = new long[n];
        long[] monetary = new long[n];
        for (int i = 0; i < n; i++) {
            MemberState state = scored.get(i);
            recency[i] = state.lastActivityAt().orElse(state.member().enrolledAt()).getEpochSecond();
            frequency[i] = Months.sum(state, window, "purchases");
            monetary[i] = Months.sum(state, window, "spend");
        }
        int[] r;
        int[] f;
        int[] m;
        if (config.scoring() == RfmConfig.Scoring.QUINTILES) {
            r = RfmScores.quintiles(recency);
            f = RfmScores.quintiles(frequency);
            m = RfmScores.quintiles(monetary);
        } else {
            RfmConfig.Bins bins = config.bins().orElseThrow();
            r = new int[n];
            f = new int[n];
            m = new int[n];
            for (int i = 0; i < n; i++) {
                r[i] = RfmScores.atMost(Duration.between(Instant.ofEpochSecond(recency[i]), at).toDays(), bins.recencyDays());
                f[i] = RfmScores.atLeast(frequency[i], bins.frequency());
                m[i] = RfmScores.atLeast(monetary[i], bins.monetary());
            }
        }
        for (int i = 0; i < n; i++) {
            Map<String, String> attributes = wanted.get(scored.get(i).member().id());
            attributes.put("rfm.r", Integer.toString(r[i]));
            attributes.put("rfm.f", Integer.toString(f[i]));
            attributes.put("rfm.m", Integer.toString(m[i]));
            attributes.put("rfm.segment", RfmScores.segment(config, r[i], f[i], m[i]));
        }
    }

    private static boolean differs(Member member, Map<String, String> wanted, boolean rfm) {
        return !updated(member, wanted, rfm).attributes().equals(member.attributes());
    }

    private static Member updated(Member member, Map<String, String> wanted, boolean rfm) {
        Member result = member;
        if (rfm) {
            for (String key : RFM_KEYS) {
                result = wanted.containsKey(key) ? result.withAttribute(key, wanted.get(key)) : result.withoutAttribute(key);
            }
        }
        if (wanted.containsKey("lifecycle")) {
            result = result.withAttribute("lifecycle", wanted.get("lifecycle"));
        }
        return result;
    }

    private static Optional<MemberChange> update(MemberState state, Map<String, String> wanted, boolean rfm) {
        Member member = updated(state.member(), wanted, rfm);
        if (member.attributes().equals(state.member().attributes())) {
            return Optional.empty();
        }
        return Optional.of(new MemberChange(member.id(), state.version(), Optional.of(member), List.of(), List.of(), Map.of(),
                Optional.empty(), List.of(), Optional.empty(), List.of()));
    }
}
