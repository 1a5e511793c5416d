package dev.loyalty.core.ledger;

import dev.loyalty.core.InvalidRequestException;
import dev.loyalty.core.PointType;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The program settings the ledger obeys: which point types exist and how reversals of spent earnings
 * are handled.
 *
 * @param pointTypes the program's point types by id, in declaration order
 * @param reversal what a reversal does when the points were already spent
 */
public record LedgerPolicy(Map<String, PointType> pointTypes, ReversalPolicy reversal) {

    /** Validates the fields and copies the map. */
    public LedgerPolicy {
        Objects.requireNonNull(reversal, "reversal");
        if (pointTypes.isEmpty()) {
            throw new IllegalArgumentException("a program needs at least one point type");
        }
        pointTypes.forEach((id, type) -> {
            if (!id.equals(type.id())) {
                throw new IllegalArgumentException("point type '" + type.id() + "' is registered under the id '" + id + "'");
            }
        });
        pointTypes = Collections.unmodifiableMap(new LinkedHashMap<>(pointTypes));
    }

    /** A policy with these point types. */
    public static LedgerPolicy of(ReversalPolicy reversal, PointType... types) {
        return of(reversal, List.of(types));
    }

    /** A policy with these point types. */
    public static LedgerPolicy of(ReversalPolicy reversal, Collection<PointType> types) {
        Map<String, PointType> byId = new LinkedHashMap<>();
        for (PointType type : types) {
            if (byId.put(type.id(), type) != null) {
                throw new IllegalArgumentException("point type '" + type.id() + "' is declared twice");
            }
        }
        return new LedgerPolicy(byId, reversal);
    }

    /**
     * The point type {@code id}.
     *
     * @throws InvalidRequestException if the program has no such point type
     */
    public PointType pointType(String id) {
        PointType type = pointTypes.get(id);
        if (type == null) {
            throw new InvalidRequestException(
                    "unknown point type '" + id + "'; the program has " + String.join(", ", pointTypes.keySet()));
        }
        return type;
    }
}
