package dev.loyalty.accounts;

import dev.loyalty.core.MemberId;
import dev.loyalty.spi.DueLot;
import dev.loyalty.spi.Page;
import dev.loyalty.spi.PageRequest;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/** Walks a due-lot query page by page and calls back once per member on each page. */
final class DueWork {

    private DueWork() {}

    static void forEachMember(Function<PageRequest, Page<DueLot>> query, int pageSize, Consumer<MemberId> work) {
        Optional<PageRequest> request = Optional.of(PageRequest.first(pageSize));
        while (request.isPresent()) {
            Page<DueLot> page = query.apply(request.get());
            Set<MemberId> members = new LinkedHashSet<>();
            page.items().forEach(lot -> members.add(lot.member()));
            members.forEach(work);
            request = request.get().next(page);
        }
    }
}
