-- Codes issued to members (discount codes, coupons, partner codes), keyed by their text, which is unique
-- in the store; like loyalty_budget it is not keyed by member (a till looks a code up by its text).

CREATE TABLE loyalty_code (
    code        VARCHAR(64) NOT NULL,
    member_id   VARCHAR(64) NOT NULL,
    reward      VARCHAR NOT NULL,
    code_value  BIGINT NOT NULL,
    issued_at   NUMERIC(28, 9) NOT NULL,
    expires_at  NUMERIC(28, 9) NOT NULL,
    request_key VARCHAR NOT NULL,
    PRIMARY KEY (code)
);

-- Partner codes (JdbcPartnerCodes): loaded by the host per pool, drawn in order, each at most once;
-- request_key is set when a code is drawn, and unique per pool, so a retried draw finds its code again.
CREATE TABLE loyalty_partner_code (
    pool        VARCHAR(64) NOT NULL,
    seq         BIGINT NOT NULL,
    code        VARCHAR(200) NOT NULL,
    member_id   VARCHAR(64),
    request_key VARCHAR(200),
    PRIMARY KEY (pool, seq),
    UNIQUE (pool, code),
    UNIQUE (pool, request_key)
);
