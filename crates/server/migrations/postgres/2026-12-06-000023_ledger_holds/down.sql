DROP TABLE ledger_holds;
