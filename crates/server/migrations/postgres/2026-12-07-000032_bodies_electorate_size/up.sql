-- How many people a decision's frozen electorate holds, written when it opens, so that
-- a ballot's answer says "n of m voted" without reading the whole electorate (a large
-- assembly's every ballot would otherwise read every elector). Decisions opened before
-- this column get their count from the electorate they froze.
ALTER TABLE body_decision_records ADD COLUMN electorate_size BIGINT NOT NULL DEFAULT 0;
UPDATE body_decision_records SET electorate_size = (
    SELECT count(*) FROM body_electorate e
    WHERE e.decision_id = body_decision_records.decision_id
);
