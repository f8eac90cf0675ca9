-- The rest of Open Collective's expense flow. An expense may now be a draft (saved by its
-- author, shown to everyone marked as a draft, decided by nobody until it is submitted),
-- incomplete (a steward asked for more, saying what; the author edits and submits it
-- again), scheduled (approved and queued for payment on a day) or spam (a steward marked
-- it; it leaves the lists and cannot be submitted again).
--
-- Every move of an expense from one state to another, with the person (none for the
-- consent sweep) and the reason. A move into `submitted` under a consent rule carries
-- when the consent period ends; a move into `scheduled` carries the day of payment.
CREATE TABLE ledger_expense_steps (
    id TEXT PRIMARY KEY NOT NULL,
    expense_id TEXT NOT NULL REFERENCES ledger_expenses(id),
    -- The state before (`new` when the expense was written) and after.
    from_state TEXT NOT NULL,
    to_state TEXT NOT NULL,
    person_id TEXT REFERENCES people(id),
    reason TEXT NOT NULL,
    at BIGINT NOT NULL,
    -- YYYY-MM-DD, on a move into `scheduled`.
    pay_on TEXT,
    -- Unix ms, on a move into `submitted` under a consent rule.
    consent_ends_at BIGINT
);
CREATE INDEX ledger_expense_steps_expense ON ledger_expense_steps (expense_id, at);
CREATE INDEX ledger_expense_steps_consent ON ledger_expense_steps (consent_ends_at)
    WHERE consent_ends_at IS NOT NULL;

-- A treasury approving by consent: an expense is approved once `days` have passed since
-- it was submitted with no objection standing (besides the stewards' approvals).
CREATE TABLE ledger_consent_rules (
    treasury_id TEXT PRIMARY KEY NOT NULL REFERENCES ledger_treasuries(id),
    days BIGINT NOT NULL CHECK (days >= 1 AND days <= 90),
    set_by TEXT NOT NULL REFERENCES people(id),
    set_at BIGINT NOT NULL
);

-- A steward's objection to an expense under consent, with its reason; withdrawn by the
-- objector (withdrawn_at set), raised again by clearing it.
CREATE TABLE ledger_expense_objections (
    expense_id TEXT NOT NULL REFERENCES ledger_expenses(id),
    person_id TEXT NOT NULL REFERENCES people(id),
    reason TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    withdrawn_at BIGINT,
    PRIMARY KEY (expense_id, person_id)
);
