DROP TABLE ledger_expense_objections;
DROP TABLE ledger_consent_rules;
DROP TABLE ledger_expense_steps;
