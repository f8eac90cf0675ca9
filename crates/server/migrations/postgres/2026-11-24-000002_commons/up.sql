-- Commons: the record, its maintainers, content-addressed blobs, immutable revisions
-- (tree kept as the JSON path -> entry map of the model), contributions and reviews.
CREATE TABLE commons (
    id TEXT PRIMARY KEY NOT NULL,
    handle TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL,
    licence_policy TEXT NOT NULL,
    licence TEXT NOT NULL,
    home_org_id TEXT REFERENCES organizations(id),
    created_by TEXT NOT NULL REFERENCES people(id),
    head_revision_id TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE TABLE commons_maintainers (
    commons_id TEXT NOT NULL REFERENCES commons(id) ON DELETE CASCADE,
    person_id TEXT NOT NULL REFERENCES people(id),
    since BIGINT NOT NULL,
    PRIMARY KEY (commons_id, person_id)
);
CREATE INDEX commons_maintainers_person ON commons_maintainers(person_id);

CREATE TABLE commons_blobs (
    hash TEXT PRIMARY KEY NOT NULL,
    size BIGINT NOT NULL,
    content BYTEA NOT NULL
);

CREATE TABLE commons_revisions (
    id TEXT PRIMARY KEY NOT NULL,
    commons_id TEXT NOT NULL REFERENCES commons(id) ON DELETE CASCADE,
    parent_id TEXT REFERENCES commons_revisions(id),
    number BIGINT NOT NULL,
    message TEXT NOT NULL,
    author_id TEXT NOT NULL REFERENCES people(id),
    accepted_by TEXT NOT NULL REFERENCES people(id),
    contribution_id TEXT,
    tree_hash TEXT NOT NULL,
    tree TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    UNIQUE (commons_id, number)
);

CREATE TABLE commons_contributions (
    id TEXT PRIMARY KEY NOT NULL,
    commons_id TEXT NOT NULL REFERENCES commons(id) ON DELETE CASCADE,
    number BIGINT NOT NULL,
    kind TEXT NOT NULL,
    state TEXT NOT NULL,
    base_revision_id TEXT REFERENCES commons_revisions(id),
    message TEXT NOT NULL,
    body TEXT NOT NULL,
    author_id TEXT NOT NULL REFERENCES people(id),
    revision_id TEXT REFERENCES commons_revisions(id),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (commons_id, number)
);
CREATE INDEX commons_contributions_state ON commons_contributions(commons_id, state);

CREATE TABLE commons_reviews (
    id TEXT PRIMARY KEY NOT NULL,
    contribution_id TEXT NOT NULL REFERENCES commons_contributions(id) ON DELETE CASCADE,
    reviewer_id TEXT NOT NULL REFERENCES people(id),
    verdict TEXT NOT NULL,
    comment TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL
);
CREATE INDEX commons_reviews_contribution ON commons_reviews(contribution_id);
