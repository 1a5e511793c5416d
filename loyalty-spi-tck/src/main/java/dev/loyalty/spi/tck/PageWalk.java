package dev.loyalty.spi.tck;

import dev.loyalty.spi.Page;
import dev.loyalty.spi.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/** Walks every page of a due-work query, as a sweep does. */
final class PageWalk {

    /** More pages than any kit scenario has: a store that goes on longer never ends its last page. */
    private static final int MAX_PAGES = 1_000;

    private PageWalk() {}

    /** Every page of {@code query} with pages of {@code limit}. */
    static <T> List<Page<T>> pages(Function<PageRequest, Page<T>> query, int limit) {
        return pages(query, limit, items -> { });
    }

    /** Every page of {@code query}, handing each page's items to {@code between} before asking for the next. */
    static <T> List<Page<T>> pages(Function<PageRequest, Page<T>> query, int limit, Consumer<List<T>> between) {
        List<Page<T>> pages = new ArrayList<>();
        Optional<PageRequest> request = Optional.of(PageRequest.first(limit));
        while (request.isPresent()) {
            if (pages.size() == MAX_PAGES) {
                throw new AssertionError("the query returned a next cursor on " + MAX_PAGES + " pages in a row: " + pages.get(0));
            }
            Page<T> page = query.apply(request.get());
            pages.add(page);
            between.accept(page.items());
            request = request.get().next(page);
        }
        return pages;
    }

    /** The items of all {@code pages}, in order. */
    static <T> List<T> items(List<Page<T>> pages) {
        return pages.stream().flatMap(page -> page.items().stream()).toList();
    }

    /** How many items each page has. */
    static List<Integer> sizes(List<? extends Page<?>> pages) {
        return pages.stream().map(page -> page.items().size()).toList();
    }
}
