DROP INDEX budget_ballots_voter;
DROP INDEX budget_ballots_order;
DROP INDEX budget_ballots_one_per_voter;
CREATE UNIQUE INDEX budget_ballots_one_per_voter ON budget_ballots(heading_id, voter_id);
CREATE INDEX budget_ballots_order ON budget_ballots(heading_id, position, id);
