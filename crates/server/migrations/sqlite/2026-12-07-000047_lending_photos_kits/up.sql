-- Photos of a resource, added by its stewards: the bytes themselves (at most 5 MiB, a
-- JPEG, PNG or WebP whose first bytes match its media type), their SHA-256 (the ETag,
-- and what the journal carries instead of the bytes) and an optional caption.
CREATE TABLE lending_photos (
    id TEXT PRIMARY KEY NOT NULL,
    resource_id TEXT NOT NULL REFERENCES lending_resources(id),
    caption TEXT NOT NULL,
    media_type TEXT NOT NULL CHECK (media_type IN ('image/jpeg', 'image/png', 'image/webp')),
    sha256 TEXT NOT NULL,
    bytes BIGINT NOT NULL CHECK (bytes >= 1 AND bytes <= 5242880),
    content BLOB NOT NULL,
    added_by TEXT NOT NULL REFERENCES people(id),
    added_at BIGINT NOT NULL
);
CREATE INDEX lending_photos_resource ON lending_photos(resource_id, added_at);
