package dev.loyalty.core.member;

import dev.loyalty.core.MemberId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Collects the fields of a new {@link Member}; get one from {@link Member#builder}. Every check runs in
 * {@link #build()}, with the same messages as {@link Member}'s constructor. Not thread-safe.
 */
public final class MemberBuilder {

    private final MemberId id;
    private final String name;
    private final Instant enrolledAt;
    private final ZoneId zone;
    private final List<Contact> contacts = new ArrayList<>();
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private Optional<LocalDate> birthday = Optional.empty();
    private Optional<Instant> termsAcceptedAt = Optional.empty();
    private MemberStatus status = MemberStatus.ACTIVE;

    MemberBuilder(MemberId id, String name, Instant enrolledAt, ZoneId zone) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Objects.requireNonNull(name, "name");
        this.enrolledAt = Objects.requireNonNull(enrolledAt, "enrolledAt");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** Adds a contact after those added before. */
    public MemberBuilder contact(Contact contact) {
        contacts.add(Objects.requireNonNull(contact, "contact"));
        return this;
    }

    /** Sets the date of birth. */
    public MemberBuilder birthday(LocalDate date) {
        birthday = Optional.of(date);
        return this;
    }

    /** Sets attribute {@code key} to {@code value}, replacing an earlier value for the same key. */
    public MemberBuilder attribute(String key, String value) {
        attributes.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
        return this;
    }

    /** Records when the member accepted the program's terms. */
    public MemberBuilder termsAcceptedAt(Instant at) {
        termsAcceptedAt = Optional.of(at);
        return this;
    }

    /** Sets the status; {@link MemberStatus#ACTIVE} unless set. */
    public MemberBuilder status(MemberStatus value) {
        status = Objects.requireNonNull(value, "status");
        return this;
    }

    /**
     * The member.
     *
     * @throws IllegalArgumentException if a field is not accepted by {@link Member}
     */
    public Member build() {
        return new Member(id, name, contacts, birthday, enrolledAt, zone, attributes, status, termsAcceptedAt);
    }
}
