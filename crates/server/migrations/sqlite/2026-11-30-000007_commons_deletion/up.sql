-- A commons its maintainers deleted: it accepts no more changes and leaves the lists, but
-- its rows stay, because its forks read their inherited history from them.
ALTER TABLE commons ADD COLUMN deleted_at BIGINT;
ALTER TABLE commons ADD COLUMN deleted_by TEXT;
