-- The supporting phase's rules of a participatory budget (issue 15): how many projects one
-- person may support in each heading, and which projects go on to the ballot when
-- supporting ends: all of them, those with at least `advance_count` supports, or the
-- `advance_count` most supported of each heading (those tied with the last one too).
CREATE TABLE budget_support_rules (
    process_id TEXT PRIMARY KEY NOT NULL REFERENCES budget_processes(id),
    max_per_person BIGINT,
    advance TEXT NOT NULL,
    advance_count BIGINT,
    set_by TEXT NOT NULL REFERENCES people(id),
    set_at BIGINT NOT NULL
);
