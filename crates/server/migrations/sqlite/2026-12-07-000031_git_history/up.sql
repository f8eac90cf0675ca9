-- A commons' history imported from a git repository (`commonfare commons import-git`), and
-- the employers its authors worked for, read from gitdm-style maps. Times are Unix
-- milliseconds UTC; days are `YYYY-MM-DD`.

-- One author of imported commits, once per email address (lowercased): the person of the
-- instance whose email it is, or, when none is, a placeholder that stands for the author.
CREATE TABLE commons_git_authors (
    id TEXT PRIMARY KEY NOT NULL,
    email TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    person_id TEXT REFERENCES people(id),
    created_at BIGINT NOT NULL
);

-- One imported commit of a commons, once per hash: who wrote it, when, and what it touched.
CREATE TABLE commons_git_commits (
    commons_id TEXT NOT NULL REFERENCES commons(id) ON DELETE CASCADE,
    hash TEXT NOT NULL,
    author_id TEXT NOT NULL REFERENCES commons_git_authors(id),
    authored_at BIGINT NOT NULL,
    -- The paths it touched, as a JSON list.
    files TEXT NOT NULL,
    lines_added BIGINT NOT NULL,
    lines_removed BIGINT NOT NULL,
    imported_at BIGINT NOT NULL,
    PRIMARY KEY (commons_id, hash)
);
CREATE INDEX commons_git_commits_author ON commons_git_commits(author_id);

-- What the employer maps of a commons' last import said of an author's email: worked for
-- an employer (an organization of the instance, or only its name) from one day to another,
-- paid, or on their own (volunteer). Replaced whole by the next import given maps.
CREATE TABLE coalition_employer_lines (
    id TEXT PRIMARY KEY NOT NULL,
    commons_id TEXT NOT NULL REFERENCES commons(id) ON DELETE CASCADE,
    email TEXT NOT NULL,
    organization_id TEXT REFERENCES organizations(id),
    employer TEXT NOT NULL,
    from_day TEXT NOT NULL,
    until_day TEXT,
    paid BOOLEAN NOT NULL,
    -- Where it was read: `FILE:LINE`.
    source TEXT NOT NULL,
    CHECK (until_day IS NULL OR until_day >= from_day)
);
CREATE INDEX coalition_employer_lines_commons ON coalition_employer_lines(commons_id, email);
CREATE INDEX coalition_employer_lines_organization ON coalition_employer_lines(organization_id);
