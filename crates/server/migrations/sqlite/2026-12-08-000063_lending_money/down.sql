DROP TABLE lending_reservation_money;
ALTER TABLE lending_policy_terms DROP COLUMN late_fee_per_day;
ALTER TABLE lending_policy_terms DROP COLUMN fee;
ALTER TABLE lending_policy_terms DROP COLUMN fee_mode;
ALTER TABLE lending_policy_terms DROP COLUMN deposit;
ALTER TABLE lending_policy_terms DROP COLUMN currency;
