ALTER TABLE lending_savings_factors DROP CONSTRAINT lending_savings_factors_says_something;
DELETE FROM lending_savings_factors WHERE purchases_per_100 IS NULL OR steward_id = 'territory';
ALTER TABLE lending_savings_factors ALTER COLUMN purchases_per_100 SET NOT NULL;
