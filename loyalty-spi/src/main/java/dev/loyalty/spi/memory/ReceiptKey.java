package dev.loyalty.spi.memory;

import dev.loyalty.core.MemberId;

/**
 * Where a receipt is kept: the owner's idempotency key.
 *
 * @param owner the member whose ledger scopes the key
 * @param requestKey the key
 */
record ReceiptKey(MemberId owner, String requestKey) {}
