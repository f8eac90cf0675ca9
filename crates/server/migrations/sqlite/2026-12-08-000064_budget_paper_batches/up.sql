-- Paper ballots reconciled (issue 15): each upload of paper ballots is read as one batch per
-- polling station, with the count its tally sheet declared, how many were read, recorded
-- (counted) and set aside, and, when the counts differ, the reason the admin gave for
-- accepting it anyway.
CREATE TABLE budget_paper_batches (
    id TEXT PRIMARY KEY NOT NULL,
    process_id TEXT NOT NULL REFERENCES budget_processes(id),
    heading_id TEXT NOT NULL REFERENCES budget_headings(id),
    -- The polling station or batch label; '' when none was named.
    station TEXT NOT NULL,
    -- The count on the station's tally sheet, when declared.
    declared BIGINT CHECK (declared >= 0),
    read_count BIGINT NOT NULL CHECK (read_count >= 0),
    recorded BIGINT NOT NULL CHECK (recorded >= 0),
    set_aside BIGINT NOT NULL CHECK (set_aside >= 0),
    -- Why a count differing from the declared one was accepted.
    mismatch_reason TEXT,
    recorded_by TEXT NOT NULL REFERENCES people(id),
    recorded_at BIGINT NOT NULL,
    CHECK (recorded + set_aside = read_count)
);
CREATE INDEX budget_paper_batches_process ON budget_paper_batches(process_id, heading_id);

-- Each paper ballot read, counted or set aside: its sheet's serial number (unique in the
-- process), who cast it when the station recorded it (a key: `member:<person id>` or
-- `census:<keyed hash>`, never the id as typed), and the ballot it became when counted.
-- One counted paper ballot per voter and heading (the partial unique index); an online
-- ballot of the same voter and the paper one are kept apart by the process's row, which
-- both writes take first.
CREATE TABLE budget_paper_sheets (
    id TEXT PRIMARY KEY NOT NULL,
    batch_id TEXT NOT NULL REFERENCES budget_paper_batches(id),
    process_id TEXT NOT NULL REFERENCES budget_processes(id),
    heading_id TEXT NOT NULL REFERENCES budget_headings(id),
    line BIGINT NOT NULL,
    serial TEXT,
    voter_key TEXT,
    ballot_id TEXT REFERENCES budget_ballots(id),
    -- Why it is not counted: 'voted_online' or 'twice_on_paper'; none when counted.
    set_aside TEXT CHECK (set_aside IN ('voted_online', 'twice_on_paper')),
    vote TEXT NOT NULL,
    points TEXT,
    CHECK ((ballot_id IS NULL) <> (set_aside IS NULL))
);
CREATE INDEX budget_paper_sheets_batch ON budget_paper_sheets(batch_id);
CREATE UNIQUE INDEX budget_paper_sheets_serial ON budget_paper_sheets(process_id, serial)
    WHERE serial IS NOT NULL;
CREATE UNIQUE INDEX budget_paper_sheets_voter ON budget_paper_sheets(heading_id, voter_key)
    WHERE voter_key IS NOT NULL AND set_aside IS NULL;
