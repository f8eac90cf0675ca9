-- The journal's seq becomes a plain rowid alias. AUTOINCREMENT only guarantees that the
-- numbers of deleted rows are never reused, and journal rows are never deleted; it cost
-- one more page (sqlite_sequence) written by every transaction that journals anything.
-- With the max-rowid rule, seq stays gap-free and increasing for an append-only table.
CREATE TABLE journal_new (
    seq INTEGER PRIMARY KEY NOT NULL,
    id TEXT NOT NULL UNIQUE,
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
