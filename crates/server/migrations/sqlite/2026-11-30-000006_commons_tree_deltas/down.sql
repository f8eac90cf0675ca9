-- Stored changes cannot be turned back into whole trees in SQL, so going back is refused
-- while any revision stores them (the CHECK fails on a non-zero count).
CREATE TEMP TABLE commons_tree_deltas_guard (deltas BIGINT NOT NULL CHECK (deltas = 0));
INSERT INTO commons_tree_deltas_guard SELECT COUNT(*) FROM commons_revisions WHERE tree_delta;
DROP TABLE commons_tree_deltas_guard;

CREATE TABLE commons_reviews_rowid (
    id TEXT PRIMARY KEY NOT NULL,
    contribution_id TEXT NOT NULL REFERENCES commons_contributions(id) ON DELETE CASCADE,
    reviewer_id TEXT NOT NULL REFERENCES people(id),
    verdict TEXT NOT NULL,
    comment TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL
);
INSERT INTO commons_reviews_rowid (id, contribution_id, reviewer_id, verdict, comment, created_at)
    SELECT id, contribution_id, reviewer_id, verdict, comment, created_at FROM commons_reviews;
DROP TABLE commons_reviews;
ALTER TABLE commons_reviews_rowid RENAME TO commons_reviews;
CREATE INDEX commons_reviews_contribution ON commons_reviews(contribution_id);

CREATE INDEX commons_contributions_state ON commons_contributions(commons_id, state);
ALTER TABLE commons_revisions DROP COLUMN tree_delta;
