package dev.loyalty.core.member;

/** A way of reaching a member; each {@link Contact} is on one channel. */
public enum Channel {
    /** E-mail; the address is an e-mail address such as {@code ana@example.com}. */
    EMAIL,
    /** Text message; the address is a phone number in international form such as {@code +31612345678}. */
    SMS,
    /** Push notification to an app; the address is the device token the app registered. */
    PUSH
}
