-- Records are read by object again; the column and its index go.
DROP INDEX journal_context;
ALTER TABLE journal DROP COLUMN context;
