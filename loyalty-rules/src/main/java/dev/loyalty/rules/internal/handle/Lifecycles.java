package dev.loyalty.rules.internal.handle;

import dev.loyalty.rules.program.LifecycleConfig;
import dev.loyalty.spi.MemberState;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

/** A member's lifecycle segment at an instant; see {@link LifecycleConfig} for the order they are tried in. */
final class Lifecycles {

    private Lifecycles() {}

    static String of(LifecycleConfig config, MemberState state, ZoneId zone, Instant at) {
        if (state.counter("purchases") == 0) {
            return "potential";
        }
        Instant lastSeen = state.lastActivityAt().orElse(state.member().enrolledAt());
        long idle = Duration.between(lastSeen, at).toDays();
        for (int i = config.inactiveDays().size() - 1; i >= 0; i--) {
            if (idle >= config.inactiveDays().get(i)) {
                return "inactive-" + config.inactiveDays().get(i);
            }
        }
        List<YearMonth> window = Months.window(at, zone, config.months());
        boolean unhappy = Months.sum(state, window, "refunds") >= config.dissatisfiedRefunds()
                || config.dissatisfiedActivities().stream().anyMatch(kind -> Months.sum(state, window, "activity." + kind) > 0);
        if (unhappy) {
            return "dissatisfied";
        }
        if (Duration.between(state.member().enrolledAt(), at).toDays() <= config.newDays()) {
            return "new";
        }
        return Months.sum(state, window, "purchases") >= config.loyalPurchases() ? "loyal" : "active";
    }
}
