-- Points ballots (a cumulative vote): the points each voter has to give, and the most one
-- project may get (none: no such limit). Empty for the other styles. Ranked ballots need
-- no column: their order is the vote's, best first, as `vote` already keeps it.
ALTER TABLE budget_rules ADD COLUMN points_total BIGINT;
ALTER TABLE budget_rules ADD COLUMN max_points BIGINT;

-- Projects merged into another of their heading before balloting (duplicates): the
-- duplicate keeps its page, its state 'merged' and its public reason (budget_projects'
-- state and reason); its supports moved to the original, a person who supported both
-- counted once.
CREATE TABLE budget_merges (
    project_id TEXT PRIMARY KEY NOT NULL REFERENCES budget_projects(id),
    into_id TEXT NOT NULL REFERENCES budget_projects(id),
    merged_by TEXT NOT NULL REFERENCES people(id),
    merged_at BIGINT NOT NULL,
    -- How many supports moved to the original (those of people who had not supported it).
    supports_moved BIGINT NOT NULL
);
CREATE INDEX budget_merges_into ON budget_merges(into_id);
