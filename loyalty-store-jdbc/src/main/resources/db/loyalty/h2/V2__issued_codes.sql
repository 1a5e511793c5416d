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
