DROP INDEX lending_reservations_held;
DROP TABLE lending_notices;
DROP TABLE lending_class_trainings;
DROP TABLE lending_trainings;
DROP TABLE lending_maintenance_plans;
DROP TABLE lending_blocks;
ALTER TABLE lending_policies DROP COLUMN training_required;
