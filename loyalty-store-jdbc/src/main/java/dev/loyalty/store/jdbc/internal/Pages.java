package dev.loyalty.store.jdbc.internal;

import dev.loyalty.spi.Page;
import dev.loyalty.spi.PageRequest;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Cuts a page from up to {@code limit + 1} rows read: a next cursor only if one more row was there. */
final class Pages {

    private Pages() {}

    static <T> Page<T> of(List<T> rows, PageRequest request, Function<T, String> cursor) {
        if (rows.size() <= request.limit()) {
            return new Page<>(rows, Optional.empty());
        }
        List<T> page = rows.subList(0, request.limit());
        return new Page<>(page, Optional.of(cursor.apply(page.get(page.size() - 1))));
    }
}
