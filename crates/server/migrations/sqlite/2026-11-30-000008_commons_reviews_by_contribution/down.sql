CREATE TABLE commons_reviews_keyed (
    id TEXT PRIMARY KEY NOT NULL,
    contribution_id TEXT NOT NULL REFERENCES commons_contributions(id) ON DELETE CASCADE,
    reviewer_id TEXT NOT NULL REFERENCES people(id),
    verdict TEXT NOT NULL,
    comment TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL
) WITHOUT ROWID;
INSERT INTO commons_reviews_keyed (id, contribution_id, reviewer_id, verdict, comment, created_at)
    SELECT id, contribution_id, reviewer_id, verdict, comment, created_at FROM commons_reviews;
DROP TABLE commons_reviews;
ALTER TABLE commons_reviews_keyed RENAME TO commons_reviews;
CREATE INDEX commons_reviews_contribution ON commons_reviews(contribution_id);
