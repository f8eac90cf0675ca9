DROP TABLE lending_condition_photos;
