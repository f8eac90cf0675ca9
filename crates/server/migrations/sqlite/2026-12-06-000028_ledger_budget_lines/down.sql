DROP TABLE ledger_expense_lines;
DROP TABLE ledger_budget_rules;
DROP TABLE ledger_budget_lines;
