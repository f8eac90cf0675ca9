-- A revision may store its tree as the entries changed against its parent instead of the
-- whole tree (see commons/treestore.rs). Every existing revision stores its whole tree, so
-- it keeps reading as it did: the new flag defaults to false.
ALTER TABLE commons_revisions ADD COLUMN tree_delta BOOLEAN NOT NULL DEFAULT FALSE;

-- Nothing reads contributions by (commons, state): state changes are checked on the row
-- found by id, and lists go by (commons, number). Keeping the index only cost a write on
-- every proposal and decision.
DROP INDEX commons_contributions_state;
