package dev.loyalty.core.member;

import dev.loyalty.core.MemberId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A member of a loyalty program (MISSION M1): who they are, how to reach them, and when they joined.
 *
 * <p>Start from {@link #builder(MemberId, String, Instant, ZoneId)}; change a member with the
 * {@code with...} methods, which return copies. Dates that matter to the member (birthday,
 * enrollment anniversary, tenure) are computed in the member's own {@link #zone()}: a member in
 * Auckland has their birthday on their own calendar day, not on UTC's.
 *
 * @param id the host's id for the member
 * @param name the name used in messages; not blank, at most 200 characters
 * @param contacts ways of reaching the member, in the order given; may be empty
 * @param birthday the date of birth, if known; not after the enrollment date in {@code zone}
 * @param enrolledAt when the member joined
 * @param zone the member's own time zone
 * @param attributes host-defined facts about the member; keys are 1 to 64 of {@code [a-z0-9_.-]},
 *     values at most 1000 characters
 * @param status what the program may do for or with the member
 * @param termsAcceptedAt when the member accepted the program's terms, if they did; not before
 *     {@code enrolledAt}
 */
public record Member(
        MemberId id,
        String name,
        List<Contact> contacts,
        Optional<LocalDate> birthday,
        Instant enrolledAt,
        ZoneId zone,
        Map<String, String> attributes,
        MemberStatus status,
        Optional<Instant> termsAcceptedAt) {

    /** Validates and copies the fields; see the parameter descriptions for what is accepted. */
    public Member {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(birthday, "birthday");
        Objects.requireNonNull(enrolledAt, "enrolledAt");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(termsAcceptedAt, "termsAcceptedAt");
        contacts = List.copyOf(contacts);
        attributes = Map.copyOf(attributes);
        MemberRules.checkName(name);
        MemberRules.checkAttributes(attributes);
        MemberRules.checkBirthday(birthday, enrolledAt, zone);
        MemberRules.checkTermsAccepted(termsAcceptedAt, enrolledAt);
    }

    /** Starts a new {@link MemberStatus#ACTIVE} member with no contacts, birthday, attributes or terms. */
    public static MemberBuilder builder(MemberId id, String name, Instant enrolledAt, ZoneId zone) {
        return new MemberBuilder(id, name, enrolledAt, zone);
    }

    /** The calendar date of {@code at} in the member's zone. */
    public LocalDate localDate(Instant at) {
        return LocalDate.ofInstant(at, zone);
    }

    /** The calendar date the member joined, in the member's zone. */
    public LocalDate enrollmentDate() {
        return localDate(enrolledAt);
    }

    /**
     * Whether {@code date} is the member's birthday: same month and day as the birthday, on or after
     * the birth date. A 29 February birthday falls on 28 February in years that are not leap years.
     * Always {@code false} when the birthday is not known.
     */
    public boolean isBirthday(LocalDate date) {
        return birthday.filter(born -> !date.isBefore(born) && fallsOn(MonthDay.from(born), date)).isPresent();
    }

    /**
     * Whether {@code date} is an anniversary of the member's enrollment: same month and day as the
     * {@link #enrollmentDate()}, in a later year. Someone who enrolled on 29 February has their
     * anniversary on 28 February in years that are not leap years.
     */
    public boolean isEnrollmentAnniversary(LocalDate date) {
        LocalDate enrolledOn = enrollmentDate();
        return date.getYear() > enrolledOn.getYear() && fallsOn(MonthDay.from(enrolledOn), date);
    }

    /**
     * Whole calendar days, in the member's zone, from the enrollment date to the date of {@code at}:
     * 0 on the day of enrollment, 1 the next day.
     *
     * @throws IllegalArgumentException if {@code at} is before {@link #enrolledAt()}
     */
    public long tenureDays(Instant at) {
        if (at.isBefore(enrolledAt)) {
            throw new IllegalArgumentException("at must not be before enrolledAt " + enrolledAt + ", but was " + at);
        }
        return Math.max(0, ChronoUnit.DAYS.between(enrollmentDate(), localDate(at)));
    }

    /**
     * How complete the profile is, in percent: 20 for each of a name (always present), at least one
     * {@link Channel#EMAIL} contact, at least one {@link Channel#SMS} contact (a phone number), a
     * birthday, and accepted terms. Opt-in does not matter. So 20 to 100, in steps of 20.
     */
    public int profileCompleteness() {
        int filled = 1;
        filled += has(Channel.EMAIL) ? 1 : 0;
        filled += has(Channel.SMS) ? 1 : 0;
        filled += birthday.isPresent() ? 1 : 0;
        filled += termsAcceptedAt.isPresent() ? 1 : 0;
        return filled * 20;
    }

    /** The contacts on {@code channel}, in order; empty if there are none. */
    public List<Contact> contacts(Channel channel) {
        return contacts.stream().filter(c -> c.channel() == channel).toList();
    }

    /** The value of attribute {@code key}, if set. */
    public Optional<String> attribute(String key) {
        return Optional.ofNullable(attributes.get(key));
    }

    /** A copy with {@code value} as the name. */
    public Member withName(String value) {
        return new Member(id, value, contacts, birthday, enrolledAt, zone, attributes, status, termsAcceptedAt);
    }

    /** A copy with {@code value} as the contacts, replacing all of them. */
    public Member withContacts(List<Contact> value) {
        return new Member(id, name, value, birthday, enrolledAt, zone, attributes, status, termsAcceptedAt);
    }

    /**
     * A copy with {@code contact} added, or replacing the contact on the same channel and address (so
     * that an opt-in or opt-out keeps the contact's place in the list).
     */
    public Member withContact(Contact contact) {
        List<Contact> copy = new ArrayList<>(contacts);
        int existing = indexOfAddress(contact);
        if (existing >= 0) {
            copy.set(existing, contact);
        } else {
            copy.add(contact);
        }
        return withContacts(copy);
    }

    /** A copy with {@code value} as the birthday. */
    public Member withBirthday(LocalDate value) {
        return new Member(id, name, contacts, Optional.of(value), enrolledAt, zone, attributes, status,
                termsAcceptedAt);
    }

    /** A copy with attribute {@code key} set to {@code value}, replacing any earlier value. */
    public Member withAttribute(String key, String value) {
        Map<String, String> copy = new HashMap<>(attributes);
        copy.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
        return new Member(id, name, contacts, birthday, enrolledAt, zone, copy, status, termsAcceptedAt);
    }

    /** A copy without attribute {@code key}; an equal member if it was not set. */
    public Member withoutAttribute(String key) {
        Map<String, String> copy = new HashMap<>(attributes);
        copy.remove(key);
        return new Member(id, name, contacts, birthday, enrolledAt, zone, copy, status, termsAcceptedAt);
    }

    /** A copy with {@code value} as the status. */
    public Member withStatus(MemberStatus value) {
        return new Member(id, name, contacts, birthday, enrolledAt, zone, attributes, value, termsAcceptedAt);
    }

    /** A copy recording that the terms were accepted at {@code value}; not before {@link #enrolledAt()}. */
    public Member withTermsAcceptedAt(Instant value) {
        return new Member(id, name, contacts, birthday, enrolledAt, zone, attributes, status, Optional.of(value));
    }

    private boolean has(Channel channel) {
        return contacts.stream().anyMatch(c -> c.channel() == channel);
    }

    private int indexOfAddress(Contact contact) {
        for (int i = 0; i < contacts.size(); i++) {
            if (contacts.get(i).sameAddressAs(contact)) {
                return i;
            }
        }
        return -1;
    }

    /** {@code monthDay} in {@code date}'s year, 29 February becoming 28 February outside leap years. */
    private static boolean fallsOn(MonthDay monthDay, LocalDate date) {
        return monthDay.atYear(date.getYear()).equals(date);
    }
}
