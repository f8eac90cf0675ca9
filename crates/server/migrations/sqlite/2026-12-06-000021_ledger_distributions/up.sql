-- Distributions back to contributors: a steward previews how an amount of a commons'
-- treasury would be shared among the commons' contributors by a policy (each share with
-- the contributions behind it), and a steward posts it as one ledger transaction with
-- one leg per recipient. A recipient's share is owed to them in a liability account of
-- the treasury that is theirs (`ledger_payees`).
CREATE TABLE ledger_distributions (
    id TEXT PRIMARY KEY NOT NULL,
    treasury_id TEXT NOT NULL REFERENCES ledger_treasuries(id),
    number BIGINT NOT NULL,
    policy TEXT NOT NULL,
    amount BIGINT NOT NULL,
    unit TEXT NOT NULL,
    -- The expense account the amount is booked to.
    account TEXT NOT NULL,
    since_ms BIGINT NOT NULL,
    until_ms BIGINT NOT NULL,
    memo TEXT NOT NULL,
    -- `previewed`, `posted` or `discarded`; only a previewed one may change, once.
    state TEXT NOT NULL,
    previewed_by TEXT NOT NULL REFERENCES people(id),
    created_at BIGINT NOT NULL,
    decided_by TEXT REFERENCES people(id),
    decided_at BIGINT,
    transaction_id TEXT REFERENCES ledger_transactions(id),
    UNIQUE (treasury_id, number)
);

CREATE TABLE ledger_distribution_shares (
    distribution_id TEXT NOT NULL REFERENCES ledger_distributions(id),
    person_id TEXT NOT NULL REFERENCES people(id),
    amount BIGINT NOT NULL,
    -- The policy's weight for this person, in words of the policy (`3 contributions`).
    weight TEXT NOT NULL,
    -- The contributions behind the share: JSON array of contribution numbers.
    basis TEXT NOT NULL,
    PRIMARY KEY (distribution_id, person_id)
);
CREATE INDEX ledger_distribution_shares_person ON ledger_distribution_shares(person_id);

CREATE TABLE ledger_payees (
    account_id TEXT PRIMARY KEY NOT NULL REFERENCES ledger_accounts(id),
    person_id TEXT NOT NULL REFERENCES people(id)
);
CREATE INDEX ledger_payees_person ON ledger_payees(person_id);
