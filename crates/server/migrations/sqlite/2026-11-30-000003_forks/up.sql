-- Forks share their parent's revisions up to the fork point instead of copying them: a
-- fork is one link row (plus its own commons row), whatever the size of the history.
-- The sync point says where fork and parent last agreed, so that an offer upstream carries
-- only what the fork did after it.
CREATE TABLE commons_forks (
    child_id TEXT PRIMARY KEY NOT NULL REFERENCES commons(id) ON DELETE CASCADE,
    parent_id TEXT NOT NULL REFERENCES commons(id),
    fork_point_id TEXT NOT NULL REFERENCES commons_revisions(id),
    fork_point_number BIGINT NOT NULL,
    sync_fork_revision_id TEXT NOT NULL REFERENCES commons_revisions(id),
    sync_parent_revision_id TEXT NOT NULL REFERENCES commons_revisions(id),
    created_at BIGINT NOT NULL
);
CREATE INDEX commons_forks_parent ON commons_forks(parent_id);

-- A contribution to a parent that offers a fork's revisions: accepting it moves the
-- fork's sync point. `authors` is the JSON list of the offered revisions' authors (ids).
CREATE TABLE commons_offers (
    contribution_id TEXT PRIMARY KEY NOT NULL REFERENCES commons_contributions(id) ON DELETE CASCADE,
    fork_id TEXT NOT NULL REFERENCES commons(id),
    fork_revision_id TEXT NOT NULL REFERENCES commons_revisions(id),
    authors TEXT NOT NULL
);
CREATE INDEX commons_offers_fork ON commons_offers(fork_id);
