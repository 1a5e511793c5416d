package dev.loyalty.store.jdbc.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.MonthDay;

/**
 * Instants as exact {@code NUMERIC(28,9)} seconds since the epoch, which keep every nanosecond and order
 * like the instants themselves, {@link Instant#MAX} included; and month-days as {@code MM-DD} text.
 */
final class Instants {

    private static final BigDecimal NANOS = BigDecimal.valueOf(1_000_000_000L);

    private Instants() {}

    static BigDecimal toColumn(Instant instant) {
        return BigDecimal.valueOf(instant.getEpochSecond()).add(BigDecimal.valueOf(instant.getNano(), 9));
    }

    static Instant fromColumn(BigDecimal column) {
        BigDecimal seconds = column.setScale(0, RoundingMode.FLOOR);
        long nanos = column.subtract(seconds).multiply(NANOS).longValueExact();
        return Instant.ofEpochSecond(seconds.longValueExact(), nanos);
    }

    static String monthDay(MonthDay day) {
        return String.format("%02d-%02d", day.getMonthValue(), day.getDayOfMonth());
    }
}
