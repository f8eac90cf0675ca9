-- A person's private Atom feed of the decisions they can take part in: the SHA-256 of
-- its secret token, never the token itself (shown once, when made or replaced). Kept
-- apart from 000025, which was merged before this table existed.
CREATE TABLE body_feed_tokens (
    person_id TEXT PRIMARY KEY NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL
);
