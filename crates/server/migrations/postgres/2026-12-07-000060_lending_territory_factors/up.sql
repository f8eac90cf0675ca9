-- The territory's default savings factors, and factors set one class at a time.
-- An instance administrator sets the territory's defaults: rows whose steward_id is
-- 'territory' (no person, organization or commons has that id: theirs are UUIDs). A
-- library's own factor for a class wins, else the territory's, else the built-in
-- default of `lending::savings`. A row now holds what was set for its class only: the
-- purchases per 100 loans may be absent on the vehicle row that holds the cars shed
-- alone; a row says at least one of the two.
ALTER TABLE lending_savings_factors ALTER COLUMN purchases_per_100 DROP NOT NULL;
ALTER TABLE lending_savings_factors ADD CONSTRAINT lending_savings_factors_says_something
    CHECK (purchases_per_100 IS NOT NULL OR cars_shed IS NOT NULL);
