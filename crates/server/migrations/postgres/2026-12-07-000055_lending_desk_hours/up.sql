-- Lending's desk hours: when items go out and come back, if narrower than the opening
-- hours (a library open all afternoon whose desk lends only for its first and last
-- hour). Same canonical syntax as `opening_hours`; empty: whenever the place is open.
ALTER TABLE lending_rules ADD COLUMN desk_hours TEXT NOT NULL DEFAULT '';
