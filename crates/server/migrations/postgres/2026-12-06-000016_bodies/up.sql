-- Democratic bodies of an organization (assembly, board, working group …), each with a
-- versioned rulebook, and the decisions they take: the frozen electorate of each decision
-- and its ballots. Ballots of anonymous and secret decisions carry no voter, no time and a
-- random id; the voter's link to their ballot (kept only while a changeable ballot may
-- still be replaced) is erased when the decision closes.
CREATE TABLE bodies (
    id TEXT PRIMARY KEY NOT NULL,
    org_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
    slug TEXT NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    rulebook_version BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (org_id, slug)
);

CREATE TABLE body_rulebooks (
    body_id TEXT NOT NULL REFERENCES bodies(id) ON DELETE CASCADE,
    version BIGINT NOT NULL,
    rules TEXT NOT NULL,
    note TEXT NOT NULL,
    author_id TEXT NOT NULL REFERENCES people(id),
    created_at BIGINT NOT NULL,
    PRIMARY KEY (body_id, version)
);

CREATE TABLE body_decisions (
    id TEXT PRIMARY KEY NOT NULL,
    body_id TEXT NOT NULL REFERENCES bodies(id) ON DELETE CASCADE,
    number BIGINT NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    method TEXT NOT NULL,
    options TEXT NOT NULL,
    seats BIGINT NOT NULL,
    max_approvals BIGINT,
    secrecy TEXT NOT NULL,
    state TEXT NOT NULL,
    opener_id TEXT NOT NULL REFERENCES people(id),
    closes_at BIGINT NOT NULL,
    ballot_count BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (body_id, number)
);
-- What a decision froze when it opened and what its close recorded: its rules (as
-- drafted, then as frozen), its electorate's hash and weight, its outcome and the hashes
-- of its ballot file and outcome; and the new rulebook it proposes, if it does.
CREATE TABLE body_decision_records (
    decision_id TEXT PRIMARY KEY NOT NULL REFERENCES body_decisions(id) ON DELETE CASCADE,
    rules TEXT NOT NULL,
    rulebook_version BIGINT NOT NULL,
    opened_at BIGINT,
    electorate_hash TEXT,
    electorate_weight BIGINT NOT NULL,
    closed_at BIGINT,
    result TEXT,
    outcome TEXT,
    ballots_hash TEXT,
    outcome_hash TEXT,
    -- The rulebook (`model::Rules` as JSON) this decision adopts if it passes.
    proposal TEXT,
    -- Score voting: the highest score; cumulative voting: the points each ballot spends.
    points BIGINT
);
CREATE INDEX body_decisions_state ON body_decisions(state, closes_at);

CREATE TABLE body_electorate (
    decision_id TEXT NOT NULL REFERENCES body_decisions(id) ON DELETE CASCADE,
    person_id TEXT NOT NULL REFERENCES people(id),
    weight BIGINT NOT NULL,
    voted BOOLEAN NOT NULL,
    ballot_id TEXT,
    -- The voter this one gave their proxy to, while they have not voted themselves.
    proxy_to TEXT REFERENCES people(id),
    PRIMARY KEY (decision_id, person_id)
);

CREATE TABLE body_ballots (
    decision_id TEXT NOT NULL REFERENCES body_decisions(id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    choice TEXT NOT NULL,
    weight BIGINT NOT NULL,
    voter_id TEXT REFERENCES people(id),
    receipt_hash TEXT,
    PRIMARY KEY (decision_id, id)
);
