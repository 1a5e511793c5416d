package dev.loyalty.accounts;

import dev.loyalty.core.MemberId;
import dev.loyalty.core.StoreException;
import dev.loyalty.spi.DueLot;
import dev.loyalty.spi.Page;
import dev.loyalty.spi.PageRequest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Walks a due-lot query page by page and calls back once per member on each page: on the calling thread,
 * or on up to {@code threads} threads of its own, one page at a time (a page's members all done before the
 * next page is read), so that a store that waits for each commit (a database) works on several at once.
 */
final class DueWork {

    private static final AtomicInteger POOLS = new AtomicInteger();

    private DueWork() {}

    static void forEachMember(Function<PageRequest, Page<DueLot>> query, int pageSize, int threads, Consumer<MemberId> work) {
        if (threads == 1) {
            pages(query, pageSize, members -> members.forEach(work));
            return;
        }
        int pool = POOLS.incrementAndGet();
        AtomicInteger started = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "loyalty-sweep-" + pool + "-" + started.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            pages(query, pageSize, members -> {
                List<Future<?>> done = new ArrayList<>(members.size());
                members.forEach(member -> done.add(workers.submit(() -> work.accept(member))));
                awaitAll(done);
            });
        } finally {
            workers.shutdownNow();
        }
    }

    private static void pages(Function<PageRequest, Page<DueLot>> query, int pageSize, Consumer<Set<MemberId>> perPage) {
        Optional<PageRequest> request = Optional.of(PageRequest.first(pageSize));
        while (request.isPresent()) {
            Page<DueLot> page = query.apply(request.get());
            Set<MemberId> members = new LinkedHashSet<>();
            page.items().forEach(lot -> members.add(lot.member()));
            perPage.accept(members);
            request = request.get().next(page);
        }
    }

    /** Waits for every task; then rethrows the first failure, if any, as the task threw it. */
    private static void awaitAll(List<Future<?>> tasks) {
        Throwable failure = null;
        for (Future<?> task : tasks) {
            try {
                task.get();
            } catch (ExecutionException e) {
                failure = failure == null ? e.getCause() : failure;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                tasks.forEach(each -> each.cancel(true));
                throw StoreException.transientFailure("the sweep was interrupted", e);
            }
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        if (failure != null) {
            throw new IllegalStateException("a sweep task failed", failure);
        }
    }
}
