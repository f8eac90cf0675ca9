-- A funded project's page finds the budget lines planned from it.
CREATE INDEX ledger_budget_lines_source ON ledger_budget_lines (source);
