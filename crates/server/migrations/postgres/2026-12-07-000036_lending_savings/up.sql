-- What sharing saves: the factors a library sets for its savings figures, one row per
-- class of resources (tool, vehicle, space, machine, material) of a steward's library
-- (an organization's id or a person's). A library without a row uses the defaults of
-- `lending::savings` (documented in the README).
CREATE TABLE lending_savings_factors (
    steward_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    -- Purchases a hundred loans of this class stand for (20: one in five loans).
    purchases_per_100 BIGINT NOT NULL CHECK (purchases_per_100 BETWEEN 0 AND 10000),
    -- Private cars one shared vehicle sheds (vehicles only; NULL for the other classes).
    cars_shed BIGINT CHECK (cars_shed BETWEEN 0 AND 100),
    set_by TEXT NOT NULL REFERENCES people(id),
    set_at BIGINT NOT NULL,
    PRIMARY KEY (steward_id, kind)
);
