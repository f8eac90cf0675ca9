-- A person's own language and time zone for the pages (NULL: the browser's language and
-- the instance's zone). Private settings: they never reach the journal.
ALTER TABLE people ADD COLUMN language TEXT;
ALTER TABLE people ADD COLUMN time_zone TEXT;
