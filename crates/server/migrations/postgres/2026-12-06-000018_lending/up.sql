-- Lending: things held in common (tools, vehicles, spaces, machines, materials), each
-- stewarded by an organization (its admins) or a person, with its lending policy, and
-- the reservations made of them. Times are Unix milliseconds UTC, durations minutes.
CREATE TABLE lending_resources (
    id TEXT PRIMARY KEY NOT NULL,
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    description TEXT NOT NULL,
    place TEXT NOT NULL,
    condition TEXT NOT NULL,
    -- How many identical items the pool holds (1: one item).
    quantity BIGINT NOT NULL CHECK (quantity >= 1),
    -- 'organization' (its admins steward it) or 'person'.
    steward_kind TEXT NOT NULL,
    steward_id TEXT NOT NULL,
    created_by TEXT NOT NULL REFERENCES people(id),
    created_at BIGINT NOT NULL,
    retired_at BIGINT
);
CREATE INDEX lending_resources_steward ON lending_resources(steward_id);

-- Each resource's lending policy.
CREATE TABLE lending_policies (
    resource_id TEXT PRIMARY KEY NOT NULL REFERENCES lending_resources(id),
    min_minutes BIGINT NOT NULL,
    max_minutes BIGINT NOT NULL,
    -- How far ahead one may book.
    horizon_days BIGINT NOT NULL,
    -- Minutes the items stay held after each reservation (cleaning, charging, checking).
    buffer_minutes BIGINT NOT NULL,
    -- 'anyone' signed in, or 'members' of the steward organization.
    borrowers TEXT NOT NULL,
    approval_required BOOLEAN NOT NULL
);

CREATE TABLE lending_reservations (
    id TEXT PRIMARY KEY NOT NULL,
    resource_id TEXT NOT NULL REFERENCES lending_resources(id),
    borrower_id TEXT NOT NULL REFERENCES people(id),
    quantity BIGINT NOT NULL CHECK (quantity >= 1),
    starts_at BIGINT NOT NULL,
    ends_at BIGINT NOT NULL,
    -- ends_at plus the resource's buffer when booked: the items are held until then.
    held_until BIGINT NOT NULL,
    -- 'pending' (awaits a steward), 'confirmed', 'out', 'returned', 'cancelled'.
    state TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    checked_out_at BIGINT,
    out_note TEXT NOT NULL DEFAULT '',
    returned_at BIGINT,
    return_note TEXT NOT NULL DEFAULT '',
    cancelled_at BIGINT,
    CHECK (ends_at > starts_at AND held_until >= ends_at)
);
CREATE INDEX lending_reservations_time ON lending_reservations(resource_id, starts_at);
CREATE INDEX lending_reservations_borrower ON lending_reservations(borrower_id, starts_at);
