-- A commons treasury's standing distribution policy: what previews and paid dues follow
-- when no policy is named. One row per treasury, replaced when a steward sets another;
-- every change is a journal event.
CREATE TABLE ledger_distribution_policies (
    treasury_id TEXT PRIMARY KEY NOT NULL REFERENCES ledger_treasuries(id),
    -- equal, hours, credrank or equation.
    policy TEXT NOT NULL,
    -- The policy's parameters as JSON, checked and with their defaults written out.
    parameters TEXT NOT NULL,
    set_by TEXT NOT NULL REFERENCES people(id),
    set_at BIGINT NOT NULL
);

-- The parameters a distribution was made with (the distribution row names its policy),
-- and what a value equation left with the treasury, in minor units.
CREATE TABLE ledger_distribution_parameters (
    distribution_id TEXT PRIMARY KEY NOT NULL REFERENCES ledger_distributions(id),
    parameters TEXT NOT NULL,
    undistributed BIGINT NOT NULL
);
