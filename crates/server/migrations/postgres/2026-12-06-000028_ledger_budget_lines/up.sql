-- Budget lines: what a treasury plans to spend on something over a period, in one unit;
-- expenses are assigned to a line when submitted, and what was approved and paid on it is
-- set against the plan. The treasury says whether an approval that takes a line over its
-- plan is only flagged (the default) or blocked.
CREATE TABLE ledger_budget_lines (
    id TEXT PRIMARY KEY NOT NULL,
    treasury_id TEXT NOT NULL REFERENCES ledger_treasuries(id),
    number BIGINT NOT NULL,
    name TEXT NOT NULL,
    -- The period, YYYY-MM-DD, both days included.
    starts_on TEXT NOT NULL,
    ends_on TEXT NOT NULL,
    unit TEXT NOT NULL,
    planned BIGINT NOT NULL,
    -- Where the plan comes from (a participatory budget's project, an assembly's
    -- decision), as an address, or ''.
    source TEXT NOT NULL,
    created_by TEXT NOT NULL REFERENCES people(id),
    created_at BIGINT NOT NULL,
    UNIQUE (treasury_id, number)
);

CREATE TABLE ledger_budget_rules (
    treasury_id TEXT PRIMARY KEY NOT NULL REFERENCES ledger_treasuries(id),
    -- flag or block.
    over_line TEXT NOT NULL,
    set_by TEXT NOT NULL REFERENCES people(id),
    set_at BIGINT NOT NULL
);

CREATE TABLE ledger_expense_lines (
    expense_id TEXT PRIMARY KEY NOT NULL REFERENCES ledger_expenses(id),
    line_id TEXT NOT NULL REFERENCES ledger_budget_lines(id),
    -- Set when its approval took the line over its plan (flagged): by how much, in minor
    -- units.
    over_by BIGINT
);
CREATE INDEX ledger_expense_lines_line ON ledger_expense_lines(line_id);
