package dev.loyalty.spi;

import java.util.Objects;
import java.util.Optional;

/**
 * Which page of a due-work query to return.
 *
 * @param limit at most this many items, 1 to 10,000
 * @param after the cursor from the previous page, or empty for the first page
 */
public record PageRequest(int limit, Optional<String> after) {

    /** The largest page size. */
    public static final int MAX_LIMIT = 10_000;

    /** Validates the fields. */
    public PageRequest {
        Objects.requireNonNull(after, "after");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ", but was " + limit);
        }
    }

    /** The first page of at most {@code limit} items. */
    public static PageRequest first(int limit) {
        return new PageRequest(limit, Optional.empty());
    }

    /** The page after {@code page}, of the same size; empty if {@code page} was the last. */
    public Optional<PageRequest> next(Page<?> page) {
        return page.next().map(cursor -> new PageRequest(limit, Optional.of(cursor)));
    }
}
