-- The availability search reads, per resource, the holds ending after the interval's
-- start and keeps those starting before its end: with both times and the state in the
-- index, the rows that end later but start after the interval are passed over in the
-- index alone. Loans still out (whatever their due time) have their own small index.
DROP INDEX lending_reservations_held;
CREATE INDEX lending_reservations_held ON lending_reservations(resource_id, held_until, starts_at, state);
CREATE INDEX lending_reservations_out ON lending_reservations(resource_id) WHERE state = 'out';
