DROP INDEX lending_waits_pickup;
DROP INDEX lending_waits_person;
DROP INDEX lending_waits_resource;
DROP TABLE lending_waits;
DROP TABLE lending_rules;
