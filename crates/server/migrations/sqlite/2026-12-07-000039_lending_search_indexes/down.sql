DROP INDEX lending_reservations_out;
DROP INDEX lending_reservations_held;
CREATE INDEX lending_reservations_held ON lending_reservations(resource_id, held_until);
