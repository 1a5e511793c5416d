/**
 * How the engine handles one event: the facts rules see, what their decisions come to in the ledger,
 * refunds and redemptions. Internal: may change at any time.
 */
@NullMarked
package dev.loyalty.rules.internal.handle;

import org.jspecify.annotations.NullMarked;
