package dev.loyalty.core.member;

import java.util.Objects;

/**
 * One way of reaching a member, and whether the member agreed to be reached that way.
 *
 * <p>The address is checked for its channel:
 * <ul>
 *   <li>{@link Channel#EMAIL}: exactly one {@code @} with text on both sides;
 *   <li>{@link Channel#SMS}: {@code +} followed by 7 to 15 digits (E.164 form, no spaces);
 *   <li>{@link Channel#PUSH}: a non-blank token of at most {@value #MAX_PUSH_TOKEN_LENGTH} characters.
 * </ul>
 *
 * @param channel how the member is reached
 * @param address where on that channel, checked as above
 * @param optedIn whether the member agreed to receive messages on this contact
 */
public record Contact(Channel channel, String address, boolean optedIn) {

    /** The longest push token accepted. */
    public static final int MAX_PUSH_TOKEN_LENGTH = 4096;

    /** Validates the address for the channel; the message names the channel and the bad address. */
    public Contact {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(address, "address");
        switch (channel) {
            case EMAIL -> checkEmail(address);
            case SMS -> checkPhone(address);
            case PUSH -> checkPushToken(address);
        }
    }

    /** An e-mail contact. */
    public static Contact email(String address, boolean optedIn) {
        return new Contact(Channel.EMAIL, address, optedIn);
    }

    /** A text-message contact; {@code number} is {@code +} followed by 7 to 15 digits. */
    public static Contact sms(String number, boolean optedIn) {
        return new Contact(Channel.SMS, number, optedIn);
    }

    /** A push contact for a device token. */
    public static Contact push(String token, boolean optedIn) {
        return new Contact(Channel.PUSH, token, optedIn);
    }

    /** A copy with the opt-in set to {@code value}. */
    public Contact withOptedIn(boolean value) {
        return new Contact(channel, address, value);
    }

    /** Whether this contact is on the same channel and address as {@code other}, whatever its opt-in. */
    public boolean sameAddressAs(Contact other) {
        return channel == other.channel && address.equals(other.address);
    }

    private static void checkEmail(String address) {
        int at = address.indexOf('@');
        if (at <= 0 || at != address.lastIndexOf('@') || at == address.length() - 1) {
            throw new IllegalArgumentException(
                    "EMAIL address must contain one '@' with text on both sides, but was '" + address + "'");
        }
    }

    private static void checkPhone(String address) {
        if (!address.matches("\\+[0-9]{7,15}")) {
            throw new IllegalArgumentException(
                    "SMS address must be '+' followed by 7 to 15 digits, but was '" + address + "'");
        }
    }

    private static void checkPushToken(String address) {
        if (address.isBlank()) {
            throw new IllegalArgumentException("PUSH address must not be blank, but was '" + address + "'");
        }
        if (address.length() > MAX_PUSH_TOKEN_LENGTH) {
            throw new IllegalArgumentException("PUSH address must be at most " + MAX_PUSH_TOKEN_LENGTH
                    + " characters, but was " + address.length());
        }
    }
}
