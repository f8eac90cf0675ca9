DROP TABLE lending_offer_matches;
DROP TABLE lending_requests;
DROP TABLE lending_offers;
