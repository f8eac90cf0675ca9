-- What the coalition brings back to the commons: fees a licensee accepted and shares of
-- surplus a phyle pledged, each owed to one commons, booked as a receivable in the
-- commons' treasury when owed and settled there when paid. And breaches lifted.
-- Times are Unix milliseconds UTC, days are YYYY-MM-DD.

-- A breach may be lifted by a maintainer; the party is then answered as before, and may
-- be found in breach again later (one standing breach per determination at a time).
ALTER TABLE coalition_breaches ADD COLUMN lifted_by TEXT REFERENCES people(id);
ALTER TABLE coalition_breaches ADD COLUMN lifted_at BIGINT;
ALTER TABLE coalition_breaches ADD COLUMN lift_reason TEXT;
DROP INDEX coalition_breaches_determination;
CREATE UNIQUE INDEX coalition_breaches_standing ON coalition_breaches(determination_id)
    WHERE lifted_at IS NULL;

-- A phyle's pledges: the share of its declared surplus (in parts per ten thousand) it
-- owes each named commons. The shares of one phyle add up to at most the whole.
CREATE TABLE coalition_pledges (
    organization_id TEXT NOT NULL REFERENCES organizations(id),
    commons_id TEXT NOT NULL REFERENCES commons(id),
    share_bp BIGINT NOT NULL CHECK (share_bp > 0 AND share_bp <= 10000),
    set_by TEXT NOT NULL REFERENCES people(id),
    set_at BIGINT NOT NULL,
    PRIMARY KEY (organization_id, commons_id)
);

-- A phyle's surplus for a period, as its admins declared it: what its pledges are
-- worked out from. One declaration per phyle and first day.
CREATE TABLE coalition_surpluses (
    id TEXT PRIMARY KEY NOT NULL,
    organization_id TEXT NOT NULL REFERENCES organizations(id),
    period_from TEXT NOT NULL,
    period_until TEXT NOT NULL,
    amount BIGINT NOT NULL CHECK (amount >= 0),
    unit TEXT NOT NULL,
    declared_by TEXT NOT NULL REFERENCES people(id),
    declared_at BIGINT NOT NULL,
    UNIQUE (organization_id, period_from),
    CHECK (period_until >= period_from)
);

-- What is owed to a commons: a licence fee (from a determination its party accepted)
-- or a pledged share of a phyle's surplus. `owed_number` is the ledger transaction (in
-- the commons' treasury) that booked the receivable.
CREATE TABLE coalition_dues (
    id TEXT PRIMARY KEY NOT NULL,
    commons_id TEXT NOT NULL REFERENCES commons(id),
    number BIGINT NOT NULL,
    -- 'licence_fee' or 'pledge'.
    kind TEXT NOT NULL,
    -- The party that owes: an organization, else the person who asked.
    organization_id TEXT REFERENCES organizations(id),
    person_id TEXT REFERENCES people(id),
    determination_id TEXT REFERENCES coalition_determinations(id),
    surplus_id TEXT REFERENCES coalition_surpluses(id),
    amount BIGINT NOT NULL CHECK (amount > 0),
    unit TEXT NOT NULL,
    period_from TEXT NOT NULL,
    period_until TEXT NOT NULL,
    owed_number BIGINT NOT NULL,
    owed_by TEXT NOT NULL REFERENCES people(id),
    owed_at BIGINT NOT NULL,
    UNIQUE (commons_id, number),
    CHECK ((organization_id IS NULL) <> (person_id IS NULL)),
    CHECK ((kind = 'licence_fee' AND determination_id IS NOT NULL AND surplus_id IS NULL)
        OR (kind = 'pledge' AND surplus_id IS NOT NULL AND determination_id IS NULL))
);
-- One fee per determination, one pledge per surplus and commons.
CREATE UNIQUE INDEX coalition_dues_determination ON coalition_dues(determination_id)
    WHERE determination_id IS NOT NULL;
CREATE UNIQUE INDEX coalition_dues_surplus ON coalition_dues(surplus_id, commons_id)
    WHERE surplus_id IS NOT NULL;
CREATE INDEX coalition_dues_organization ON coalition_dues(organization_id, period_from);

-- A due paid: once (its key), with the ledger transaction that settled it and the
-- distribution to the commons' contributors previewed then (NULL when nobody had
-- contributed yet).
CREATE TABLE coalition_due_payments (
    due_id TEXT PRIMARY KEY NOT NULL REFERENCES coalition_dues(id),
    paid_number BIGINT NOT NULL,
    paid_by TEXT NOT NULL REFERENCES people(id),
    paid_at BIGINT NOT NULL,
    distribution BIGINT
);
