-- One ballot per voter and heading; ballots without a voter (a file's, paper ones) are
-- left out of the unique index, which a file's tens of thousands would only slow down.
DROP INDEX budget_ballots_one_per_voter;
DROP INDEX budget_ballots_order;
CREATE UNIQUE INDEX budget_ballots_one_per_voter ON budget_ballots(heading_id, voter_id)
    WHERE voter_id IS NOT NULL;
CREATE INDEX budget_ballots_order ON budget_ballots(heading_id, position);
CREATE INDEX budget_ballots_voter ON budget_ballots(voter_id) WHERE voter_id IS NOT NULL;
