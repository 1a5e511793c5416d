package dev.loyalty.rules.facts;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;

/**
 * The day an event happened on, in the member's own time zone, and what it means for the member.
 *
 * <p>In DRL: {@code Today(birthday)}, {@code Today(weekday == "SATURDAY")},
 * {@code Today(between("2026-12-01", "2026-12-08"))}, {@code Today(purchaseAnniversary)},
 * {@code Today(inSeason("12-24", "12-27"))}.
 */
public final class Today {

    private final LocalDate date;
    private final boolean birthday;
    private final boolean enrollmentAnniversary;
    private final boolean purchaseAnniversary;

    /**
     * The day {@code date}.
     *
     * @param date the member's local date
     * @param birthday whether it is the member's birthday (29 February birthdays fall on 28 February in
     *     other years)
     * @param enrollmentAnniversary whether the member enrolled on this day of an earlier year
     */
    public Today(LocalDate date, boolean birthday, boolean enrollmentAnniversary) {
        this(date, birthday, enrollmentAnniversary, false);
    }

    /**
     * The day {@code date}, as above, and whether it is the anniversary of the member's first purchase
     * (same month and day, in a later year; 29 February falls on 28 February in other years).
     */
    public Today(LocalDate date, boolean birthday, boolean enrollmentAnniversary, boolean purchaseAnniversary) {
        this.date = Objects.requireNonNull(date, "date");
        this.birthday = birthday;
        this.enrollmentAnniversary = enrollmentAnniversary;
        this.purchaseAnniversary = purchaseAnniversary;
    }

    /** The member's local date. */
    public LocalDate getDate() {
        return date;
    }

    /** The day of the week in capitals, e.g. {@code SATURDAY}. */
    public String getWeekday() {
        return date.getDayOfWeek().name();
    }

    /** The month, 1 to 12. */
    public int getMonth() {
        return date.getMonthValue();
    }

    /** The day of the month, 1 to 31. */
    public int getDayOfMonth() {
        return date.getDayOfMonth();
    }

    /** Whether it is the member's birthday. */
    public boolean isBirthday() {
        return birthday;
    }

    /** Whether the member enrolled on this day of an earlier year. */
    public boolean isEnrollmentAnniversary() {
        return enrollmentAnniversary;
    }

    /** Whether the date is on or after {@code from} and before {@code until} (ISO dates, e.g. {@code 2026-12-01}). */
    public boolean between(String from, String until) {
        return !date.isBefore(LocalDate.parse(from)) && date.isBefore(LocalDate.parse(until));
    }

    /** Whether the member made their first purchase on this day of an earlier year. */
    public boolean isPurchaseAnniversary() {
        return purchaseAnniversary;
    }

    /**
     * Whether the date falls in the season from {@code from} up to {@code until} (exclusive), given as
     * month and day ({@code "12-24"}), in any year: {@code Today(inSeason("12-24", "12-27"))} is Christmas
     * every year. A season may wrap the new year: {@code inSeason("12-20", "01-07")}.
     */
    public boolean inSeason(String from, String until) {
        MonthDay day = MonthDay.from(date);
        MonthDay start = MonthDay.parse("--" + from);
        MonthDay end = MonthDay.parse("--" + until);
        return start.isBefore(end) ? !day.isBefore(start) && day.isBefore(end) : !day.isBefore(start) || day.isBefore(end);
    }

    @Override
    public String toString() {
        return "Today[" + date + (birthday ? ", birthday" : "") + (enrollmentAnniversary ? ", anniversary" : "") + "]";
    }
}
