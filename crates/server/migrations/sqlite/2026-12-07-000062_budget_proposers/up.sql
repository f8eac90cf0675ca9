-- Who a project is proposed for (issue 15): an organization the proposer is a member of, or
-- an informal group named in free text; at most one of the two. A project proposed by a
-- person alone has no row here.
CREATE TABLE budget_project_proposers (
    project_id TEXT PRIMARY KEY NOT NULL REFERENCES budget_projects(id),
    organization_id TEXT REFERENCES organizations(id),
    group_name TEXT,
    CHECK ((organization_id IS NULL) <> (group_name IS NULL))
);
-- The commons holding a funded project's own documentation (issue 15): one per project,
-- linked (and linked again or unlinked) by an admin of the owner or the project's proposer.
CREATE TABLE budget_project_commons (
    project_id TEXT PRIMARY KEY NOT NULL REFERENCES budget_projects(id),
    commons_id TEXT NOT NULL REFERENCES commons(id),
    linked_by TEXT NOT NULL REFERENCES people(id),
    linked_at BIGINT NOT NULL
);
