-- Offers name only their authors again.
ALTER TABLE commons_offers DROP COLUMN revisions;
