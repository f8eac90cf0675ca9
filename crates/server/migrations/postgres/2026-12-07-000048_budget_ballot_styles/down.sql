DROP TABLE budget_merges;
ALTER TABLE budget_rules DROP COLUMN max_points;
ALTER TABLE budget_rules DROP COLUMN points_total;
