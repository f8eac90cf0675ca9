DROP TABLE ledger_balances;
