-- Lending's rules beyond the policy: weekly opening hours (check-outs and returns happen
-- within them, read in the zone named here), limits per person over the steward's whole
-- library (items at once, days booked per month, unconfirmed holds at once), and how
-- long a waiting-list offer stays open for pickup. One row per resource that has any;
-- a resource without one is always open, without limits, with a 48 h pickup.
CREATE TABLE lending_rules (
    resource_id TEXT PRIMARY KEY NOT NULL REFERENCES lending_resources(id),
    -- Canonical weekly hours, `tue 17:00-20:00, sat 10:00-13:00`; empty: always open.
    opening_hours TEXT NOT NULL,
    -- A tz database name the hours (and the months of the days limit) are read in.
    hours_zone TEXT NOT NULL,
    max_items BIGINT,
    max_days_month BIGINT,
    max_unconfirmed BIGINT,
    pickup_hours BIGINT NOT NULL
);

-- Waiting lists: a person waits for `quantity` items over an interval that was taken.
-- When a cancellation, a return or a repair frees a slot that fits, the first waiting
-- (by when they joined) is offered a hold: a reservation in state 'offered' that holds
-- the items until `pickup_by`; taken, it becomes a booking; not taken in time, it lapses
-- (the sweep cancels it) and the next waiting is offered the slot.
CREATE TABLE lending_waits (
    id TEXT PRIMARY KEY NOT NULL,
    resource_id TEXT NOT NULL REFERENCES lending_resources(id),
    person_id TEXT NOT NULL REFERENCES people(id),
    quantity BIGINT NOT NULL CHECK (quantity >= 1),
    starts_at BIGINT NOT NULL,
    ends_at BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    -- 'waiting', 'offered', 'taken', 'lapsed' or 'left'.
    state TEXT NOT NULL,
    reservation_id TEXT REFERENCES lending_reservations(id),
    offered_at BIGINT,
    pickup_by BIGINT,
    ended_at BIGINT,
    CHECK (ends_at > starts_at)
);
CREATE INDEX lending_waits_resource ON lending_waits(resource_id, state, created_at);
CREATE INDEX lending_waits_person ON lending_waits(person_id, created_at);
CREATE INDEX lending_waits_pickup ON lending_waits(state, pickup_by);
