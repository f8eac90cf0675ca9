-- Photos of a loan's condition, taken by a steward when the items were handed over
-- (`check_out`) or taken back (`return`): the bytes themselves (at most 5 MiB, a JPEG,
-- PNG or WebP whose first bytes match its media type), their SHA-256 (the ETag, and what
-- the journal carries instead of the bytes) and an optional caption. Only the borrower
-- and the resource's stewards see them.
CREATE TABLE lending_condition_photos (
    id TEXT PRIMARY KEY NOT NULL,
    reservation_id TEXT NOT NULL REFERENCES lending_reservations(id),
    moment TEXT NOT NULL CHECK (moment IN ('check_out', 'return')),
    caption TEXT NOT NULL,
    media_type TEXT NOT NULL CHECK (media_type IN ('image/jpeg', 'image/png', 'image/webp')),
    sha256 TEXT NOT NULL,
    bytes BIGINT NOT NULL CHECK (bytes >= 1 AND bytes <= 5242880),
    content BYTEA NOT NULL,
    added_by TEXT NOT NULL REFERENCES people(id),
    added_at BIGINT NOT NULL
);
CREATE INDEX lending_condition_photos_reservation ON lending_condition_photos(reservation_id, added_at);
