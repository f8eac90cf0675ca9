-- A knapsack ballot's least share of its heading's amount, in percent (issue 15).
ALTER TABLE budget_rules ADD COLUMN min_share_percent BIGINT;
