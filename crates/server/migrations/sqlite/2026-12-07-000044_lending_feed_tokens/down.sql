DROP TABLE lending_feed_tokens;
