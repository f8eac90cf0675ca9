-- Stored changes cannot be turned back into whole trees in SQL, so going back is refused
-- while any revision stores them.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM commons_revisions WHERE tree_delta) THEN
        RAISE EXCEPTION 'revisions store their trees as changes; cannot go back to whole trees';
    END IF;
END $$;

CREATE INDEX commons_contributions_state ON commons_contributions(commons_id, state);
ALTER TABLE commons_revisions DROP COLUMN tree_delta;
