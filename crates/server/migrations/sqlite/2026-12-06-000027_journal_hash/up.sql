-- The journal's running hash (see journal/chain.rs): each event's SHA-256 over the
-- previous event's hash and its own fields. Events written before it get theirs when the
-- server starts; after that an event is never changed or deleted.
ALTER TABLE journal ADD COLUMN hash TEXT;

CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal
WHEN OLD.hash IS NOT NULL OR NEW.hash IS NULL OR NEW.id IS NOT OLD.id
    OR NEW.payload IS NOT OLD.payload OR NEW.summary IS NOT OLD.summary
BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END;
CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal
BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END;
