-- Expenses, Open Collective's flow: anyone signed in submits an expense to a treasury
-- (what for, how much, who is to be paid, a receipt); stewards other than the submitter
-- approve it — as many as the treasury's rule asks — or reject it with a reason; a
-- steward pays an approved one, which records the spending. Every approval and rejection
-- is kept with its person and reason.
CREATE TABLE ledger_approval_rules (
    treasury_id TEXT PRIMARY KEY NOT NULL REFERENCES ledger_treasuries(id),
    approvals BIGINT NOT NULL,
    set_by TEXT NOT NULL REFERENCES people(id),
    set_at BIGINT NOT NULL
);

CREATE TABLE ledger_expenses (
    id TEXT PRIMARY KEY NOT NULL,
    treasury_id TEXT NOT NULL REFERENCES ledger_treasuries(id),
    number BIGINT NOT NULL,
    -- submitted, approved, paid, rejected or canceled.
    state TEXT NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    amount BIGINT NOT NULL,
    unit TEXT NOT NULL,
    -- Who is to be paid, in words (a shop, a person).
    payee TEXT NOT NULL,
    -- How to pay them (an IBAN): shown to the stewards and the submitter only.
    payout TEXT NOT NULL,
    -- Approvals the treasury's rule asked for when it was submitted.
    approvals_needed BIGINT NOT NULL,
    submitted_by TEXT NOT NULL REFERENCES people(id),
    created_at BIGINT NOT NULL,
    decided_at BIGINT,
    transaction_id TEXT REFERENCES ledger_transactions(id),
    UNIQUE (treasury_id, number)
);

-- An expense's receipt: its SHA-256 is journaled, its bytes are kept here.
CREATE TABLE ledger_expense_receipts (
    expense_id TEXT PRIMARY KEY NOT NULL REFERENCES ledger_expenses(id),
    name TEXT NOT NULL,
    media_type TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    -- Set when the receipt is shown only to the stewards and the submitter, with why.
    private_reason TEXT,
    content BYTEA NOT NULL
);

CREATE TABLE ledger_expense_votes (
    expense_id TEXT NOT NULL REFERENCES ledger_expenses(id),
    person_id TEXT NOT NULL REFERENCES people(id),
    -- approve or reject.
    verdict TEXT NOT NULL,
    reason TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (expense_id, person_id)
);
