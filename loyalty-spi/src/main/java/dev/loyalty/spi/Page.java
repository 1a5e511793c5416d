package dev.loyalty.spi;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a due-work query.
 *
 * @param items the items, in the query's order
 * @param next the cursor for the next page, or empty if this is the last
 * @param <T> the item type
 */
public record Page<T>(List<T> items, Optional<String> next) {

    /** Copies the list. */
    public Page {
        items = List.copyOf(items);
        Objects.requireNonNull(next, "next");
    }
}
