DROP TABLE ledger_legs;
DROP TABLE ledger_transactions;
DROP TABLE ledger_accounts;
DROP TABLE ledger_stewards;
DROP TABLE ledger_treasuries;
