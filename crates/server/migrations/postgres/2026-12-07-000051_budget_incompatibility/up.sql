-- Incompatibility groups of a participatory budget (issue 15): projects of one heading of
-- which at most one may be funded (two playgrounds for the same square). An admin of the
-- owner defines them before balloting, with a public reason; the count passes them to the
-- engine. A project is in at most one group: the members' primary key is the project.
CREATE TABLE budget_groups (
    id TEXT PRIMARY KEY NOT NULL,
    process_id TEXT NOT NULL REFERENCES budget_processes(id),
    heading_id TEXT NOT NULL REFERENCES budget_headings(id),
    name TEXT NOT NULL,
    reason TEXT NOT NULL,
    created_by TEXT NOT NULL REFERENCES people(id),
    created_at BIGINT NOT NULL
);
CREATE INDEX budget_groups_by_process ON budget_groups (process_id, created_at);
CREATE TABLE budget_group_projects (
    project_id TEXT PRIMARY KEY NOT NULL REFERENCES budget_projects(id),
    group_id TEXT NOT NULL REFERENCES budget_groups(id)
);
CREATE INDEX budget_group_projects_by_group ON budget_group_projects (group_id);
