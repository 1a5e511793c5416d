package dev.loyalty.spi.tck;

import dev.loyalty.core.MemberId;
import dev.loyalty.core.ledger.Entry;
import dev.loyalty.core.ledger.EntryKind;
import dev.loyalty.core.ledger.Lot;
import dev.loyalty.spi.Append;
import dev.loyalty.spi.AppendResult;
import dev.loyalty.spi.LoyaltyStore;
import dev.loyalty.spi.MemberChange;
import dev.loyalty.spi.MemberState;
import dev.loyalty.spi.Page;
import dev.loyalty.spi.Receipt;
import dev.loyalty.spi.memory.InMemoryStore;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Deliberately broken stores for {@link ModelCatchesBrokenStoreTest}: an {@link InMemoryStore} behind a
 * proxy that changes one or two calls and forwards everything else, so they keep compiling while the port
 * grows.
 */
final class ModelBrokenStores {

    /** One overridden store call. */
    @FunctionalInterface
    interface Override {
        Object call(LoyaltyStore real, Object[] args);
    }

    private ModelBrokenStores() {}

    /** Forwards every call: the control, which must pass. */
    static LoyaltyStore faithful() {
        return wrap(Map.of());
    }

    /** Says a redemption was applied but never stores it. */
    static LoyaltyStore skipsRedemptions() {
        return wrap(Map.of("append", (real, args) -> {
            Append append = (Append) args[0];
            List<Entry> entries = append.changes().stream().flatMap(change -> change.entries().stream()).toList();
            if (entries.stream().anyMatch(entry -> entry.kind() == EntryKind.REDEEMED)) {
                return new AppendResult.Applied(new Receipt(append.owner(), append.requestKey(), append.fingerprint(), entries));
            }
            return real.append(append);
        }));
    }

    /** Stores new lots but forgets every later update of a lot: loads return their first remaining. */
    static LoyaltyStore keepsStaleLots() {
        return wrap(Map.of("append", (real, args) -> {
            Append append = (Append) args[0];
            List<MemberChange> changes = append.changes().stream().map(change -> {
                Map<Long, Lot> stored = new HashMap<>();
                real.find(change.member()).map(MemberState::lots).orElse(List.of()).forEach(lot -> stored.put(lot.id(), lot));
                List<Lot> lots = change.lots().stream().map(lot -> stored.getOrDefault(lot.id(), lot)).toList();
                return with(change, "lots", lots);
            }).toList();
            return real.append(with(append, "changes", changes));
        }));
    }

    /** Never finds a receipt and applies every append under a fresh key: retries apply again. */
    static LoyaltyStore ignoresIdempotency() {
        AtomicLong appends = new AtomicLong();
        return wrap(Map.of(
                "findReceipt", (real, args) -> Optional.empty(),
                "append", (real, args) -> {
                    Append append = (Append) args[0];
                    return real.append(with(append, "requestKey", append.requestKey() + "#" + appends.incrementAndGet()));
                }));
    }

    /** Applies only the giving member's half of a transfer, but reports both halves applied. */
    static LoyaltyStore splitsTransfers() {
        return wrap(Map.of("append", (real, args) -> {
            Append append = (Append) args[0];
            if (append.changes().size() < 2) {
                return real.append(append);
            }
            AppendResult result = real.append(with(append, "changes", List.of(append.changes().get(0))));
            if (!(result instanceof AppendResult.Applied)) {
                return result;
            }
            List<Entry> all = append.changes().stream().flatMap(change -> change.entries().stream()).toList();
            return new AppendResult.Applied(new Receipt(append.owner(), append.requestKey(), append.fingerprint(), all));
        }));
    }

    /** Never reports a pending lot as due for activation. */
    static LoyaltyStore neverActivates() {
        return wrap(Map.of("lotsActivating", (real, args) -> new Page<>(List.of(), Optional.empty())));
    }

    /**
     * Skips the optimistic check: every change is applied at whatever version the member has now. Loads
     * take a millisecond, like a database round trip, so that racing requests overlap.
     */
    static LoyaltyStore ignoresVersions() {
        return wrap(Map.of("find", (real, args) -> {
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return real.find((MemberId) args[0]);
        }, "append", (real, args) -> {
            Append append = (Append) args[0];
            List<MemberChange> changes = append.changes().stream()
                    .map(change -> change.expectedVersion() == 0 ? change
                            : with(change, "expectedVersion", real.find(change.member()).map(MemberState::version).orElse(0L)))
                    .toList();
            return real.append(with(append, "changes", changes));
        }));
    }

    private static LoyaltyStore wrap(Map<String, Override> overrides) {
        LoyaltyStore real = InMemoryStore.create();
        InvocationHandler handler = (proxy, method, args) -> {
            Override override = overrides.get(method.getName());
            if (override != null) {
                return override.call(real, args);
            }
            if (method.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            return forward(real, method, args);
        };
        return (LoyaltyStore) Proxy.newProxyInstance(LoyaltyStore.class.getClassLoader(), new Class<?>[] {LoyaltyStore.class}, handler);
    }

    private static Object forward(LoyaltyStore real, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(real, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** A copy of {@code record} with component {@code name} set to {@code value}, whatever its other components. */
    @SuppressWarnings("unchecked")
    static <R extends Record> R with(R record, String name, Object value) {
        try {
            RecordComponent[] components = record.getClass().getRecordComponents();
            Class<?>[] types = new Class<?>[components.length];
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = components[i].getName().equals(name) ? value : components[i].getAccessor().invoke(record);
            }
            return (R) record.getClass().getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot copy " + record.getClass().getSimpleName() + " with a new " + name, e);
        }
    }
}
