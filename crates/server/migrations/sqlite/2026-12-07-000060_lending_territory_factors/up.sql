-- The territory's default savings factors, and factors set one class at a time.
-- An instance administrator sets the territory's defaults: rows whose steward_id is
-- 'territory' (no person, organization or commons has that id: theirs are UUIDs). A
-- library's own factor for a class wins, else the territory's, else the built-in
-- default of `lending::savings`. A row now holds what was set for its class only: the
-- purchases per 100 loans may be absent on the vehicle row that holds the cars shed
-- alone; a row says at least one of the two.
CREATE TABLE lending_savings_factors_new (
    steward_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    purchases_per_100 BIGINT CHECK (purchases_per_100 BETWEEN 0 AND 10000),
    cars_shed BIGINT CHECK (cars_shed BETWEEN 0 AND 100),
    set_by TEXT NOT NULL REFERENCES people(id),
    set_at BIGINT NOT NULL,
    PRIMARY KEY (steward_id, kind),
    CHECK (purchases_per_100 IS NOT NULL OR cars_shed IS NOT NULL)
);
INSERT INTO lending_savings_factors_new
    SELECT steward_id, kind, purchases_per_100, cars_shed, set_by, set_at
    FROM lending_savings_factors;
DROP TABLE lending_savings_factors;
ALTER TABLE lending_savings_factors_new RENAME TO lending_savings_factors;
