-- Reviews are read by their contribution (its review history, oldest first) or scanned
-- whole (a person's record), never by id alone. Keyed by (contribution, id) without a
-- rowid, a review is written to one B-tree instead of two (rows by id, and the index by
-- contribution): one page less in every review's transaction. Ids stay UUIDv7s, unique by
-- construction. Nothing references reviews.
CREATE TABLE commons_reviews_by_contribution (
    id TEXT NOT NULL,
    contribution_id TEXT NOT NULL REFERENCES commons_contributions(id) ON DELETE CASCADE,
    reviewer_id TEXT NOT NULL REFERENCES people(id),
    verdict TEXT NOT NULL,
    comment TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    PRIMARY KEY (contribution_id, id)
) WITHOUT ROWID;
INSERT INTO commons_reviews_by_contribution (id, contribution_id, reviewer_id, verdict, comment, created_at)
    SELECT id, contribution_id, reviewer_id, verdict, comment, created_at FROM commons_reviews;
DROP TABLE commons_reviews;
ALTER TABLE commons_reviews_by_contribution RENAME TO commons_reviews;
