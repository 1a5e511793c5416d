package dev.loyalty.spi.memory;

import dev.loyalty.spi.Page;
import dev.loyalty.spi.PageRequest;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/** Cuts a page from an ordered stream of matching items. */
final class Pages {

    private Pages() {}

    /**
     * At most {@code request.limit()} items of {@code items}; a next cursor (made by {@code cursor} from
     * the last item) only if at least one more item follows.
     */
    static <T> Page<T> of(Stream<T> items, PageRequest request, Function<T, String> cursor) {
        List<T> taken = items.limit(request.limit() + 1L).toList();
        if (taken.size() <= request.limit()) {
            return new Page<>(taken, Optional.empty());
        }
        List<T> page = taken.subList(0, request.limit());
        return new Page<>(page, Optional.of(cursor.apply(page.get(page.size() - 1))));
    }
}
