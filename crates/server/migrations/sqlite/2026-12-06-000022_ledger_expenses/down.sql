DROP TABLE ledger_expense_votes;
DROP TABLE ledger_expense_receipts;
DROP TABLE ledger_expenses;
DROP TABLE ledger_approval_rules;
