package dev.loyalty.rules.program;

import java.util.List;
import java.util.Objects;

/**
 * The {@code lifecycle} section: each member's lifecycle segment, computed by {@code advanceTo} and stored
 * as the member attribute {@code lifecycle}. The first that applies:
 * <ol>
 *   <li>{@code potential}: enrolled, never purchased;
 *   <li>{@code inactive-N}: no activity (a purchase or an activity event) for N days, N the largest of
 *       {@code inactiveDays} that applies;
 *   <li>{@code dissatisfied}: in the window, at least {@code dissatisfiedRefunds} refunds, or an activity of
 *       one of the {@code dissatisfiedActivities} kinds (a complaint, a low rating);
 *   <li>{@code new}: enrolled at most {@code newDays} days ago;
 *   <li>{@code loyal}: at least {@code loyalPurchases} purchases in the window;
 *   <li>{@code active}: everyone else.
 * </ol>
 *
 * @param months the window in calendar months, the current one included, >= 1
 * @param newDays days a member counts as new, >= 0
 * @param loyalPurchases purchases in the window that make a member loyal, >= 1
 * @param inactiveDays the inactivity thresholds in days, ascending, each >= 1
 * @param dissatisfiedRefunds refunds in the window that make a member dissatisfied, >= 1
 * @param dissatisfiedActivities activity kinds that make a member dissatisfied
 */
public record LifecycleConfig(int months, int newDays, int loyalPurchases, List<Integer> inactiveDays, int dissatisfiedRefunds,
        List<String> dissatisfiedActivities) {

    /** Checks and copies. */
    public LifecycleConfig {
        inactiveDays = List.copyOf(inactiveDays);
        dissatisfiedActivities = List.copyOf(dissatisfiedActivities);
        Objects.requireNonNull(inactiveDays, "inactiveDays");
        if (months < 1 || newDays < 0 || loyalPurchases < 1 || dissatisfiedRefunds < 1) {
            throw new IllegalArgumentException("months, loyalPurchases and dissatisfiedRefunds must be >= 1 and newDays >= 0, but were "
                    + months + ", " + loyalPurchases + ", " + dissatisfiedRefunds + " and " + newDays);
        }
    }
}
