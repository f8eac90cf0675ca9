-- The coalition: each commons' licence policy as its maintainers set it (a commons with
-- none follows its licence expression), and the determinations asked of it. Times are
-- Unix milliseconds UTC.
CREATE TABLE coalition_policies (
    commons_id TEXT PRIMARY KEY NOT NULL REFERENCES commons(id),
    -- 'spdx', 'ppl', 'copyfair' or 'custom'.
    kind TEXT NOT NULL,
    -- The policy as the model writes it (JSON): fee schedule and credit rates, or the
    -- custom text.
    terms TEXT NOT NULL,
    set_by TEXT NOT NULL REFERENCES people(id),
    set_at BIGINT NOT NULL
);

-- "May we use this commons, for this use?", and the answer, kept whole.
CREATE TABLE coalition_determinations (
    id TEXT PRIMARY KEY NOT NULL,
    commons_id TEXT NOT NULL REFERENCES commons(id),
    asked_by TEXT NOT NULL REFERENCES people(id),
    -- The organization it was asked for; NULL when a person asked for themselves.
    organization_id TEXT REFERENCES organizations(id),
    -- 'commercial' or 'non_commercial'.
    usage TEXT NOT NULL,
    -- One of the seven outcomes.
    outcome TEXT NOT NULL,
    -- The fee owed ("385.00 EUR"), with 'permitted_with_fee' only.
    fee TEXT,
    -- The policy it was decided under, the facts as declared, what the instance knew of
    -- the asker (the organization's kind and members: when they change, ask again), and
    -- the model's answer (clauses, facts used, missing facts, contradictions, fee), each
    -- as JSON.
    policy TEXT NOT NULL,
    declared TEXT NOT NULL,
    known TEXT NOT NULL,
    answer TEXT NOT NULL,
    -- The period the credit looked back on and the answer holds for.
    period_from BIGINT NOT NULL,
    decided_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    CHECK (expires_at > decided_at AND period_from <= decided_at)
);
CREATE INDEX coalition_determinations_commons ON coalition_determinations(commons_id, decided_at);
CREATE INDEX coalition_determinations_organization ON coalition_determinations(organization_id, decided_at);

-- Rights ended for a breach, recorded by a maintainer against a determination that
-- permitted: its party (the organization it was asked for, else the person who asked)
-- is answered `terminated` under this commons from then on.
CREATE TABLE coalition_breaches (
    id TEXT PRIMARY KEY NOT NULL,
    commons_id TEXT NOT NULL REFERENCES commons(id),
    organization_id TEXT REFERENCES organizations(id),
    person_id TEXT REFERENCES people(id),
    determination_id TEXT NOT NULL REFERENCES coalition_determinations(id),
    reason TEXT NOT NULL,
    recorded_by TEXT NOT NULL REFERENCES people(id),
    recorded_at BIGINT NOT NULL,
    CHECK ((organization_id IS NULL) <> (person_id IS NULL))
);
CREATE INDEX coalition_breaches_commons ON coalition_breaches(commons_id);
CREATE UNIQUE INDEX coalition_breaches_determination ON coalition_breaches(determination_id);

-- Who pays for the commons: a person declares, publicly, that they worked with an
-- organization from one day to another (open-ended when `until_day` is NULL), paid for
-- that work or not, on one commons or on any (`commons_id` NULL), as gitdm's maps do.
-- Days are `YYYY-MM-DD`, both included.
CREATE TABLE coalition_affiliations (
    id TEXT PRIMARY KEY NOT NULL,
    person_id TEXT NOT NULL REFERENCES people(id),
    organization_id TEXT NOT NULL REFERENCES organizations(id),
    commons_id TEXT REFERENCES commons(id),
    from_day TEXT NOT NULL,
    until_day TEXT,
    paid BOOLEAN NOT NULL,
    declared_at BIGINT NOT NULL,
    CHECK (until_day IS NULL OR until_day >= from_day)
);
CREATE INDEX coalition_affiliations_person ON coalition_affiliations(person_id);
