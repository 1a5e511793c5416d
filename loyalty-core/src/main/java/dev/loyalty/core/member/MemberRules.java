package dev.loyalty.core.member;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The checks {@link Member} runs on its fields; each message names the field and the bad value. */
final class MemberRules {

    static final int MAX_NAME_LENGTH = 200;
    static final int MAX_ATTRIBUTE_VALUE_LENGTH = 1000;
    private static final Pattern ATTRIBUTE_KEY = Pattern.compile("[a-z0-9_.-]{1,64}");

    private MemberRules() {}

    static void checkName(String name) {
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank, but was '" + name + "'");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException(
                    "name must be at most " + MAX_NAME_LENGTH + " characters, but was " + name.length());
        }
    }

    static void checkAttributes(Map<String, String> attributes) {
        attributes.forEach(MemberRules::checkAttribute);
    }

    static void checkAttribute(String key, String value) {
        if (!ATTRIBUTE_KEY.matcher(key).matches()) {
            throw new IllegalArgumentException(
                    "attribute key must be 1 to 64 of [a-z0-9_.-], but was '" + key + "'");
        }
        if (value.length() > MAX_ATTRIBUTE_VALUE_LENGTH) {
            throw new IllegalArgumentException("attribute '" + key + "' must be at most "
                    + MAX_ATTRIBUTE_VALUE_LENGTH + " characters, but was " + value.length());
        }
    }

    static void checkBirthday(Optional<LocalDate> birthday, Instant enrolledAt, ZoneId zone) {
        LocalDate enrolledOn = LocalDate.ofInstant(enrolledAt, zone);
        if (birthday.isPresent() && birthday.get().isAfter(enrolledOn)) {
            throw new IllegalArgumentException("birthday must not be after the enrollment date " + enrolledOn
                    + " (" + zone + "), but was " + birthday.get());
        }
    }

    static void checkTermsAccepted(Optional<Instant> termsAcceptedAt, Instant enrolledAt) {
        if (termsAcceptedAt.isPresent() && termsAcceptedAt.get().isBefore(enrolledAt)) {
            throw new IllegalArgumentException("termsAcceptedAt must not be before enrolledAt " + enrolledAt
                    + ", but was " + termsAcceptedAt.get());
        }
    }
}
