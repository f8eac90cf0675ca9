ALTER TABLE people DROP COLUMN time_zone;
ALTER TABLE people DROP COLUMN language;
