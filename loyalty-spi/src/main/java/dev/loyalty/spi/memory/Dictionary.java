package dev.loyalty.spi.memory;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Numbers the distinct values of a kind (point types, reasons, members named in references) so that
 * encoded entries hold a small number instead of the value, and so that every entry decoded shares one
 * instance of each value. Values are only ever added. Thread-safe; reads take no lock.
 *
 * @param <T> the values, immutable, with value equality
 */
final class Dictionary<T> {

    private final ConcurrentHashMap<T, Integer> ids = new ConcurrentHashMap<>();
    private volatile Object[] values = new Object[8];
    private int size;

    /** The number of {@code value}, given it now if it has none. */
    int idOf(T value) {
        Integer id = ids.get(value);
        return id != null ? id : add(value);
    }

    /**
     * The value numbered {@code id}. A number read from an encoded entry is always there: it was given
     * before the entry was published.
     */
    @SuppressWarnings("unchecked")
    T get(int id) {
        return (T) values[id];
    }

    private synchronized int add(T value) {
        Integer id = ids.get(value);
        if (id != null) {
            return id;
        }
        Object[] now = values;
        if (size == now.length) {
            now = Arrays.copyOf(now, size * 2);
        }
        now[size] = value;
        values = now; // published before the number is handed out
        ids.put(value, size);
        return size++;
    }
}
