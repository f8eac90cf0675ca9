-- A resource's lending terms beyond `lending_policies` (kept apart: a diesel table holds
-- at most 16 columns). One row per resource whose steward set any; a resource without
-- one has the defaults. `lead_minutes`: how long before its start a booking must be made
-- (0: no notice needed); stewards book at any notice.
CREATE TABLE lending_policy_terms (
    resource_id TEXT PRIMARY KEY NOT NULL REFERENCES lending_resources(id),
    lead_minutes BIGINT NOT NULL DEFAULT 0 CHECK (lead_minutes >= 0)
);
