package dev.loyalty.rules.internal.handle;

import dev.loyalty.core.ledger.Entry;
import dev.loyalty.core.ledger.Reason;
import dev.loyalty.rules.Explanation;
import dev.loyalty.rules.internal.eval.Credit;
import dev.loyalty.spi.OutboxMessage;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Short-lived bonuses: an award a rule gave its own expiry ({@code expiresInDays}) records that deadline
 * on its entry, and the event's notifications say when the first such bonus runs out.
 */
final class Urgency {

    /** The message data keys: the instant, the member's local date, and the points that expire then. */
    static final String DEADLINE = Explanation.DEADLINE;
    static final String DEADLINE_DATE = "deadlineDate";
    static final String DEADLINE_POINTS = "deadlinePoints";

    private Urgency() {}

    /** {@code reason}, with the deadline {@code expiresAt} if the rule gave {@code credit} a short expiry. */
    static Reason reason(Reason reason, Credit credit, Instant expiresAt) {
        if (credit.expiresInDays().isEmpty()) {
            return reason;
        }
        Map<String, String> details = new TreeMap<>(reason.details());
        details.put(DEADLINE, expiresAt.toString());
        return new Reason(reason.source(), reason.name(), details);
    }

    /**
     * Adds the earliest deadline of the event's new entries to each of its messages: {@code deadline}
     * (an ISO instant), {@code deadlineDate} (the date in the member's {@code zone}) and
     * {@code deadlinePoints} (how much expires then, of every type, in smallest units).
     */
    static void tellDeadline(Work work, ZoneId zone) {
        if (work.messages.isEmpty()) {
            return;
        }
        Optional<Instant> first = work.entries().stream().map(Urgency::deadline).flatMap(Optional::stream)
                .min(Instant::compareTo);
        if (first.isEmpty() || work.messages.isEmpty()) {
            return;
        }
        long points = work.entries().stream().filter(entry -> deadline(entry).equals(first))
                .mapToLong(Entry::amount).sum();
        work.messages.replaceAll(message -> {
            Map<String, String> data = new TreeMap<>(message.data());
            data.put(DEADLINE, first.get().toString());
            data.put(DEADLINE_DATE, first.get().atZone(zone).toLocalDate().toString());
            data.put(DEADLINE_POINTS, Long.toString(points));
            return new OutboxMessage(message.member(), message.dedupeKey(), message.template(), data, message.createdAt());
        });
    }

    private static Optional<Instant> deadline(Entry entry) {
        return Optional.ofNullable(entry.reason().details().get(DEADLINE)).map(Instant::parse);
    }
}
