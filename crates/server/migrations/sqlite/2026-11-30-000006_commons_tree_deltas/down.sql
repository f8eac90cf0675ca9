-- Stored changes cannot be turned back into whole trees in SQL, so going back is refused
-- while any revision stores them (the CHECK fails on a non-zero count).
CREATE TEMP TABLE commons_tree_deltas_guard (deltas BIGINT NOT NULL CHECK (deltas = 0));
INSERT INTO commons_tree_deltas_guard SELECT COUNT(*) FROM commons_revisions WHERE tree_delta;
DROP TABLE commons_tree_deltas_guard;

CREATE INDEX commons_contributions_state ON commons_contributions(commons_id, state);
ALTER TABLE commons_revisions DROP COLUMN tree_delta;
