package dev.loyalty.spi;

import dev.loyalty.core.MemberId;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A notification waiting in the outbox, written in the same append as the change that caused it.
 *
 * <p>{@code dedupeKey} is unique per member: a message whose key the member's outbox already holds is
 * not added again, so one event never causes two messages of the same kind.
 *
 * @param member the recipient
 * @param dedupeKey unique per member, e.g. {@code "welcome"} or {@code "expiry-warning:lot-7"}
 * @param template the message template's name, e.g. {@code "points-expiring"}
 * @param data the values the template needs (name, balance, deadline), sorted by key
 * @param createdAt when the message was made
 */
public record OutboxMessage(MemberId member, String dedupeKey, String template, Map<String, String> data, Instant createdAt) {

    /** Validates the fields and copies {@code data}. */
    public OutboxMessage {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(dedupeKey, "dedupeKey");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(createdAt, "createdAt");
        if (dedupeKey.isBlank() || dedupeKey.length() > 200) {
            throw new IllegalArgumentException("dedupeKey must be 1 to 200 characters and not blank, but was '" + dedupeKey + "'");
        }
        if (template.isBlank()) {
            throw new IllegalArgumentException("template must not be blank");
        }
        data = Collections.unmodifiableMap(new TreeMap<>(data));
    }
}
