DROP TABLE lending_reservations;
DROP TABLE lending_policies;
DROP TABLE lending_resources;
