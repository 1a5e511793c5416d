package dev.loyalty.rules.internal.load;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;

/** Converters from YAML scalar text; each returns empty for text it cannot read. */
final class Values {

    private Values() {}

    static Optional<Long> whole(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static Optional<Integer> integer(String text) {
        try {
            return Optional.of(Integer.parseInt(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static Optional<BigDecimal> decimal(String text) {
        try {
            return Optional.of(new BigDecimal(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static Optional<Boolean> bool(String text) {
        return switch (text) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    static Optional<Period> period(String text) {
        try {
            return Optional.of(Period.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static Optional<ZoneId> zone(String text) {
        try {
            return Optional.of(ZoneId.of(text));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    static Optional<Currency> currency(String text) {
        try {
            Currency currency = Currency.getInstance(text);
            return currency.getDefaultFractionDigits() < 0 ? Optional.empty() : Optional.of(currency);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A local date-time ({@code 2026-12-01T00:00}) or a date-time with an offset ({@code ...+01:00}, {@code Z}). */
    static Optional<DateTime> dateTime(String text) {
        try {
            return Optional.of(new DateTime(Optional.empty(), Optional.of(OffsetDateTime.parse(text))));
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(new DateTime(Optional.of(LocalDateTime.parse(text)), Optional.empty()));
            } catch (DateTimeParseException e2) {
                return Optional.empty();
            }
        }
    }

    /** A date-time as written: local (to be placed in the program's zone) or with an offset. */
    record DateTime(Optional<LocalDateTime> local, Optional<OffsetDateTime> offset) {
        java.time.Instant in(ZoneId zone) {
            return offset.map(OffsetDateTime::toInstant).orElseGet(() -> local.orElseThrow().atZone(zone).toInstant());
        }
    }

    /** An enum constant by its lower-case YAML name, e.g. {@code half_up} or {@code HALF_UP}. */
    static <E extends Enum<E>> Optional<E> constant(Class<E> type, String text) {
        try {
            return Optional.of(Enum.valueOf(type, text.toUpperCase(Locale.ROOT).replace('-', '_')));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The lower-case names of {@code type}'s constants, for messages: {@code debt | reject}. */
    static String names(Class<? extends Enum<?>> type) {
        StringBuilder names = new StringBuilder();
        for (Enum<?> constant : type.getEnumConstants()) {
            names.append(names.length() == 0 ? "" : " | ").append(constant.name().toLowerCase(Locale.ROOT));
        }
        return names.toString();
    }
}
