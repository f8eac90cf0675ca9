CREATE TABLE journal_old (
    seq INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
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
INSERT INTO journal_old (seq, id, at, actor, verb, object_type, object_id, object_url, summary, payload)
    SELECT seq, id, at, actor, verb, object_type, object_id, object_url, summary, payload FROM journal;
DROP TABLE journal;
ALTER TABLE journal_old RENAME TO journal;
CREATE INDEX journal_actor ON journal(actor, seq);
CREATE INDEX journal_object_type ON journal(object_type, seq);
CREATE INDEX journal_object ON journal(object_type, object_id, seq);
