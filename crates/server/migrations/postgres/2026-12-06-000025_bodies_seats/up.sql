-- What bodies give the ledger, and elected seats.
--
-- A body's current spending limit, copied from its rulebook at every new version, so that
-- the ledger reads an organization's limits in one indexed query: a payment from the
-- organization's treasury above it needs the body's decision.
ALTER TABLE bodies ADD COLUMN spending_limit_minor BIGINT;
ALTER TABLE bodies ADD COLUMN spending_limit_currency TEXT;

-- The payment a motion authorises if it passes: an expense of a treasury (by the
-- treasury's handle and the expense's number), for an amount. `passed` is set when the
-- motion closes decided; the ledger asks for the passed ones of one expense.
CREATE TABLE body_authorisations (
    decision_id TEXT PRIMARY KEY NOT NULL REFERENCES body_decisions(id) ON DELETE CASCADE,
    org_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
    body_id TEXT NOT NULL REFERENCES bodies(id) ON DELETE CASCADE,
    treasury TEXT NOT NULL,
    expense BIGINT NOT NULL,
    -- The amount as written (`250.00`), and in the currency's minor units.
    amount TEXT NOT NULL,
    amount_minor BIGINT NOT NULL,
    currency TEXT NOT NULL,
    passed BOOLEAN NOT NULL
);
CREATE INDEX body_authorisations_expense ON body_authorisations(org_id, treasury, expense);

-- An election that fills the elected seats of a body (its own, or another body of the
-- same organization): candidates are nominated until `nominations_close_at` (or until
-- the election opens, if earlier), and the accepted ones are its options.
CREATE TABLE body_elections (
    decision_id TEXT PRIMARY KEY NOT NULL REFERENCES body_decisions(id) ON DELETE CASCADE,
    fills_body_id TEXT NOT NULL REFERENCES bodies(id) ON DELETE CASCADE,
    nominations_close_at BIGINT NOT NULL
);

-- One nomination per person and election; `state` is pending (the nominee has not
-- answered), accepted or declined. `option_id` is the candidate's option once the
-- election opens.
CREATE TABLE body_candidates (
    decision_id TEXT NOT NULL REFERENCES body_decisions(id) ON DELETE CASCADE,
    person_id TEXT NOT NULL REFERENCES people(id),
    nominated_by TEXT NOT NULL REFERENCES people(id),
    statement TEXT NOT NULL,
    state TEXT NOT NULL,
    option_id TEXT,
    created_at BIGINT NOT NULL,
    answered_at BIGINT,
    PRIMARY KEY (decision_id, person_id)
);

-- Terms of elected seats: who sits in a body with elected seats is whoever holds a term
-- that has started and not ended. A term replaced early ends when it was replaced.
CREATE TABLE body_seats (
    body_id TEXT NOT NULL REFERENCES bodies(id) ON DELETE CASCADE,
    person_id TEXT NOT NULL REFERENCES people(id),
    decision_id TEXT NOT NULL REFERENCES body_decisions(id) ON DELETE CASCADE,
    starts_at BIGINT NOT NULL,
    ends_at BIGINT NOT NULL,
    PRIMARY KEY (body_id, person_id, decision_id)
);
CREATE INDEX body_seats_current ON body_seats(body_id, ends_at);
