DROP TABLE lending_kit_parts;
DROP TABLE lending_photos;
