-- A revision may store its tree as the entries changed against its parent instead of the
-- whole tree (see commons/treestore.rs). Every existing revision stores its whole tree, so
-- it keeps reading as it did: the new flag defaults to false.
ALTER TABLE commons_revisions ADD COLUMN tree_delta BOOLEAN NOT NULL DEFAULT 0;

-- Nothing reads contributions by (commons, state): state changes are checked on the row
-- found by id, and lists go by (commons, number). Keeping the index only cost a write on
-- every proposal and decision.
DROP INDEX commons_contributions_state;

-- Reviews are found by their contribution and never by id; as a rowid table with a text
-- primary key every review was written to three B-trees (rows, the id index, the
-- contribution index). Keyed by id without a rowid, it is two. Nothing references reviews.
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
