-- A distribution is approved by the treasury's rule before it posts: as many stewards as
-- the rule asks for an expense of the distribution's amount approve it (one row each;
-- the last approval posts it in the same transaction), and while a steward's objection
-- stands it does not post.
CREATE TABLE ledger_distribution_approvals (
    distribution_id TEXT NOT NULL REFERENCES ledger_distributions(id),
    person_id TEXT NOT NULL REFERENCES people(id),
    -- Empty when the steward said nothing.
    reason TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (distribution_id, person_id)
);

-- A steward's objection to a previewed distribution, with its reason; withdrawn by the
-- objector (withdrawn_at set), raised again by clearing it.
CREATE TABLE ledger_distribution_objections (
    distribution_id TEXT NOT NULL REFERENCES ledger_distributions(id),
    person_id TEXT NOT NULL REFERENCES people(id),
    reason TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    withdrawn_at BIGINT,
    PRIMARY KEY (distribution_id, person_id)
);

-- The distributions posted before: the steward who posted one approved it alone.
INSERT INTO ledger_distribution_approvals (distribution_id, person_id, reason, created_at)
SELECT id, decided_by, '', decided_at
FROM ledger_distributions
WHERE state = 'posted' AND decided_by IS NOT NULL AND decided_at IS NOT NULL;
