-- The journal's seq becomes a plain rowid alias, and its id loses its separate index.
-- AUTOINCREMENT only guarantees that the numbers of deleted rows are never reused, and
-- journal rows are never deleted; it cost one more page (sqlite_sequence) written by every
-- transaction that journals anything. The id is a UUIDv7, unique by construction, and
-- nothing looks an event up by it (feeds, cursors and SSE resume go by seq), so its UNIQUE
-- index was one more B-tree page per journaled transaction for nothing. With the max-rowid
-- rule, seq stays increasing for an append-only table.
CREATE TABLE journal_new (
    seq INTEGER PRIMARY KEY NOT NULL,
    id TEXT NOT NULL,
    at BIGINT NOT NULL,
    actor TEXT,
    verb TEXT NOT NULL,
    object_type TEXT NOT NULL,
    object_id TEXT NOT NULL,
    object_url TEXT NOT NULL,
    summary TEXT NOT NULL,
    payload TEXT NOT NULL
);
INSERT INTO journal_new (seq, id, at, actor, verb, object_type, object_id, object_url, summary, payload)
    SELECT seq, id, at, actor, verb, object_type, object_id, object_url, summary, payload FROM journal;
DROP TABLE journal;
ALTER TABLE journal_new RENAME TO journal;
CREATE INDEX journal_actor ON journal(actor, seq);
CREATE INDEX journal_object_type ON journal(object_type, seq);
CREATE INDEX journal_object ON journal(object_type, object_id, seq);
DELETE FROM sqlite_sequence WHERE name = 'journal';
