package dev.loyalty.rules.facts;

import dev.loyalty.core.MemberId;
import java.time.Instant;
import java.util.Objects;

/**
 * A member joins the program. Its id is {@code enroll:<member id>}, so a member can enroll only once.
 * Rules may award a welcome bonus: {@code Enrollment()} matches while the enrollment is handled.
 */
public final class Enrollment implements Event {

    private final dev.loyalty.core.member.Member profile;

    private Enrollment(dev.loyalty.core.member.Member profile) {
        this.profile = Objects.requireNonNull(profile, "profile");
    }

    /** The enrollment of {@code profile}, at its enrollment instant. */
    public static Enrollment of(dev.loyalty.core.member.Member profile) {
        return new Enrollment(profile);
    }

    @Override
    public String getId() {
        return "enroll:" + profile.id();
    }

    @Override
    public MemberId getMemberId() {
        return profile.id();
    }

    @Override
    public Instant getAt() {
        return profile.enrolledAt();
    }

    @Override
    public String getType() {
        return "enrollment";
    }

    /** The new member's profile. */
    public dev.loyalty.core.member.Member getProfile() {
        return profile;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Enrollment other && profile.equals(other.profile);
    }

    @Override
    public int hashCode() {
        return profile.hashCode();
    }

    @Override
    public String toString() {
        return "Enrollment[" + profile + "]";
    }
}
