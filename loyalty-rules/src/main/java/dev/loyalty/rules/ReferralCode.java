package dev.loyalty.rules;

import dev.loyalty.core.MemberId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Optional;

/**
 * A member's referral code: the member's id, a dash and four check characters derived from the id by
 * SHA-256, e.g. {@code anna-7KQX}. The check characters catch mistyped codes; they are no secret (anyone
 * who knows the id can work them out), which is fine because a code only says who invited whom.
 *
 * <pre>{@code
 * String code = ReferralCode.of(MemberId.of("anna"));
 * engine.handle(Enrollment.of(bob).referredBy(code));   // credits anna in the same atomic append
 * }</pre>
 */
public final class ReferralCode {

    /** Without 0/O and 1/I, so that codes read aloud or typed survive. */
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int CHECK_LENGTH = 4;

    private ReferralCode() {}

    /** The referral code of {@code member}. */
    public static String of(MemberId member) {
        return member.value() + "-" + check(member.value());
    }

    /**
     * The member whose code {@code code} is (check characters in either case); empty if it is not a
     * well-formed code with the right check characters.
     */
    public static Optional<MemberId> inviter(String code) {
        int dash = code.lastIndexOf('-');
        if (dash < 1 || code.length() - dash - 1 != CHECK_LENGTH) {
            return Optional.empty();
        }
        String id = code.substring(0, dash);
        try {
            MemberId member = MemberId.of(id);
            return check(id).equals(code.substring(dash + 1).toUpperCase(Locale.ROOT)) ? Optional.of(member) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String check(String id) {
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-256").digest(("referral|" + id).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
        StringBuilder check = new StringBuilder(CHECK_LENGTH);
        for (int i = 0; i < CHECK_LENGTH; i++) {
            check.append(ALPHABET.charAt((digest[i] & 0xff) % ALPHABET.length()));
        }
        return check.toString();
    }
}
