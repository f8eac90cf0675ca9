-- The organisers' overrides of a participatory budget's outcome: after the results are
-- out, an admin of the owning organization funds a project the rule left out, or takes
-- one the rule funded out, with a public reason. Append-only: each act is a row, and a
-- project's latest act (by `seq` within the process, serialized by a lock on the
-- process) is the one that holds. The counted outcome itself never changes.
CREATE TABLE budget_overrides (
    id TEXT PRIMARY KEY NOT NULL,
    process_id TEXT NOT NULL REFERENCES budget_processes(id),
    project_id TEXT NOT NULL REFERENCES budget_projects(id),
    seq BIGINT NOT NULL,
    funded BOOLEAN NOT NULL,
    reason TEXT NOT NULL,
    decided_by TEXT NOT NULL REFERENCES people(id),
    decided_at BIGINT NOT NULL,
    UNIQUE (process_id, seq)
);
CREATE INDEX budget_overrides_by_project ON budget_overrides (project_id, seq);
