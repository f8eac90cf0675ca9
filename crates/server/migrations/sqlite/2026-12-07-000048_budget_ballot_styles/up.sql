-- Points ballots (a cumulative vote): the points each voter has to give, and the most one
-- project may get (none: no such limit). Empty for the other styles. Ranked ballots need
-- no column: their order is the vote's, best first, as `vote` already keeps it.
ALTER TABLE budget_rules ADD COLUMN points_total BIGINT;
ALTER TABLE budget_rules ADD COLUMN max_points BIGINT;
