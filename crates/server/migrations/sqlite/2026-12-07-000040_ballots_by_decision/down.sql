CREATE TABLE body_ballots_with_rowid (
    decision_id TEXT NOT NULL REFERENCES body_decisions(id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    choice TEXT NOT NULL,
    weight BIGINT NOT NULL,
    voter_id TEXT REFERENCES people(id),
    receipt_hash TEXT,
    PRIMARY KEY (decision_id, id)
);
INSERT INTO body_ballots_with_rowid (decision_id, id, choice, weight, voter_id, receipt_hash)
    SELECT decision_id, id, choice, weight, voter_id, receipt_hash FROM body_ballots;
DROP TABLE body_ballots;
ALTER TABLE body_ballots_with_rowid RENAME TO body_ballots;
