-- A decision's ballots are written one at a time and read all at once, in the order of
-- their ids, when it is counted, its ballot file is made, or its secret ballots are
-- rewritten at the close. With a rowid they lay in the order they were cast and the
-- count fetched each through the key's index, one scattered page read per ballot. Keyed
-- by (decision, id) without a rowid, a decision's ballots are one run of the B-tree in the
-- order the count reads them. Nothing references ballots. (SQLite only: this is how the
-- file is laid out, not what it holds.)
CREATE TABLE body_ballots_by_decision (
    decision_id TEXT NOT NULL REFERENCES body_decisions(id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    choice TEXT NOT NULL,
    weight BIGINT NOT NULL,
    voter_id TEXT REFERENCES people(id),
    receipt_hash TEXT,
    PRIMARY KEY (decision_id, id)
) WITHOUT ROWID;
INSERT INTO body_ballots_by_decision (decision_id, id, choice, weight, voter_id, receipt_hash)
    SELECT decision_id, id, choice, weight, voter_id, receipt_hash FROM body_ballots;
DROP TABLE body_ballots;
ALTER TABLE body_ballots_by_decision RENAME TO body_ballots;
