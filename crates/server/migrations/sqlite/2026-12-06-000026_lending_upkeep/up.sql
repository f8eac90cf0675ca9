-- Lending's upkeep: maintenance blocks and breakdowns that take items out of the pool
-- over an interval, maintenance plans that place the next block when due, trainings a
-- steward records, and the notices a borrower gets when a breakdown moved or cancelled
-- their reservation. Times are Unix milliseconds UTC.
ALTER TABLE lending_policies ADD COLUMN training_required BOOLEAN NOT NULL DEFAULT 0;

CREATE TABLE lending_blocks (
    id TEXT PRIMARY KEY NOT NULL,
    resource_id TEXT NOT NULL REFERENCES lending_resources(id),
    -- 'maintenance' (planned, over an interval) or 'breakdown' (from when it was
    -- reported until repaired: ends_at is 9999-12-30T00:00:00Z until then).
    kind TEXT NOT NULL,
    quantity BIGINT NOT NULL CHECK (quantity >= 1),
    starts_at BIGINT NOT NULL,
    ends_at BIGINT NOT NULL,
    reason TEXT NOT NULL,
    created_by TEXT NOT NULL REFERENCES people(id),
    created_at BIGINT NOT NULL,
    -- When a steward repaired it or lifted the block; ends_at is then cut to it (a block
    -- lifted before it began keeps ends_at = starts_at and holds nothing).
    ended_at BIGINT,
    CHECK (ends_at >= starts_at)
);
CREATE INDEX lending_blocks_time ON lending_blocks(resource_id, ends_at);

-- At most one plan per resource: a block of `minutes` every `every_days` days or every
-- `every_uses` loans returned, whichever comes first.
CREATE TABLE lending_maintenance_plans (
    resource_id TEXT PRIMARY KEY NOT NULL REFERENCES lending_resources(id),
    every_days BIGINT,
    every_uses BIGINT,
    minutes BIGINT NOT NULL,
    -- Loans returned since the last planned block.
    uses BIGINT NOT NULL,
    -- When the last planned block was placed (or the plan set).
    last_at BIGINT NOT NULL
);

CREATE TABLE lending_trainings (
    resource_id TEXT NOT NULL REFERENCES lending_resources(id),
    person_id TEXT NOT NULL REFERENCES people(id),
    trained_by TEXT NOT NULL REFERENCES people(id),
    trained_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    PRIMARY KEY (resource_id, person_id)
);

-- What a breakdown did to a borrower's reservation: 'moved' (from was_* to the
-- reservation's times now) or 'cancelled'.
CREATE TABLE lending_notices (
    id TEXT PRIMARY KEY NOT NULL,
    reservation_id TEXT NOT NULL REFERENCES lending_reservations(id),
    borrower_id TEXT NOT NULL REFERENCES people(id),
    block_id TEXT NOT NULL REFERENCES lending_blocks(id),
    kind TEXT NOT NULL,
    was_starts_at BIGINT NOT NULL,
    was_ends_at BIGINT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX lending_notices_borrower ON lending_notices(borrower_id, created_at);

-- The availability search reads, for many resources at once, the holds that end after
-- the interval's start.
CREATE INDEX lending_reservations_held ON lending_reservations(resource_id, held_until);

-- A training on a class of resources: every resource of `kind` its steward lends.
CREATE TABLE lending_class_trainings (
    steward_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    person_id TEXT NOT NULL REFERENCES people(id),
    trained_by TEXT NOT NULL REFERENCES people(id),
    trained_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    PRIMARY KEY (steward_id, kind, person_id)
);
