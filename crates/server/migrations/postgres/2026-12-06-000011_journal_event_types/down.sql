-- Event types are named by the code that writes them; the column goes.
ALTER TABLE journal DROP COLUMN kind;
