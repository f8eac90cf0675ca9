-- Participatory budgeting: processes owned by an organization, their phases, headings
-- (districts and a city-wide one, each with its amount), the projects proposed under
-- them, and the ballots. A Pabulib file imported becomes a closed process with one
-- heading. Amounts and costs are exact decimals kept as written (text); times are Unix
-- milliseconds UTC.
CREATE TABLE budget_processes (
    id TEXT PRIMARY KEY NOT NULL,
    org_id TEXT NOT NULL REFERENCES organizations(id),
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    -- 'native' (run here) or 'pabulib' (imported from a .pb file, closed).
    origin TEXT NOT NULL,
    -- The phase it is in: one of the twelve of `budgets::model::Phase`.
    phase TEXT NOT NULL,
    -- Bumped by every change that can change a count: results are cached under it.
    version BIGINT NOT NULL,
    created_by TEXT NOT NULL REFERENCES people(id),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
-- Each process's ballot rules, which lock when balloting opens, and the shape of its
-- Pabulib file.
CREATE TABLE budget_rules (
    process_id TEXT PRIMARY KEY NOT NULL REFERENCES budget_processes(id),
    -- How people vote online: 'approval' (a number of projects) or 'knapsack' (up to the
    -- heading's amount).
    ballot_style TEXT NOT NULL,
    -- The Pabulib vote_type of the ballots: approval, choose-1, cumulative, scoring, ordinal.
    vote_type TEXT NOT NULL,
    min_projects BIGINT,
    max_projects BIGINT,
    -- Who may propose, support and vote: 'members' of the owning organization, or
    -- 'anyone' signed in.
    eligibility TEXT NOT NULL,
    -- The counting rule, a name `commonfare decide pb` takes.
    rule TEXT NOT NULL,
    -- Set when balloting opened: the ballot style, limits and rule change no more.
    rules_locked_at BIGINT,
    -- The Pabulib META rows in order (JSON array of [key, value]), and the extra columns
    -- of PROJECTS and VOTES (JSON arrays of names), kept so that a file goes back out as
    -- it came in.
    meta TEXT NOT NULL,
    project_columns TEXT NOT NULL,
    vote_columns TEXT NOT NULL
);
CREATE INDEX budget_processes_org ON budget_processes(org_id);
CREATE INDEX budget_processes_created ON budget_processes(created_at, id);

-- Each process's twelve phases, in order: enabled or not, with their dates.
CREATE TABLE budget_phases (
    process_id TEXT NOT NULL REFERENCES budget_processes(id),
    phase TEXT NOT NULL,
    position BIGINT NOT NULL,
    enabled BOOLEAN NOT NULL,
    starts_at BIGINT,
    ends_at BIGINT,
    PRIMARY KEY (process_id, phase)
);
-- The sweep's question: which enabled phases of which processes start or end by now.
CREATE INDEX budget_phases_due ON budget_phases(starts_at);

CREATE TABLE budget_headings (
    id TEXT PRIMARY KEY NOT NULL,
    process_id TEXT NOT NULL REFERENCES budget_processes(id),
    position BIGINT NOT NULL,
    name TEXT NOT NULL,
    -- The amount to spend under it, an exact decimal as written.
    amount TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    UNIQUE (process_id, name)
);
CREATE INDEX budget_headings_process ON budget_headings(process_id, position);

CREATE TABLE budget_projects (
    id TEXT PRIMARY KEY NOT NULL,
    process_id TEXT NOT NULL REFERENCES budget_processes(id),
    heading_id TEXT NOT NULL REFERENCES budget_headings(id),
    -- The project's id as voters and Pabulib files write it ("12", "P0028").
    number TEXT NOT NULL,
    position BIGINT NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    place TEXT NOT NULL,
    -- An exact decimal as written.
    cost TEXT NOT NULL,
    -- 'proposed', 'rejected' (with a public reason) or 'withdrawn'; rejected and withdrawn
    -- projects are not on the ballot.
    state TEXT NOT NULL,
    reason TEXT NOT NULL,
    author_id TEXT REFERENCES people(id),
    -- The values of the file's other PROJECTS columns (JSON array), or '[]'.
    extra TEXT NOT NULL,
    -- Implementation, once funded: 'not_started', 'under_way', 'done' or 'cancelled', and
    -- how far along, in percent.
    progress_status TEXT NOT NULL,
    progress BIGINT NOT NULL CHECK (progress >= 0 AND progress <= 100),
    created_at BIGINT NOT NULL,
    UNIQUE (process_id, number)
);
CREATE INDEX budget_projects_heading ON budget_projects(heading_id, position);

-- Ballots: online ones carry their voter (one per voter and heading, held by the unique
-- index); those read from a file or recorded from paper carry none.
CREATE TABLE budget_ballots (
    id TEXT PRIMARY KEY NOT NULL,
    process_id TEXT NOT NULL REFERENCES budget_processes(id),
    heading_id TEXT NOT NULL REFERENCES budget_headings(id),
    voter_id TEXT REFERENCES people(id),
    -- 'file', 'online' or 'paper'.
    origin TEXT NOT NULL,
    -- The order of a ballot read from a file or from paper; online ballots have none.
    position BIGINT,
    -- The project numbers chosen, comma-separated, in ballot order (best first when
    -- ranked); points parallel to it for cumulative and scoring ballots.
    vote TEXT NOT NULL,
    points TEXT,
    -- The values of the file's other VOTES columns (JSON array).
    extra TEXT,
    cast_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX budget_ballots_one_per_voter ON budget_ballots(heading_id, voter_id);
CREATE INDEX budget_ballots_order ON budget_ballots(heading_id, position, id);

-- Dated milestones of a funded project's implementation, each with a link to its photos
-- or documents.
CREATE TABLE budget_milestones (
    id TEXT PRIMARY KEY NOT NULL,
    project_id TEXT NOT NULL REFERENCES budget_projects(id),
    -- YYYY-MM-DD.
    happened_on TEXT NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    link TEXT NOT NULL,
    author_id TEXT NOT NULL REFERENCES people(id),
    created_at BIGINT NOT NULL
);
CREATE INDEX budget_milestones_project ON budget_milestones(project_id, happened_on);

-- Supports given to projects in the supporting phase: one per person and project.
CREATE TABLE budget_supports (
    project_id TEXT NOT NULL REFERENCES budget_projects(id),
    person_id TEXT NOT NULL REFERENCES people(id),
    created_at BIGINT NOT NULL,
    PRIMARY KEY (project_id, person_id)
);
