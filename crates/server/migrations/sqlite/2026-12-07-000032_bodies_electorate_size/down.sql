ALTER TABLE body_decision_records DROP COLUMN electorate_size;
