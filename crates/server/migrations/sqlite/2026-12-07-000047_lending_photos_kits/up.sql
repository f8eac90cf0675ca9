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

-- A kit: a resource made of other resources of the same steward, each so many items of
-- it. Booking the kit holds its parts' items over the same slot.
CREATE TABLE lending_kit_parts (
    kit_id TEXT NOT NULL REFERENCES lending_resources(id),
    part_id TEXT NOT NULL REFERENCES lending_resources(id),
    quantity BIGINT NOT NULL CHECK (quantity >= 1 AND quantity <= 10000),
    PRIMARY KEY (kit_id, part_id),
    CHECK (kit_id <> part_id)
);
CREATE INDEX lending_kit_parts_part ON lending_kit_parts(part_id, kit_id);
