-- A person's private iCalendar feed of their own reservations: the SHA-256 of its secret
-- token, never the token itself (shown once, when made or replaced).
CREATE TABLE lending_feed_tokens (
    person_id TEXT PRIMARY KEY NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL
);
