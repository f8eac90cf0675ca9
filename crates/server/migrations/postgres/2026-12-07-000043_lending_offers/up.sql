-- Peer offers between people: a thing one offers to share (lend free), rent (a fee per
-- day, recorded, no payment), barter (for something named in return) or give (it leaves
-- for good); a thing one asks for; and a match between the two, proposed by one side
-- and accepted by the other. A shared or rented offer is backed by a resource the person
-- stewards (`resource_id`), so that its loans are reservations under the same rules as
-- any resource's.
CREATE TABLE lending_offers (
    id TEXT PRIMARY KEY NOT NULL,
    person_id TEXT NOT NULL REFERENCES people(id),
    -- share and rent only: the resource its loans are booked on.
    resource_id TEXT REFERENCES lending_resources(id),
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    place TEXT NOT NULL,
    -- 'share', 'rent', 'barter' or 'give'.
    mode TEXT NOT NULL CHECK (mode IN ('share', 'rent', 'barter', 'give')),
    -- rent only: the fee per day, in cents.
    fee_per_day BIGINT CHECK (fee_per_day IS NULL OR fee_per_day >= 1),
    -- barter only: what the person would like in return.
    wanted TEXT NOT NULL,
    -- 'open', 'closed' (by its person), 'given' or 'bartered'.
    state TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    closed_at BIGINT,
    CHECK ((mode = 'rent') = (fee_per_day IS NOT NULL))
);
CREATE INDEX lending_offers_state ON lending_offers(state, id);
CREATE INDEX lending_offers_person ON lending_offers(person_id, id);

CREATE TABLE lending_requests (
    id TEXT PRIMARY KEY NOT NULL,
    person_id TEXT NOT NULL REFERENCES people(id),
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    place TEXT NOT NULL,
    -- When the thing is needed, if said: from, until.
    needed_from BIGINT,
    needed_until BIGINT,
    -- 'open', 'closed' (by its person) or 'met' (a match was accepted).
    state TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    closed_at BIGINT
);
CREATE INDEX lending_requests_state ON lending_requests(state, id);

-- A match: the offer's person answers a request, or someone asks on an offer; the other
-- side accepts or declines. For share and rent, acceptance books a reservation on the
-- offer's resource (`reservation_id`); for give and barter it closes the offer, and at
-- most one accepted match may close an offer (the partial unique index below, beside
-- the offer's lock and guarded update).
CREATE TABLE lending_offer_matches (
    id TEXT PRIMARY KEY NOT NULL,
    offer_id TEXT NOT NULL REFERENCES lending_offers(id),
    request_id TEXT REFERENCES lending_requests(id),
    -- Who proposed it: the offer's person or the taker.
    proposer_id TEXT NOT NULL REFERENCES people(id),
    -- Who would receive the thing (borrow, rent, barter for or be given it).
    taker_id TEXT NOT NULL REFERENCES people(id),
    -- share and rent: the loan asked for.
    starts_at BIGINT,
    ends_at BIGINT,
    -- A message; for barter, what is exchanged.
    terms TEXT NOT NULL,
    -- rent: the fee over the loan (fee per day times days begun), in cents.
    fee BIGINT,
    -- 'proposed', 'accepted', 'declined' or 'withdrawn'.
    state TEXT NOT NULL,
    -- give and barter: accepting it closes the offer.
    closes_offer BOOLEAN NOT NULL,
    reservation_id TEXT REFERENCES lending_reservations(id),
    created_at BIGINT NOT NULL,
    decided_at BIGINT,
    CHECK (ends_at IS NULL OR ends_at > starts_at)
);
CREATE INDEX lending_offer_matches_offer ON lending_offer_matches(offer_id, created_at);
CREATE INDEX lending_offer_matches_taker ON lending_offer_matches(taker_id, created_at);
CREATE UNIQUE INDEX lending_offer_matches_one_closing ON lending_offer_matches(offer_id)
    WHERE state = 'accepted' AND closes_offer;
