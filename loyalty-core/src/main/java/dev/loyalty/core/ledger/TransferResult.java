package dev.loyalty.core.ledger;

/** What a {@link Transfer} came to: {@link Transferred} or a {@link Rejection}. */
public sealed interface TransferResult permits Transferred, Rejection {}
