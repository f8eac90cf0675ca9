DROP TABLE body_feed_tokens;
