-- The money of a loan (issue 18 item 2). A resource's money terms join its other terms:
-- the `currency` they are in (ISO 4217), the `deposit` held from check-out to return,
-- how the fee is asked (`fee_mode`: free, per_loan, per_day begun, pay_what_you_can
-- with `fee` as the suggestion) and the late fee per day begun past the end. Amounts
-- in the currency's minor units.
ALTER TABLE lending_policy_terms ADD COLUMN currency TEXT NOT NULL DEFAULT 'EUR';
ALTER TABLE lending_policy_terms ADD COLUMN deposit BIGINT NOT NULL DEFAULT 0 CHECK (deposit >= 0);
ALTER TABLE lending_policy_terms ADD COLUMN fee_mode TEXT NOT NULL DEFAULT 'free'
    CHECK (fee_mode IN ('free', 'per_loan', 'per_day', 'pay_what_you_can'));
ALTER TABLE lending_policy_terms ADD COLUMN fee BIGINT NOT NULL DEFAULT 0 CHECK (fee >= 0);
ALTER TABLE lending_policy_terms ADD COLUMN late_fee_per_day BIGINT NOT NULL DEFAULT 0
    CHECK (late_fee_per_day >= 0);

-- What a reservation costs, quoted at booking from the terms its resource had then (a
-- row only when they asked for money): the fee for the booked duration and quantity
-- (or what the borrower chose to pay), the deposit and the late fee per day; the late
-- fee is filled at the return. Where the steward keeps a treasury, the numbers of the
-- ledger transactions that booked them (`treasury`: its handle).
CREATE TABLE lending_reservation_money (
    reservation_id TEXT PRIMARY KEY NOT NULL REFERENCES lending_reservations(id),
    currency TEXT NOT NULL,
    fee BIGINT NOT NULL CHECK (fee >= 0),
    deposit BIGINT NOT NULL CHECK (deposit >= 0),
    late_fee_per_day BIGINT NOT NULL CHECK (late_fee_per_day >= 0),
    late_fee BIGINT CHECK (late_fee >= 0),
    treasury TEXT,
    fee_entry BIGINT,
    deposit_entry BIGINT,
    deposit_back_entry BIGINT,
    late_fee_entry BIGINT
);
