package dev.loyalty.rules.program;

import java.util.Objects;
import java.util.Optional;

/**
 * A lottery drawn among a group of members, e.g. monthly among those who have not bought for 90 days.
 * One item of {@code games.lotteries}; drawn with {@code LoyaltyEngine.lottery}.
 *
 * @param id the id; 1 to 64 of [a-z0-9_.-]
 * @param name the display name
 * @param inactiveDays candidates had no activity (purchase, activity) for this many days; 0 for every member
 * @param segment candidates must be in this segment, if given
 * @param winners how many members win; >= 1
 * @param prize what each winner gets
 */
public record LotteryConfig(String id, String name, int inactiveDays, Optional<String> segment, int winners, PrizeConfig prize) {

    /** Validates the fields. */
    public LotteryConfig {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(prize, "prize");
        if (inactiveDays < 0 || winners < 1) {
            throw new IllegalArgumentException("lottery '" + id + "' needs inactiveDays >= 0 and winners >= 1, but had "
                    + inactiveDays + " and " + winners);
        }
    }
}
