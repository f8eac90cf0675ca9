DROP TABLE lending_policy_terms;
