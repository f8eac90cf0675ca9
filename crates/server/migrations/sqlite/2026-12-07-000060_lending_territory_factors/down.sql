CREATE TABLE lending_savings_factors_old (
    steward_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    purchases_per_100 BIGINT NOT NULL CHECK (purchases_per_100 BETWEEN 0 AND 10000),
    cars_shed BIGINT CHECK (cars_shed BETWEEN 0 AND 100),
    set_by TEXT NOT NULL REFERENCES people(id),
    set_at BIGINT NOT NULL,
    PRIMARY KEY (steward_id, kind)
);
INSERT INTO lending_savings_factors_old
    SELECT steward_id, kind, purchases_per_100, cars_shed, set_by, set_at
    FROM lending_savings_factors
    WHERE purchases_per_100 IS NOT NULL AND steward_id <> 'territory';
DROP TABLE lending_savings_factors;
ALTER TABLE lending_savings_factors_old RENAME TO lending_savings_factors;
