-- The loyalty SDK's tables on H2. Every member table's primary key leads with member_id, the
-- Citus distribution column; loyalty_budget is keyed by budget id (see the README).
-- H2 compares strings like Java's String.compareTo, as the store's paging expects.

CREATE TABLE loyalty_member (
    member_id      VARCHAR(64) NOT NULL,
    member_version BIGINT NOT NULL,
    entry_count    BIGINT NOT NULL,
    profile        VARCHAR NOT NULL,
    enrolled_md    VARCHAR(5) NOT NULL,
    birthday_md    VARCHAR(5),
    last_activity  NUMERIC(28, 9),
    last_seen      NUMERIC(28, 9) NOT NULL,
    tier           VARCHAR,
    tier_review_due NUMERIC(28, 9),
    PRIMARY KEY (member_id)
);
CREATE INDEX loyalty_member_inactive ON loyalty_member (last_seen, member_id);
CREATE INDEX loyalty_member_birthday ON loyalty_member (birthday_md, member_id);
CREATE INDEX loyalty_member_enrolled ON loyalty_member (enrolled_md, member_id);
CREATE INDEX loyalty_member_tier_review ON loyalty_member (tier_review_due, member_id);

CREATE TABLE loyalty_entry (
    member_id   VARCHAR(64) NOT NULL,
    entry_seq   BIGINT NOT NULL,
    kind        VARCHAR(20) NOT NULL,
    point_type  VARCHAR NOT NULL,
    amount      BIGINT NOT NULL,
    entry_at    NUMERIC(28, 9) NOT NULL,
    request_key VARCHAR NOT NULL,
    body        VARCHAR NOT NULL,
    PRIMARY KEY (member_id, entry_seq)
);

CREATE TABLE loyalty_lot (
    member_id      VARCHAR(64) NOT NULL,
    lot_id         BIGINT NOT NULL,
    point_type     VARCHAR NOT NULL,
    amount         BIGINT NOT NULL,
    remaining      BIGINT NOT NULL,
    lot_state      VARCHAR(10) NOT NULL,
    earned_at      NUMERIC(28, 9) NOT NULL,
    activates_at   NUMERIC(28, 9) NOT NULL,
    expires_at     NUMERIC(28, 9) NOT NULL,
    expiry_due     NUMERIC(28, 9),
    activation_due NUMERIC(28, 9),
    changed_in     BIGINT NOT NULL,
    body           VARCHAR NOT NULL,
    PRIMARY KEY (member_id, lot_id)
);
-- The sweeps' indexes: expiry_due and activation_due are set by the store exactly when a lot has
-- points left that will expire or activate (H2 has no partial indexes).
CREATE INDEX loyalty_lot_expiring ON loyalty_lot (expiry_due, member_id, lot_id);
CREATE INDEX loyalty_lot_activating ON loyalty_lot (activation_due, member_id, lot_id);

CREATE TABLE loyalty_counter (
    member_id     VARCHAR(64) NOT NULL,
    name          VARCHAR(200) NOT NULL,
    counter_value BIGINT NOT NULL,
    PRIMARY KEY (member_id, name)
);

CREATE TABLE loyalty_tier_change (
    member_id      VARCHAR(64) NOT NULL,
    member_version BIGINT NOT NULL,
    change_index   INT NOT NULL,
    body           VARCHAR NOT NULL,
    PRIMARY KEY (member_id, member_version, change_index)
);

CREATE TABLE loyalty_receipt (
    member_id   VARCHAR(64) NOT NULL,
    request_key VARCHAR(200) NOT NULL,
    fingerprint VARCHAR NOT NULL,
    entries     VARCHAR NOT NULL,
    PRIMARY KEY (member_id, request_key)
);

CREATE TABLE loyalty_outbox (
    member_id       VARCHAR(64) NOT NULL,
    dedupe_key      VARCHAR(200) NOT NULL,
    template        VARCHAR NOT NULL,
    data            VARCHAR NOT NULL,
    created_at      NUMERIC(28, 9) NOT NULL,
    attempts        INT NOT NULL,
    last_error      VARCHAR,
    next_attempt_at NUMERIC(28, 9) NOT NULL,
    delivered_at    NUMERIC(28, 9),
    PRIMARY KEY (member_id, dedupe_key)
);
CREATE INDEX loyalty_outbox_due ON loyalty_outbox (delivered_at, created_at, member_id, dedupe_key);

-- Campaign budgets are shared by all members, so they cannot be keyed by member: with Citus, make it
-- a reference table or distribute it by budget (see the README).
CREATE TABLE loyalty_budget (
    budget VARCHAR(200) NOT NULL,
    used   BIGINT NOT NULL,
    PRIMARY KEY (budget)
);
