-- Eligibility from a body (issue 15): a process whose `eligibility` is 'body' is open to
-- the people sitting in this body of the owning organization, checked by the bodies'
-- rulebook at the moment of each proposal, support and ballot. NULL for every other
-- eligibility. Locks with the other rules when balloting opens.
ALTER TABLE budget_rules ADD COLUMN eligible_body_id TEXT REFERENCES bodies(id);
