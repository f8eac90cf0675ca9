ALTER TABLE budget_rules DROP COLUMN eligible_body_id;
