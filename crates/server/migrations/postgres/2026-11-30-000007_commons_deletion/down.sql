ALTER TABLE commons DROP COLUMN deleted_by;
ALTER TABLE commons DROP COLUMN deleted_at;
