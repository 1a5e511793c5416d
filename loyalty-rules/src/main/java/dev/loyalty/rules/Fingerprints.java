package dev.loyalty.rules;

import dev.loyalty.rules.facts.Event;
import dev.loyalty.rules.facts.Line;
import dev.loyalty.rules.facts.Purchase;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Digests of events, stored with their ids to tell a retry from another event that reuses an id.
 *
 * <p>Stored fingerprints are compared for equality with the fingerprint of a retried event, so this
 * function must give the same hex text in every JVM and every version: changing what is digested turns
 * every retry of an event handled before the change into an {@link IdempotencyConflictException}.
 */
final class Fingerprints {

    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(Fingerprints::sha256);

    private Fingerprints() {}

    /**
     * The SHA-256 of {@code "event|"} and the event's text form, which lists every field. A purchase's
     * text is spelled out here, without the round trip through {@code toString()}, byte for byte as
     * {@link Purchase#toString()} wrote it in 0.1, except that a line's labels are listed in key order
     * (that order was the JVM's hash order, so a line with two or more labels could get another
     * fingerprint after a restart).
     */
    static String of(Event event) {
        if (event instanceof Purchase purchase) {
            return digest(text(purchase));
        }
        return digest("event|" + event);
    }

    /** The SHA-256 of {@code work}, e.g. {@code tier-review@2027-01-01T00:00:00Z}, for time-driven work. */
    static String of(String work) {
        return digest("work|" + work);
    }

    /** {@code name@version}. */
    static String program(CompiledProgram program) {
        return program.name() + "@" + program.version();
    }

    private static String digest(String text) {
        return HexFormat.of().formatHex(SHA_256.get().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    private static String text(Purchase purchase) {
        StringBuilder text = new StringBuilder(128).append("event|Purchase[").append(purchase.getId())
                .append(" by ").append(purchase.getMemberId()).append(" at ");
        instant(text, purchase.getAt());
        text.append(", ").append(purchase.getTotal().toPlainString()).append(' ').append(purchase.getCurrency()).append(", [");
        List<Line> lines = purchase.getLines();
        for (int i = 0; i < lines.size(); i++) {
            line(i == 0 ? text : text.append(", "), lines.get(i));
        }
        return text.append("]]").toString();
    }

    private static void line(StringBuilder text, Line line) {
        text.append(line.isDelivery() ? "delivery " : "").append(line.getQuantity()).append(" x ").append(line.getSku())
                .append(" (").append(line.getCategory()).append(") @ ").append(line.getUnitPrice().toPlainString());
        Map<String, String> labels = line.getLabels();
        if (!labels.isEmpty()) {
            text.append(' ').append(labels.size() == 1 ? labels : new TreeMap<>(labels));
        }
    }

    /** {@link Instant#toString()}, written directly for years 1970 to 9999. */
    private static void instant(StringBuilder text, Instant at) {
        long seconds = at.getEpochSecond();
        if (seconds < 0 || seconds > 253_402_300_799L) {
            text.append(at);
            return;
        }
        LocalDate day = LocalDate.ofEpochDay(seconds / 86_400);
        int second = (int) (seconds % 86_400);
        text.append(day.getYear());
        two(text.append('-'), day.getMonthValue());
        two(text.append('-'), day.getDayOfMonth());
        two(text.append('T'), second / 3_600);
        two(text.append(':'), second / 60 % 60);
        two(text.append(':'), second % 60);
        int nanos = at.getNano();
        if (nanos > 0) {
            text.append('.');
            if (nanos % 1_000_000 == 0) {
                digits(text, nanos / 1_000_000, 3);
            } else if (nanos % 1_000 == 0) {
                digits(text, nanos / 1_000, 6);
            } else {
                digits(text, nanos, 9);
            }
        }
        text.append('Z');
    }

    private static void two(StringBuilder text, int value) {
        digits(text, value, 2);
    }

    private static void digits(StringBuilder text, int value, int width) {
        String number = Integer.toString(value);
        text.append("0".repeat(width - number.length())).append(number);
    }
}
