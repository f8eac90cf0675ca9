-- Peer allocation rounds of a commons treasury (Coordinape's epochs): a steward opens a
-- round with an allowance of points; every member (the commons' contributors when it
-- opened) hands their points to other members until it closes; a distribution by the
-- policy `peer` pays in proportion to the points each received in a closed round.
CREATE TABLE ledger_peer_rounds (
    id TEXT PRIMARY KEY NOT NULL,
    treasury_id TEXT NOT NULL REFERENCES ledger_treasuries(id),
    number BIGINT NOT NULL,
    allowance BIGINT NOT NULL CHECK (allowance > 0),
    -- Gifts are taken until this instant, or until a steward closes it earlier.
    closes_at BIGINT NOT NULL,
    closed_at BIGINT,
    opened_by TEXT NOT NULL REFERENCES people(id),
    opened_at BIGINT NOT NULL,
    UNIQUE (treasury_id, number)
);

-- Who may give and receive in a round, fixed when it opened.
CREATE TABLE ledger_peer_members (
    round_id TEXT NOT NULL REFERENCES ledger_peer_rounds(id),
    person_id TEXT NOT NULL REFERENCES people(id),
    PRIMARY KEY (round_id, person_id)
);

-- A member's points to another; a member's gifts are replaced as a whole.
CREATE TABLE ledger_peer_gifts (
    round_id TEXT NOT NULL REFERENCES ledger_peer_rounds(id),
    giver_id TEXT NOT NULL REFERENCES people(id),
    receiver_id TEXT NOT NULL REFERENCES people(id),
    points BIGINT NOT NULL CHECK (points > 0),
    PRIMARY KEY (round_id, giver_id, receiver_id),
    CHECK (giver_id <> receiver_id)
);
