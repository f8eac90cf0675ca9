ALTER TABLE lending_rules DROP COLUMN desk_hours;
