package dev.loyalty.benchmarks;

import dev.loyalty.core.MemberId;

/** The enrolled members a {@link Till} buys for: a fixed number, by index. */
interface Members {

    /** How many members are enrolled. */
    int size();

    /** Member {@code index}, from 0 to {@link #size()} − 1. */
    MemberId member(int index);
}
