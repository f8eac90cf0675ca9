-- Who may vote where, beyond membership: a census of eligible ids imported by an admin of
-- the owning organization, and the rules read from it.
--
-- One row per process that has such rules. `census_salt` is the process's random key:
-- the census keeps each id only as HMAC-SHA256(salt, id), never the id itself.
-- `min_age`: the least age at the balloting phase's start (from the census's birth
-- dates). `other_districts`: how many district headings besides one's own a person may
-- vote in (NULL: as many as there are). `citywide_heading_id`: the heading anyone may
-- vote in, whatever their district. Like the ballot rules, these lock when balloting
-- opens (budget_rules.rules_locked_at).
CREATE TABLE budget_voter_rules (
    process_id TEXT PRIMARY KEY NOT NULL REFERENCES budget_processes(id),
    census_salt TEXT,
    census_entries BIGINT NOT NULL DEFAULT 0,
    census_imported_at BIGINT,
    min_age BIGINT CHECK (min_age IS NULL OR (min_age >= 0 AND min_age <= 150)),
    other_districts BIGINT CHECK (other_districts IS NULL OR other_districts >= 0),
    citywide_heading_id TEXT REFERENCES budget_headings(id)
);

-- A census entry: the keyed hash of an eligible id, with the birth date and district
-- (a heading) the census gives, and who claimed it. One person per entry (the claim is
-- a guarded update of an unclaimed row) and one entry per person and process (a partial
-- unique index); one entry per id (a unique index on the hash).
CREATE TABLE budget_census (
    id TEXT PRIMARY KEY NOT NULL,
    process_id TEXT NOT NULL REFERENCES budget_processes(id),
    id_hash TEXT NOT NULL,
    line BIGINT NOT NULL,
    birth_date TEXT,
    district_heading_id TEXT REFERENCES budget_headings(id),
    claimed_by TEXT REFERENCES people(id),
    claimed_at BIGINT
);
CREATE UNIQUE INDEX budget_census_one_per_id ON budget_census(process_id, id_hash);
CREATE UNIQUE INDEX budget_census_one_per_person ON budget_census(process_id, claimed_by)
    WHERE claimed_by IS NOT NULL;
