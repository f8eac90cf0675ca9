-- Paper ballots under the district rule (issue 15): a named paper voter whom the rule
-- leaves out of a heading (counting their ballots online and on paper) has the sheet set
-- aside as 'district_rule', beside 'voted_online' and 'twice_on_paper'.
-- SQLite cannot change a CHECK: the table is rebuilt, its rows and indexes kept.
CREATE TABLE budget_paper_sheets_new (
    id TEXT PRIMARY KEY NOT NULL,
    batch_id TEXT NOT NULL REFERENCES budget_paper_batches(id),
    process_id TEXT NOT NULL REFERENCES budget_processes(id),
    heading_id TEXT NOT NULL REFERENCES budget_headings(id),
    line BIGINT NOT NULL,
    serial TEXT,
    voter_key TEXT,
    ballot_id TEXT REFERENCES budget_ballots(id),
    set_aside TEXT CHECK (set_aside IN ('voted_online', 'twice_on_paper', 'district_rule')),
    vote TEXT NOT NULL,
    points TEXT,
    CHECK ((ballot_id IS NULL) <> (set_aside IS NULL))
);
INSERT INTO budget_paper_sheets_new
    SELECT id, batch_id, process_id, heading_id, line, serial, voter_key, ballot_id, set_aside, vote, points
    FROM budget_paper_sheets;
DROP TABLE budget_paper_sheets;
ALTER TABLE budget_paper_sheets_new RENAME TO budget_paper_sheets;
CREATE INDEX budget_paper_sheets_batch ON budget_paper_sheets(batch_id);
CREATE UNIQUE INDEX budget_paper_sheets_serial ON budget_paper_sheets(process_id, serial)
    WHERE serial IS NOT NULL;
CREATE UNIQUE INDEX budget_paper_sheets_voter ON budget_paper_sheets(heading_id, voter_key)
    WHERE voter_key IS NOT NULL AND set_aside IS NULL;
