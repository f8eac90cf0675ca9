-- Approval by amount: an expense above `above` (minor units, in `unit`) needs at least
-- `approvals` stewards' approvals, more than the treasury's base rule asks. The tiers of
-- a treasury are replaced whole when its stewards set the rule again.
CREATE TABLE ledger_approval_tiers (
    treasury_id TEXT NOT NULL REFERENCES ledger_treasuries(id),
    unit TEXT NOT NULL,
    above BIGINT NOT NULL CHECK (above >= 0),
    approvals BIGINT NOT NULL CHECK (approvals >= 1),
    PRIMARY KEY (treasury_id, unit, above)
);
