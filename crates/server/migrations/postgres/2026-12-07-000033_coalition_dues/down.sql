DROP TABLE coalition_due_payments;
DROP TABLE coalition_dues;
DROP TABLE coalition_surpluses;
DROP TABLE coalition_pledges;
DROP INDEX coalition_breaches_standing;
CREATE UNIQUE INDEX coalition_breaches_determination ON coalition_breaches(determination_id);
ALTER TABLE coalition_breaches DROP COLUMN lift_reason;
ALTER TABLE coalition_breaches DROP COLUMN lifted_at;
ALTER TABLE coalition_breaches DROP COLUMN lifted_by;
