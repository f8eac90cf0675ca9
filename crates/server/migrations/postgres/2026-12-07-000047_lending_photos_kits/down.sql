DROP TABLE lending_photos;
