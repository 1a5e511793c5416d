/**
 * Points accounts over a store: the ledger's requests applied to stored members, atomically,
 * idempotently and safely under concurrency. Start from {@link dev.loyalty.accounts.Accounts#builder()}.
 */
@NullMarked
package dev.loyalty.accounts;

import org.jspecify.annotations.NullMarked;
