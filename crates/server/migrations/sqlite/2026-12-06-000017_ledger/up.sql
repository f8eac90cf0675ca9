-- The ledger: treasuries of organizations and commons with their stewards, accounts (one
-- unit each; external counterparties are accounts too), and append-only double-entry
-- transactions whose legs balance to zero per unit. Amounts are i64 minor units.
CREATE TABLE ledger_treasuries (
    id TEXT PRIMARY KEY NOT NULL,
    handle TEXT NOT NULL UNIQUE,
    owner_kind TEXT NOT NULL,
    owner_id TEXT NOT NULL,
    opened_by TEXT NOT NULL REFERENCES people(id),
    created_at BIGINT NOT NULL,
    UNIQUE (owner_kind, owner_id)
);

CREATE TABLE ledger_stewards (
    treasury_id TEXT NOT NULL REFERENCES ledger_treasuries(id),
    person_id TEXT NOT NULL REFERENCES people(id),
    since BIGINT NOT NULL,
    PRIMARY KEY (treasury_id, person_id)
);

CREATE TABLE ledger_accounts (
    id TEXT PRIMARY KEY NOT NULL,
    treasury_id TEXT NOT NULL REFERENCES ledger_treasuries(id),
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    unit TEXT NOT NULL,
    no_negative BOOLEAN NOT NULL DEFAULT FALSE,
    created_at BIGINT NOT NULL,
    UNIQUE (treasury_id, name)
);

CREATE TABLE ledger_transactions (
    id TEXT PRIMARY KEY NOT NULL,
    treasury_id TEXT NOT NULL REFERENCES ledger_treasuries(id),
    number BIGINT NOT NULL,
    flow TEXT NOT NULL,
    category TEXT,
    booked_on TEXT NOT NULL,
    memo TEXT NOT NULL,
    reference TEXT NOT NULL,
    earmark_commons_id TEXT,
    reverses TEXT REFERENCES ledger_transactions(id),
    idempotency_key TEXT,
    request TEXT,
    author_id TEXT NOT NULL REFERENCES people(id),
    created_at BIGINT NOT NULL,
    -- SHA-256 of the previous transaction's hash and this one with its legs: a chain per
    -- treasury that shows any change made to the store outside the ledger.
    hash TEXT NOT NULL,
    UNIQUE (treasury_id, number)
);
-- A transaction is reversed at most once.
CREATE UNIQUE INDEX ledger_transactions_reverses ON ledger_transactions(reverses);
CREATE UNIQUE INDEX ledger_transactions_key ON ledger_transactions(treasury_id, idempotency_key);

CREATE TABLE ledger_legs (
    transaction_id TEXT NOT NULL REFERENCES ledger_transactions(id),
    position BIGINT NOT NULL,
    account_id TEXT NOT NULL REFERENCES ledger_accounts(id),
    amount BIGINT NOT NULL,
    unit TEXT NOT NULL,
    PRIMARY KEY (transaction_id, position)
);
CREATE INDEX ledger_legs_account ON ledger_legs(account_id);

-- Append-only: a correction is a reversal, never an edit.
CREATE TRIGGER ledger_transactions_no_update BEFORE UPDATE ON ledger_transactions
BEGIN SELECT RAISE(ABORT, 'ledger transactions are append-only'); END;
CREATE TRIGGER ledger_transactions_no_delete BEFORE DELETE ON ledger_transactions
BEGIN SELECT RAISE(ABORT, 'ledger transactions are append-only'); END;
CREATE TRIGGER ledger_legs_no_update BEFORE UPDATE ON ledger_legs
BEGIN SELECT RAISE(ABORT, 'ledger legs are append-only'); END;
CREATE TRIGGER ledger_legs_no_delete BEFORE DELETE ON ledger_legs
BEGIN SELECT RAISE(ABORT, 'ledger legs are append-only'); END;
