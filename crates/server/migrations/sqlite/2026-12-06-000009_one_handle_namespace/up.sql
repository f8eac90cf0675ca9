-- One namespace of handles for people and organizations: a handle held by either is held
-- for both (the primary key decides between concurrent claims). Handles both already hold
-- are left out here; the server settles each such pair when it starts (the later one is
-- renamed, journaled, and noted in `handle_renames`, which its page shows).
-- WITHOUT ROWID: one B-tree keyed by the handle, so that a claim in every sign-up writes
-- one tree, not a table and its key's index.
CREATE TABLE handles (
    handle TEXT PRIMARY KEY NOT NULL,
    owner_kind TEXT NOT NULL,
    owner_id TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE handle_renames (
    id TEXT PRIMARY KEY NOT NULL,
    owner_kind TEXT NOT NULL,
    owner_id TEXT NOT NULL,
    old_handle TEXT NOT NULL,
    new_handle TEXT NOT NULL,
    renamed_at BIGINT NOT NULL,
    reason TEXT NOT NULL
);
CREATE INDEX handle_renames_owner ON handle_renames(owner_kind, owner_id);
CREATE INDEX handle_renames_old ON handle_renames(old_handle);

INSERT INTO handles (handle, owner_kind, owner_id)
SELECT p.handle, 'person', p.id FROM people p
WHERE NOT EXISTS (SELECT 1 FROM organizations o WHERE o.handle = p.handle);

INSERT INTO handles (handle, owner_kind, owner_id)
SELECT o.handle, 'organization', o.id FROM organizations o
WHERE NOT EXISTS (SELECT 1 FROM people p WHERE p.handle = o.handle);
