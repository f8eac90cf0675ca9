DROP TABLE lending_savings_factors;
