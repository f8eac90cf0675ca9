ALTER TABLE budget_rules DROP COLUMN min_share_percent;
