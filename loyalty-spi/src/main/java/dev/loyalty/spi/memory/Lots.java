package dev.loyalty.spi.memory;

import dev.loyalty.core.ledger.Lot;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** A member's lots as one array sorted by id: lookups by binary search, changes by copying. */
final class Lots {

    private static final Comparator<Lot> BY_ID = Comparator.comparingLong(Lot::id);

    private Lots() {}

    /** Where lot {@code id} is in {@code lots}, or a negative number if it is not there. */
    static int indexOf(Lot[] lots, long id) {
        int low = 0;
        int high = lots.length - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            long at = lots[middle].id();
            if (at < id) {
                low = middle + 1;
            } else if (at > id) {
                high = middle - 1;
            } else {
                return middle;
            }
        }
        return -1;
    }

    /** A new array: {@code lots} with each of {@code changed} replacing the lot with its id, or added. */
    static Lot[] merge(Lot[] lots, List<Lot> changed) {
        if (changed.isEmpty()) {
            return lots;
        }
        Lot[] merged = Arrays.copyOf(lots, lots.length + changed.size());
        int size = lots.length;
        boolean sorted = true;
        for (Lot lot : changed) {
            int at = indexOf(lots, lot.id());
            if (at >= 0) {
                merged[at] = lot;
            } else {
                sorted &= size == 0 || merged[size - 1].id() < lot.id();
                merged[size++] = lot;
            }
        }
        Lot[] result = size == merged.length ? merged : Arrays.copyOf(merged, size);
        if (!sorted) {
            Arrays.sort(result, BY_ID);
        }
        return result;
    }
}
