-- Proxies with acceptance, and standing delegations within a body (issue 14, point 5).
-- A per-decision proxy is first offered; it counts at the close only once its holder
-- accepted it. Proxies given before acceptance existed took effect at once: they stay
-- accepted.
ALTER TABLE body_electorate ADD COLUMN proxy_accepted BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE body_electorate SET proxy_accepted = TRUE WHERE proxy_to IS NOT NULL;

-- A member's standing delegation to another member of the same body, for every decision
-- of the body until it is revoked: offered, then accepted (`accepted_at`) by the delegate.
-- One per member and body (the key); at a decision's close it counts for a delegator who
-- did not vote and whose per-decision proxy no one accepted, both being in the decision's
-- frozen electorate.
CREATE TABLE body_delegations (
    body_id TEXT NOT NULL REFERENCES bodies(id) ON DELETE CASCADE,
    delegator_id TEXT NOT NULL REFERENCES people(id),
    delegate_id TEXT NOT NULL REFERENCES people(id),
    created_at BIGINT NOT NULL,
    accepted_at BIGINT,
    PRIMARY KEY (body_id, delegator_id)
);
CREATE INDEX body_delegations_delegate ON body_delegations(body_id, delegate_id);
