-- The journal's running hash (see journal/chain.rs): each event's SHA-256 over the
-- previous event's hash and its own fields. Events written before it get theirs when the
-- server starts; after that an event is never changed or deleted.
ALTER TABLE journal ADD COLUMN hash TEXT;

CREATE FUNCTION journal_append_only() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.hash IS NULL AND NEW.hash IS NOT NULL
       AND NEW.id = OLD.id AND NEW.seq = OLD.seq AND NEW.payload = OLD.payload
       AND NEW.summary = OLD.summary THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'the journal is append-only';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER journal_append_only BEFORE UPDATE OR DELETE ON journal
    FOR EACH ROW EXECUTE FUNCTION journal_append_only();
