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
    private final String referralCode;

    private Enrollment(dev.loyalty.core.member.Member profile, String referralCode) {
        this.profile = Objects.requireNonNull(profile, "profile");
        this.referralCode = Objects.requireNonNull(referralCode, "referralCode");
    }

    /** The enrollment of {@code profile}, at its enrollment instant. */
    public static Enrollment of(dev.loyalty.core.member.Member profile) {
        return new Enrollment(profile, "");
    }

    /**
     * This enrollment, of a member invited with another member's referral code ({@code ReferralCode.of}).
     * The engine checks the code, links the new member to the inviter (attribute {@code referred-by}) and
     * handles a {@link Referral} for the inviter in the same atomic append; a bad code refuses the
     * enrollment (codes {@code REFERRAL_CODE_INVALID}, {@code REFERRAL_INVITER_UNKNOWN}, {@code SELF_REFERRAL}).
     */
    public Enrollment referredBy(String code) {
        return new Enrollment(profile, Events.name("referral code", code));
    }

    /** The same enrollment of {@code changed}, a profile of the same member; for the engine. */
    public Enrollment withProfile(dev.loyalty.core.member.Member changed) {
        if (!changed.id().equals(profile.id())) {
            throw new IllegalArgumentException("profile of '" + changed.id() + "' given for the enrollment of '" + profile.id() + "'");
        }
        return new Enrollment(changed, referralCode);
    }

    /** The referral code the member signed up with, or the empty string: {@code Enrollment(referralCode != "")}. */
    public String getReferralCode() {
        return referralCode;
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
        return o instanceof Enrollment other && profile.equals(other.profile) && referralCode.equals(other.referralCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(profile, referralCode);
    }

    @Override
    public String toString() {
        return "Enrollment[" + profile + (referralCode.isEmpty() ? "" : ", referred by " + referralCode) + "]";
    }
}
