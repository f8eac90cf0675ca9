-- Valuation by a panel (issue 15): an admin of the owner names a body of the owner
-- organization as a process's valuation panel (`body_id` NULL: the owner's admins
-- valuate). While the process is valuating, whoever sits in the panel records per
-- project whether it is feasible, its price and an explanation; a later valuation
-- replaces the earlier (`revision` counts them). Kept private until the process leaves
-- valuating, when every valuation is published (`published_at`): an unfeasible project
-- leaves the ballot with the explanation as its reason, a feasible one's cost becomes
-- the price, the estimate kept beside it.
CREATE TABLE budget_valuation_panels (
    process_id TEXT PRIMARY KEY NOT NULL REFERENCES budget_processes(id),
    body_id TEXT REFERENCES bodies(id),
    named_by TEXT NOT NULL REFERENCES people(id),
    named_at BIGINT NOT NULL
);
CREATE TABLE budget_valuations (
    project_id TEXT PRIMARY KEY NOT NULL REFERENCES budget_projects(id),
    process_id TEXT NOT NULL REFERENCES budget_processes(id),
    feasible BOOLEAN NOT NULL,
    price TEXT,
    estimate TEXT NOT NULL,
    explanation TEXT NOT NULL,
    valuated_by TEXT NOT NULL REFERENCES people(id),
    valuated_at BIGINT NOT NULL,
    revision BIGINT NOT NULL,
    published_at BIGINT
);
CREATE INDEX budget_valuations_by_process ON budget_valuations (process_id);
